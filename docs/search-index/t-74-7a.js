txSearch.shard("tz",{"tzarnaev":[54,30]});

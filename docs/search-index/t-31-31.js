txSearch.shard("11",{"11":[54,42,80,18]});

txSearch.shard("да",{"да":[54,30]});

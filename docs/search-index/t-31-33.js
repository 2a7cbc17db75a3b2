txSearch.shard("13",{"13":[113,14]});

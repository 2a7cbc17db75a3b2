txSearch.shard("14",{"14":[62,7]});

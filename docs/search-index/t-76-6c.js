txSearch.shard("vl",{"vladimir":[62,14,41,10,1,39,36,75]});

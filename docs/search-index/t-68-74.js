txSearch.shard("ht",{"html":[213,36]});

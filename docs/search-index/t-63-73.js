txSearch.shard("cs",{"csv":[213,36]});

txSearch.shard("om",{"omar":[66,13]});

txSearch.shard("16",{"16":[104,50]});

txSearch.shard("js",{"json":[212,22,1,33]});

txSearch.shard("ym",{"yml":[212,24]});

txSearch.shard("ph",{"phone":[81,44,28,14,6,9],"photo":[212,24]});

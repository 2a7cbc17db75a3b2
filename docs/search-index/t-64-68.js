txSearch.shard("dh",{"dhabi":[115,11]});

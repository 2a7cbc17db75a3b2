txSearch.shard("ul",{"ultimately":[124,17,3,32],"ultimatum":[99,18,14,12]});

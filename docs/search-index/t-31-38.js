txSearch.shard("18",{"18":[76,22]});

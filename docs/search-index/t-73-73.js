txSearch.shard("ss",{"ss":[103,13]});

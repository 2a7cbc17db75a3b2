txSearch.shard("15",{"15":[56,34,57,12]});

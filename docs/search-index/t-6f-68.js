txSearch.shard("oh",{"oh":[122,66,14,39]});

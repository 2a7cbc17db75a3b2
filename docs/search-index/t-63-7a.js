txSearch.shard("cz",{"czech":[103,13]});

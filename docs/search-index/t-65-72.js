txSearch.shard("er",{"erected":[103,13]});

txSearch.shard("ni",{"night":[62,7]});

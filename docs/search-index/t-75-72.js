txSearch.shard("ur",{"urged":[62,7],"urgent":[68,28]});

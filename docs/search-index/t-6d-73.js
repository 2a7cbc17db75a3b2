txSearch.shard("ms",{"ms":[116,54,2,79,91,83]});

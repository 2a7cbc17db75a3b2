txSearch.shard("ps",{"psaki":[116,54,2,79,91,83]});

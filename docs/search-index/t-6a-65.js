txSearch.shard("je",{"jerk":[37,70],"jet":[29,56]});

txSearch.shard("ny",{"nyet":[132,79]});

txSearch.shard("tv",{"tv":[38,37,26,14,2,10,119,77]});

txSearch.shard("ii",{"ii":[102,38,1,20,83,77]});

txSearch.shard("aw",{"away":[2,15,66,22,20,23,23,9]});

txSearch.shard("wr",{"wreck":[103,13],"write":[56,37],"wrong":[33,61,1,34,1,62,1,45]});

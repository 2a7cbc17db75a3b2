txSearch.shard("zo",{"zone":[111,10,2,22]});

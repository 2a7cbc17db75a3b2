txSearch.shard("gl",{"global":[62,5,36,38,4,32,1,17,2,9,2,14],"glorification":[103,39]});

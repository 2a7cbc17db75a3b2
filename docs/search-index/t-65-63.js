txSearch.shard("ec",{"economic":[2,24,60,5,47,35,1,43,5,8],"economy":[111,21]});

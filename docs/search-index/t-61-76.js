txSearch.shard("av",{"available":[56,29,40,27,5,8,112,28],"avoid":[64,16,32,32]});

txSearch.shard("eg",{"egypt":[109,14,4,12,2,9],"egyptian":[115,20]});

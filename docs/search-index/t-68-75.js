txSearch.shard("hu",{"human":[100,39,3,11,8,10],"humanitarian":[2,13,50,37,58,41,1,25,6,7,7,13],"humanity":[99,20],"hundred":[18,35,33,63],"hussein":[66,13]});

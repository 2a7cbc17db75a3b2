txSearch.shard("jc",{"jcpoa":[113,25]});

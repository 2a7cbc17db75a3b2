txSearch.shard("29",{"29":[78,65]});

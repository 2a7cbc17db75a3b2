txSearch.shard("ig",{"igad":[109,30],"ignore":[111,11]});

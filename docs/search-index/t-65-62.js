txSearch.shard("eb",{"ebola":[109,40]});

txSearch.shard("oi",{"oil":[111,11]});

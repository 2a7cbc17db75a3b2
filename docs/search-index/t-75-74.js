txSearch.shard("ut",{"utilise":[101,10,2,12]});

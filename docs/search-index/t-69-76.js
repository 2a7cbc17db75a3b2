txSearch.shard("iv",{"ivan":[101,20]});

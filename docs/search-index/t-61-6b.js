txSearch.shard("ak",{"ak":[15,69]});

txSearch.shard("47",{"47s":[15,69]});

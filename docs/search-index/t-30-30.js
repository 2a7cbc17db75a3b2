txSearch.shard("00",{"000":[15,69]});

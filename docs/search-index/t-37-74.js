txSearch.shard("7t",{"7th":[18,24]});

txSearch.shard("ja",{"jabhat":[18,31,44,5,14,29,102,75]});

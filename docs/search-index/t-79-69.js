txSearch.shard("yi",{"yield":[62,6,57,46]});

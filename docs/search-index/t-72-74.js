txSearch.shard("rt",{"rt":[107,66]});

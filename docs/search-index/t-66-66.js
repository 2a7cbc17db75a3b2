txSearch.shard("ff",{"ffm":[64,18]});

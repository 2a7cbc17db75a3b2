txSearch.shard("kh",{"khatib":[22,40]});

txSearch.shard("ok",{"okay":[34,43]});

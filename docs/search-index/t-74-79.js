txSearch.shard("ty",{"type":[34,43]});

txSearch.shard("bb",{"bbc":[107,19]});

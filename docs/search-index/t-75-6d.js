txSearch.shard("um",{"umbrella":[70,51]});

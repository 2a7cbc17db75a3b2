txSearch.shard("по",{"помогло":[54,30]});

txSearch.shard("dy",{"dying":[30,53]});

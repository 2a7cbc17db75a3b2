txSearch.shard("ae",{"aerospace":[62,12,14,20]});

txSearch.shard("fb",{"fbi":[54,47]});

txSearch.shard("fb",{"fbi":[54,46]});

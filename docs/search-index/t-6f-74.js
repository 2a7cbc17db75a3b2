txSearch.shard("ot",{"other":[54,23,42,27,70,60,46,19]});

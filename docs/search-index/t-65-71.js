txSearch.shard("eq",{"equal":[24,46],"equality":[2,14,77,36,9,21,11,14,8,14],"equate":[103,13],"equipment":[12,48,26,40,71,14]});

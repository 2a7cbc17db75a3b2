txSearch.shard("vo",{"volume":[12,52,50,6],"voluntary":[105,13],"vote":[101,10,2,12]});

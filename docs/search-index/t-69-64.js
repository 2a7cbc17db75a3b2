txSearch.shard("id",{"idea":[115,20],"idiomatic":[101,11],"idlib":[62,10,2,14,47,9,66,78]});

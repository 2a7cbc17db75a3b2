txSearch.shard("oc",{"occasion":[68,25,45,12],"occur":[103,13],"occurred":[62,11,42,42,19,44],"october":[68,25,41,16]});

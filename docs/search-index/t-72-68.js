txSearch.shard("rh",{"rhetoric":[63,47,36,18],"rhetorical":[99,20]});

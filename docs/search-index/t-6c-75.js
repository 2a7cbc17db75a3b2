txSearch.shard("lu",{"luck":[54,47],"lukashevich":[106,58]});

txSearch.shard("lu",{"luck":[54,46],"lukashevich":[106,58]});

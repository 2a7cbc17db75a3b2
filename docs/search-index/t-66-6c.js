txSearch.shard("fl",{"flagrant":[66,11,45,10,79,82],"flat":[101,11],"flexible":[2,19],"flight":[62,7],"flow":[18,24]});

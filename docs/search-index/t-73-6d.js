txSearch.shard("sm",{"small":[111,11],"smithereen":[72,27],"smoothly":[66,13]});

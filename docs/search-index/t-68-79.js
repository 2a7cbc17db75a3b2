txSearch.shard("hy",{"hydrocarbon":[111,11],"hyped":[101,11],"hypocrisy":[39,72,68,17],"hypothetical":[72,27],"hysteric":[72,27],"hysterical":[88,29]});

txSearch.shard("pi",{"picking":[40,41],"picture":[34,39,6,37],"piece":[24,38,72,29,21,8],"piled":[62,7],"pin":[57,66],"pivotal":[101,11]});

txSearch.shard("yu",{"yugoslavia":[66,13],"yury":[111,11]});

txSearch.shard("sk",{"skhirat":[115,11],"skripal":[101,11]});

txSearch.shard("ro",{"road":[117,10],"roadmap":[117,10],"role":[98,40,4,34,9,8,1,45,3,8],"romania":[105,13],"ross":[2,19],"roughly":[101,11],"round":[15,85],"row":[213,36]});

txSearch.shard("ju",{"judge":[2,15,77,38,9,23,46,16],"judgment":[38,43,89,32],"july":[19,73],"june":[18,18,1,54,9,25,91,38,54,49],"justice":[32,71],"justification":[101,11],"justified":[66,13]});

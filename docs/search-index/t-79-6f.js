txSearch.shard("yo",{"york":[111,11],"youtube":[107,19]});

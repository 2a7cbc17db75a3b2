txSearch.shard("tu",{"tunis":[115,11],"tunisia":[115,11],"turkey":[111,11],"turkish":[111,26,4,18],"turn":[103,10,109,57,1,61,1,66],"turned":[66,11,2,23,49,8],"turning":[66,12,45,10]});

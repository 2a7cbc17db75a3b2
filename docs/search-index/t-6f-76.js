txSearch.shard("ov",{"over":[22,24,40,14,6,27,13,32,18,12,16,7,9,12,3,22,7,12,2,27],"overcome":[62,6,8,42,41,10],"overcoming":[62,7],"overthrow":[76,20,39,10],"overwhelming":[111,11]});

txSearch.shard("va",{"vaccine":[109,47],"vain":[62,7],"vanquisher":[103,24],"various":[105,12,10,10],"vast":[103,13],"vaziristan":[60,50]});

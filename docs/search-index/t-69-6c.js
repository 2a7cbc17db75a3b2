txSearch.shard("il",{"illegal":[66,10,30,27,3,15,12,9],"illegally":[68,25,43,10],"illegitimate":[111,28]});

txSearch.shard("sl",{"slandering":[101,11],"slated":[19,73],"slave":[66,12,37,12],"slaver":[103,13],"slightly":[105,13],"slobodan":[66,13],"slogan":[22,40]});

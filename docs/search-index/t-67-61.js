txSearch.shard("ga",{"gaddafi":[66,11,49,16,31,61],"gain":[99,18,4,21],"gained":[109,17],"gaining":[107,19],"game":[72,24,39,10],"gave":[54,26,63,9]});

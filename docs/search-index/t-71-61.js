txSearch.shard("qa",{"qaeda":[178,70],"qaida":[134,20],"qatar":[113,25],"qatari":[112,60]});

txSearch.shard("sw",{"sweden":[95,53,6,28,83,83],"swedish":[94,75,1,50,1,27,88,61],"swept":[103,13],"swiftly":[109,17]});

txSearch.shard("cn",{"cnn":[128,69,79,72]});

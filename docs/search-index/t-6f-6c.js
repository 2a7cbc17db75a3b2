txSearch.shard("ol",{"olga":[127,36]});

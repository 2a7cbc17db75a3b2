txSearch.shard("ng",{"ngo":[64,15,69,43,61,82]});

txSearch.shard("сч",{"счастья":[54,30]});

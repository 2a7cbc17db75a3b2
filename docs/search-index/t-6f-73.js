txSearch.shard("os",{"osce":[66,10,40,45,1,26,75,78],"osobnyak":[116,65]});

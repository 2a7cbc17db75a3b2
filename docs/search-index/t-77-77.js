txSearch.shard("ww",{"ww2":[186,63],"wwii":[103,35,83,57]});

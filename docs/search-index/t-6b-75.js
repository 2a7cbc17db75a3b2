txSearch.shard("ku",{"kurd":[24,38,87,17,82,82],"kurdish":[24,38,87,17,82,68]});

txSearch.shard("bl",{"blair":[66,11,30,29,102,82],"blame":[32,55,30,5,9,34,42,11],"block":[51,63,161,22],"bloodshed":[32,47,85,23],"bluff":[44,68],"blunt":[96,35],"bluntly":[88,29]});

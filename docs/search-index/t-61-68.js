txSearch.shard("ah",{"ahead":[117,9,17,18],"ahmadov":[56,56]});

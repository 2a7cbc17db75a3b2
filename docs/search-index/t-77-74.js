txSearch.shard("wt",{"wto":[117,10]});

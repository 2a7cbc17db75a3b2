txSearch.shard("ed",{"editing":[212,24],"editor":[212,24],"editorial":[111,11],"educational":[109,17]});

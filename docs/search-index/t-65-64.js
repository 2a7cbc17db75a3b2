txSearch.shard("ed",{"editing":[212,24],"edition":[213,55],"editor":[212,24],"editorial":[111,11],"educational":[109,17]});

txSearch.shard("sc",{"sc":[62,6,95,68],"scale":[102,46],"scene":[66,13],"schedule":[105,24],"scheduled":[104,45,30,18],"scholarship":[109,17],"scientific":[113,14],"scientist":[113,14]});

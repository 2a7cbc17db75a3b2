txSearch.page(38,{"path":"themes/arab.md","title":"Arab","description":"Theme in 2 transcripts","passages":[["","Arab",""]]});

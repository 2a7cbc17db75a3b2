txSearch.page(48,{"path":"themes/north-africa.md","title":"North Africa","description":"Theme in 2 transcripts","passages":[["","North Africa",""]]});

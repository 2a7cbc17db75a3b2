txSearch.page(21,{"path":"themes/middle-east.md","title":"Middle East","description":"Theme in 4 transcripts","passages":[["","Middle East",""]]});

txSearch.page(61,{"path":"themes/kurds.md","title":"Kurds","description":"Theme in 2 transcripts","passages":[["","Kurds","Kurdish · "]]});

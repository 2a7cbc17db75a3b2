txSearch.page(64,{"path":"themes/russophobic.md","title":"Russophobic","description":"Theme in 2 transcripts","passages":[["","Russophobic",""]]});

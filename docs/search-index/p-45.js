txSearch.page(45,{"path":"themes/idlib.md","title":"Idlib","description":"Theme in 2 transcripts","passages":[["","Idlib","Idlib Province · "]]});

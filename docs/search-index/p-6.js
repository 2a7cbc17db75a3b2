txSearch.page(6,{"path":"themes/russia.md","title":"Russia","description":"Theme in 5 transcripts","passages":[["","Russia","Russian Federation · Moscow · "]]});

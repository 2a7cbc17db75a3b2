txSearch.page(13,{"path":"themes/europe.md","title":"Europe","description":"Theme in 4 transcripts","passages":[["","Europe","European · "]]});

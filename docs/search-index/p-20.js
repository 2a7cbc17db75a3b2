txSearch.page(20,{"path":"themes/white-house.md","title":"White House","description":"Theme in 4 transcripts","passages":[["","White House","House · "]]});

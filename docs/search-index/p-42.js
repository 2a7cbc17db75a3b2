txSearch.page(42,{"path":"themes/germany.md","title":"Germany","description":"Theme in 2 transcripts","passages":[["","Germany","German · "]]});

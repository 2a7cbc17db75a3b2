txSearch.page(18,{"path":"themes/iran.md","title":"Iran","description":"Theme in 4 transcripts","passages":[["","Iran","Iranian · "]]});

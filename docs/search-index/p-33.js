txSearch.page(33,{"path":"themes/un.md","title":"UN","description":"Theme in 3 transcripts","passages":[["","UN","United Nations · "]]});

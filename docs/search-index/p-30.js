txSearch.page(30,{"path":"themes/geneva.md","title":"Geneva","description":"Theme in 3 transcripts","passages":[["","Geneva","Geneva Conventions · "]]});

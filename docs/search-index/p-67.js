txSearch.page(67,{"path":"themes/yemen.md","title":"Yemen","description":"Theme in 2 transcripts","passages":[["","Yemen",""]]});

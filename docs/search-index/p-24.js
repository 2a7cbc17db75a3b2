txSearch.page(24,{"path":"themes/france.md","title":"France","description":"Theme in 3 transcripts","passages":[["","France","French · "]]});

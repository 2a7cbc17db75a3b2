txSearch.page(28,{"path":"themes/rex-tillerson.md","title":"Rex Tillerson","description":"Theme in 3 transcripts","passages":[["","Rex Tillerson","Tillerson · Secretary Tillerson · "]]});

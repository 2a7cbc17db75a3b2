txSearch.page(44,{"path":"themes/soviet-union.md","title":"Soviet Union","description":"Theme in 2 transcripts","passages":[["","Soviet Union","Soviet · "]]});

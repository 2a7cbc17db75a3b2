txSearch.page(59,{"path":"themes/hitler.md","title":"Hitler","description":"Theme in 2 transcripts","passages":[["","Hitler","Hitler Germany · "]]});

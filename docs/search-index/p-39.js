txSearch.page(39,{"path":"themes/china.md","title":"China","description":"Theme in 2 transcripts","passages":[["","China","Chinese · "]]});

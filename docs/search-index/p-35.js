txSearch.page(35,{"path":"themes/eu.md","title":"EU","description":"Theme in 2 transcripts","passages":[["","EU","European Union · "]]});

txSearch.page(55,{"path":"themes/astana.md","title":"Astana","description":"Theme in 2 transcripts","passages":[["","Astana","Astana Troika · "]]});

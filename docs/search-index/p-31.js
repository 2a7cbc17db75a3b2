txSearch.page(31,{"path":"themes/nato.md","title":"NATO","description":"Theme in 3 transcripts","passages":[["","NATO",""]]});

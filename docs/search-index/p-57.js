txSearch.page(57,{"path":"themes/congress.md","title":"Congress","description":"Theme in 2 transcripts","passages":[["","Congress",""]]});

txSearch.page(19,{"path":"themes/iraq.md","title":"Iraq","description":"Theme in 4 transcripts","passages":[["","Iraq",""]]});

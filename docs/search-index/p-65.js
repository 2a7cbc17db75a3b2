txSearch.page(65,{"path":"themes/territorial-integrity.md","title":"territorial integrity","description":"Theme in 2 transcripts","passages":[["","territorial integrity",""]]});

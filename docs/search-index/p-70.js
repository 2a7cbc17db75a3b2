txSearch.page(70,{"path":"themes/presidential-elections.md","title":"presidential elections","description":"Theme in 1 transcripts","passages":[["","presidential elections",""]]});

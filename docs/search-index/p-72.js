txSearch.page(72,{"path":"themes/us-department-of-state.md","title":"US Department of State","description":"Theme in 1 transcripts","passages":[["","US Department of State",""]]});

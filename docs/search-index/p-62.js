txSearch.page(62,{"path":"themes/ngos.md","title":"NGOs","description":"Theme in 2 transcripts","passages":[["","NGOs",""]]});

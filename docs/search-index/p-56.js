txSearch.page(56,{"path":"themes/central-asia.md","title":"Central Asia","description":"Theme in 2 transcripts","passages":[["","Central Asia",""]]});

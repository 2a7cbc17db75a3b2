txSearch.page(58,{"path":"themes/flagrant-violation.md","title":"flagrant violation","description":"Theme in 2 transcripts","passages":[["","flagrant violation",""]]});

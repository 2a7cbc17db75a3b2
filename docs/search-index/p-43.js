txSearch.page(43,{"path":"themes/internal-affairs.md","title":"internal affairs","description":"Theme in 2 transcripts","passages":[["","internal affairs",""]]});

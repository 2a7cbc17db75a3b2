txSearch.page(63,{"path":"themes/republican.md","title":"Republican","description":"Theme in 2 transcripts","passages":[["","Republican","Republicans · "]]});

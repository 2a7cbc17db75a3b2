txSearch.page(53,{"path":"themes/tv.md","title":"TV","description":"Theme in 2 transcripts","passages":[["","TV",""]]});

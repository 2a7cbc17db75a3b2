txSearch.page(16,{"path":"themes/afghanistan.md","title":"Afghanistan","description":"Theme in 4 transcripts","passages":[["","Afghanistan",""]]});

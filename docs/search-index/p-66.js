txSearch.page(66,{"path":"themes/tony-blair.md","title":"Tony Blair","description":"Theme in 2 transcripts","passages":[["","Tony Blair",""]]});

txSearch.page(51,{"path":"themes/russian-foreign-ministry.md","title":"Russian Foreign Ministry","description":"Theme in 2 transcripts","passages":[["","Russian Foreign Ministry",""]]});

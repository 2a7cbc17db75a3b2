txSearch.page(71,{"path":"themes/un-charter.md","title":"UN Charter","description":"Theme in 1 transcripts","passages":[["","UN Charter",""]]});

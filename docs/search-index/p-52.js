txSearch.page(52,{"path":"themes/sweden.md","title":"Sweden","description":"Theme in 2 transcripts","passages":[["","Sweden","Sweden Novichok-savvy · Swedish · "]]});

txSearch.page(50,{"path":"themes/osce.md","title":"OSCE","description":"Theme in 2 transcripts","passages":[["","OSCE","Helsinki Final Act of the OSCE · "]]});

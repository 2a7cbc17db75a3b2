txSearch.page(9,{"path":"themes/barack-obama.md","title":"Barack Obama","description":"Theme in 5 transcripts","passages":[["","Barack Obama","Obama · President Obama · Obama administration · "]]});

txSearch.page(29,{"path":"themes/uk.md","title":"UK","description":"Theme in 3 transcripts","passages":[["","UK","Britain · British · Great Britain · United Kingdom · "]]});

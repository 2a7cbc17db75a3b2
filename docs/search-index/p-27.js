txSearch.page(27,{"path":"themes/john-kerry.md","title":"John Kerry","description":"Theme in 3 transcripts","passages":[["","John Kerry","Kerry · Secretary Kerry · J.Kerry · "]]});

txSearch.page(37,{"path":"themes/donald-trump.md","title":"Donald Trump","description":"Theme in 2 transcripts","passages":[["","Donald Trump","Trump · President Trump · "]]});

txSearch.page(8,{"path":"themes/vladimir-putin.md","title":"Vladimir Putin","description":"Theme in 5 transcripts","passages":[["","Vladimir Putin","Putin · President Putin · "]]});

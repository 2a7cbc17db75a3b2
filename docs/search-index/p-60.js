txSearch.page(60,{"path":"themes/irrefutable-proof.md","title":"irrefutable proof","description":"Theme in 2 transcripts","passages":[["","irrefutable proof",""]]});

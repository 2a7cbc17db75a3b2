txSearch.page(77,{"path":"speakers/ms-psaki.md","title":"Ms. Psaki","description":"Speaker in 1 transcripts","passages":[["","Ms. Psaki","MS. PSAKI"]]});

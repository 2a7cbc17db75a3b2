txSearch.page(74,{"path":"speakers/cbs.md","title":"CBS","description":"Interviewer","passages":[["","CBS","Interviewer · CBS"]]});

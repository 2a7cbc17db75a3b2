txSearch.page(79,{"path":"speakers/sputnik.md","title":"Sputnik","description":"Interviewer","passages":[["","Sputnik","Interviewer · Sputnik"]]});

txSearch.page(73,{"path":"speakers/arshad-mohammed.md","title":"Arshad Mohammed","description":"Reuters","passages":[["","Arshad Mohammed","Reuters · QUESTION"]]});

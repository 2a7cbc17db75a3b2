txSearch.page(75,{"path":"speakers/jill-dougherty.md","title":"Jill Dougherty","description":"CNN","passages":[["","Jill Dougherty","CNN · QUESTION"]]});

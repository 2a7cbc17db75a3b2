txSearch.page(68,{"path":"themes/isis.md","title":"ISIS","description":"The Islamic State group.","passages":[["","ISIS","Islamic State · ISIL · Daesh · The Islamic State group."]]});

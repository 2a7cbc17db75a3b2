txSearch.page(76,{"path":"speakers/john-kerry.md","title":"John Kerry","description":"Secretary of State","passages":[["","John Kerry","Secretary of State · SECRETARY KERRY"]]});

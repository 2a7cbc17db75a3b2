"""Stage 2, parse: one ``Source`` to one ``Transcript``: clean (furniture out, listed with reasons), header
(title, date, place, people), labels and turns, speakers inside the document, metadata.  Each document is
parsed on its own; nothing here sees another document."""

"""Stage 3, corpus: every transcript read, then what spans documents: speakers merged across them
(``assemble``), themes discovered and marked, links between transcripts, the corpus-wide checks."""

"""Stage 1, read: files to ``Source`` records (decoding, formats, front matter) and the corpus's own
configuration (``speakers.yml``, ``themes.yml``, sidecars), all YAML through one safe loader."""

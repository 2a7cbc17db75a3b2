"""transcript-archive: raw interview and press-conference transcripts -> a documentary website.

The stages, in order (each a module with one job): read -> clean -> header -> turns
-> speakers -> metadata -> corpus -> themes -> links -> render/pages/export/search -> write.
``pipeline`` runs the per-document stages (on every core for a large corpus, and through ``cache`` so
unchanged documents are not converted again), ``cli`` is the command line.
"""

__version__ = "0.1.0"

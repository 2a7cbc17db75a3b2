"""transcript-archive: raw interview and press-conference transcripts -> a documentary website.

The stages, in order (each a module with one job): read -> clean -> header -> turns
-> speakers -> metadata -> corpus -> render/export -> write.  ``pipeline`` runs the
per-document stages, ``cli`` is the command line.
"""

__version__ = "0.1.0"

"""Themes over time, drawn at build time as a static SVG (no script, no web font).

In: the corpus with its themes.  Out: SVG markup — a grid with the most widespread themes as rows
and the transcripts as columns in date order; a cell's strength is the number of turns of that
transcript that mention the theme (its tooltip says which); the table under it links to the pages.  It uses
``currentColor`` and the theme's accent colour, so it reads in light and dark schemes.
"""

from __future__ import annotations

from . import escape
from ..model import Corpus

ROWS = 18
CELL = 22
LABEL = 190
HEAD = 16


def themes_over_time(corpus: Corpus) -> str:
    themes = [t for t in corpus.themes if t.turns][:ROWS]
    columns = sorted(corpus.transcripts, key=lambda t: (t.date is None, t.date or "", t.id))
    if not themes or not columns:
        return ""
    counts = {(theme.id, tid): 0 for theme in themes for tid in (c.id for c in columns)}
    for theme in themes:
        for tid, _ in theme.turns:
            counts[(theme.id, tid)] = counts.get((theme.id, tid), 0) + 1
    peak = max(counts.values()) or 1
    width = LABEL + CELL * len(columns) + 70
    height = HEAD + CELL * len(themes) + 70
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="tx-chart" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-labelledby="tx-chart-title">',
             '<title id="tx-chart-title">Themes over time: turns that mention each theme, by transcript in date '
             'order</title>']
    for row, theme in enumerate(themes):
        y = HEAD + row * CELL
        parts.append(f'<text x="{LABEL - 8}" y="{y + 15}" text-anchor="end" font-size="12" '
                     f'fill="currentColor">{escape.h(theme.name[:28])}</text>')
        for col, transcript in enumerate(columns):
            n = counts[(theme.id, transcript.id)]
            x = LABEL + col * CELL
            opacity = 0.06 if not n else round(0.25 + 0.75 * n / peak, 3)
            label = f"{theme.name} in {transcript.title}: {n} turn{'s' if n != 1 else ''}"
            parts.append(f'<rect x="{x + 1}" y="{y + 1}" width="{CELL - 2}" height="{CELL - 2}" rx="3" '
                         f'class="tx-cell" fill="currentColor" fill-opacity="{opacity}"><title>{escape.h(label)}</title>'
                         '</rect>')
    base = HEAD + len(themes) * CELL + 6
    for col, transcript in enumerate(columns):
        x = LABEL + col * CELL + CELL / 2
        label = transcript.date or transcript.date_text or "undated"
        parts.append(f'<text x="{x}" y="{base}" font-size="10" fill="currentColor" '
                     f'transform="rotate(60 {x} {base})">{escape.h(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)

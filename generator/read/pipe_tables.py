"""Transcripts kept as Markdown pipe tables, one row a turn (read stage).

Notes, wikis and Markdown exports write a dialogue as a pipe table with a speaker column and a text column
(``| Speaker | Text |`` / ``| --- | --- |`` / ``| Anna Berg | Welcome ... |``).  ``turn_tables`` reads such tables
in CSV and TSV files and chooses the columns by the table's own evidence (a header naming the speaker or the text,
else a column of names of people that recur and change from row to row beside a column of long text);
``turn_rows`` asks it the same of each pipe table of a Markdown or text body.  A table it reads becomes one
``Speaker: text`` line per row, line for line (the header and separator rows blank, listed as removed, with the
other columns, a time column's time kept before the turn); any other table (figures, a glossary, a schedule) stays
as written, and a timed table without a speaker column is left to ``tables.timed_tables``, which runs after this
(it reads a time and a text column only: a speaker column would be lost there).
"""

from __future__ import annotations

from . import tables, turn_tables
from ..model import Removal

REASON = "table of turns in Markdown: its header row and separator are not speech"


def turn_rows(text: str, first_line: int = 1) -> tuple[str, tuple[Removal, ...]]:
    """``text`` with each pipe table that is a table of turns written as labelled lines, and what was left out."""
    if "|" not in text:
        return text, ()  # (every table row holds a "|")
    lines = text.split("\n")
    removed: list[Removal] = []
    changed = False
    for first, end in tables.runs(lines):
        read = _turns(lines[first:end], first_line + first)
        if read is None:
            continue
        lines[first:end], dropped = read
        removed += dropped
        changed = True
    return ("\n".join(lines), tuple(removed)) if changed else (text, ())


def _turns(run: list[str], line: int) -> tuple[list[str], list[Removal]] | None:
    """The run's lines as turns (same count), with the removals; None when it is no table of turns."""
    if len(run) < 3 or not tables.SEPARATOR.match(run[1]):
        return None  # a pipe table has a header row and a separator row under it
    header = tables.cells(run[0])
    rows = [(k, tables.cells(row)) for k, row in enumerate(run[2:], 3) if not tables.SEPARATOR.match(row)]
    rows = [(n, cells) for n, cells in rows if len(cells) == len(header)]
    if len(rows) < turn_tables.ROW_SHARE * (len(run) - 2) or not rows:
        return None
    columns = turn_tables.columns(header, rows)
    if columns is None or columns.speaker is None:
        return None  # no speaker column: a table of figures or terms, not of turns
    out = ["", ""] + [turn_tables.turn(tables.cells(row), columns) or "" if not tables.SEPARATOR.match(row)
                      and len(tables.cells(row)) == len(header) else row for row in run[2:]]
    removed = [Removal(line, " | ".join(header), REASON)]
    removed += [Removal(r.line + line - 1, r.text, r.reason) for r in turn_tables.dropped(header, rows, columns)]
    return out, removed

"""Transcripts kept as tables: one row per timed line (read stage).

Meeting archives, ASR tools and caption editors publish transcripts as Markdown pipe tables, one row per
line of speech: a time column, the text, and often a column that is the same in every row (a link to the
video at that moment, a speaker id the tool never filled in).  ``timed_tables`` finds such tables by their
own evidence (a column of clock times in nearly every row, a column of prose) and turns each into the timed
text the caption reader makes (``formats.cues_to_text``): the time stays with its words, the row and
separator markup goes, and columns repeated in every row go as furniture.  Any other table is left alone.
"""

from __future__ import annotations

import regex as re
from collections import Counter

from . import formats
from ..model import Removal

ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
SEPARATOR = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
CLOCK = re.compile(r"^\[?(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>\d{2})(?:[.,]\d{1,3})?\]?$"
                   r"|^(?:(?P<h2>\d+)h)?(?P<m2>\d+)m(?P<s2>\d+)s$")
MIN_ROWS = 5  # fewer timed rows are a schedule or an agenda in a document, not a transcript held in a table
TIMED_SHARE = 0.9  # rows whose time cell reads as a clock; a few empty or damaged cells are allowed
SAME_SHARE = 0.9  # a column with one value in this share of rows ("source video") says nothing about the row
LETTERS = re.compile(r"[^\W\d_]")
REASON = "table of timed lines: its header row and the columns repeated in every row are not speech"


def _cells(line: str) -> list[str]:
    """A row's cells as a reader sees them (a link is its text: ``[source video](url)`` reads "source video")."""
    return [formats.markdown_to_text(cell).strip() for cell in line.strip().strip("|").split("|")]


def _seconds(cell: str) -> float | None:
    found = CLOCK.match(cell.strip())
    if not found:
        return None
    hours, minutes, seconds = (found.group("h") or found.group("h2") or 0, found.group("m") or found.group("m2"),
                               found.group("s") or found.group("s2"))
    return int(hours) * 3600 + int(minutes) * 60 + int(seconds)


seconds = _seconds  # a clock cell's seconds, for the other table reader (turn_tables)


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) line index ranges of consecutive table rows."""
    runs, start = [], None
    for index, line in enumerate([*lines, ""]):
        if ROW.match(line) or SEPARATOR.match(line) and start is not None:
            start = index if start is None else start
        elif start is not None:
            runs.append((start, index))
            start = None
    return runs


def _as_cues(rows: list[list[str]]) -> tuple[list[formats.Cue], list[str]] | None:
    """The rows of a timed transcript table as cues, with what was left out of them (the header row, the
    columns that are the same in every row), or None when the table is not one."""
    header = rows[0] if rows and all(_seconds(c) is None for c in rows[0]) else None
    body = [r for r in rows[1 if header else 0:] if any(r)]
    width = max((len(r) for r in body), default=0)
    if len(body) < MIN_ROWS:
        return None
    column = lambda i: [r[i] if i < len(r) else "" for r in body]  # noqa: E731
    timed = [i for i in range(width) if sum(_seconds(c) is not None for c in column(i)) >= TIMED_SHARE * len(body)]
    if not timed:
        return None
    time_column = timed[0]
    others = [i for i in range(width) if i != time_column
              and Counter(column(i)).most_common(1)[0][1] < SAME_SHARE * len(body)]
    if not others:
        return None
    text_column = max(others, key=lambda i: sum(len(LETTERS.findall(c)) for c in column(i)))
    starts = [_seconds(c) for c in column(time_column)]
    following, later = [], None  # each row's next known start: its end
    for start in reversed(starts):
        following.append(later)
        later = start if start is not None else later
    cues = []
    for start, end, text in zip(starts, reversed(following), column(text_column)):
        if text:
            begin = start if start is not None else (cues[-1].end if cues else 0.0)
            cues.append(formats.Cue(begin, end if end is not None else begin, None, text))
    dropped = [" | ".join(header)] if header else []
    dropped += [f"{body[0][i]} (in every row)" for i in range(width) if i not in (time_column, text_column)
                and i < len(body[0]) and body[0][i]]
    return cues, dropped


def timed_tables(text: str, first_line: int = 1) -> tuple[str, tuple[Removal, ...]]:
    """``text`` with each timed transcript table turned into timed text (other tables stay as written), and
    what was left out of the tables, listed at their lines (``first_line``: the file line ``text`` starts at)."""
    if "|" not in text:
        return text, ()  # (every table row and separator holds a "|": a text without one has no table)
    lines = text.split("\n")
    out, removed, position = [], [], 0
    for first, end in _runs(lines):
        found = _as_cues([_cells(line) for line in lines[first:end] if not SEPARATOR.match(line)])
        if found is None:
            continue
        cues, dropped = found
        out.extend(lines[position:first])
        out.append(formats.cues_to_text(cues).rstrip("\n"))
        removed += [Removal(first_line + first, what, REASON) for what in dropped]
        position = end
    return ("\n".join(out + lines[position:]), tuple(removed)) if out else (text, ())


runs, cells = _runs, _cells  # (for the reader of pipe tables of turns, ``pipe_tables``)

"""The lines of a text and their label candidates, split and read once (part of stage 2, clean, and stage 3,
turns).

Clean, the label evidence and the turn parser all ask about the same lines: which line of a block opens with a
label-shaped candidate, and which label.  Each used to split the block again and ask ``labels.candidate`` for
every line (1.6 million look-ups on 83 real transcripts, nearly all of them answers already known, each hashing
the line again).  A ``LineTable`` holds a text's lines and their candidates, made in one pass; ``block(text)``
remembers the table of a block's text (blocks reach several stages unchanged), ``of(lines)`` the table of a list
of lines that several functions of one stage read (remembered by the list's identity, while the caller holds it).

In: a block's text or a list of lines.  Out: ``LineTable`` (the lines, their candidates).  The candidates are
exactly ``labels.candidate(line)`` of each line.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from . import labels
from .labels import LabelCandidate

BLOCK_CACHE = 1 << 15  # block texts remembered: a long mission transcript has 20,000 blocks; stages ask about a
# block's lines two to four times, the table of the stage before is reused when the block is unchanged
LISTS_KEPT = 4  # lists of lines remembered by identity: a stage reads one or two lists (the dialogue's lines)


@dataclass(frozen=True)
class LineTable:
    """A text's lines and the label candidate of each (``labels.candidate``; None when the line opens with none)."""

    lines: tuple[str, ...]
    candidates: tuple[LabelCandidate | None, ...]

    def keyed(self, keys) -> list[int]:
        """Indexes of the lines whose candidate's key is in ``keys``."""
        return [i for i, c in enumerate(self.candidates) if c and c.key in keys]


def _table(lines: Sequence[str]) -> LineTable:
    return LineTable(tuple(lines), tuple(map(labels.candidate, lines)))  # (map: no Python frame per line)


@lru_cache(maxsize=BLOCK_CACHE)
def block(text: str) -> LineTable:
    """The table of a block's text (its lines split at "\\n"); remembered."""
    return _table(text.split("\n"))


_kept: list[tuple[Sequence[str], LineTable]] = []


def of(lines: Sequence[str]) -> LineTable:
    """The table of ``lines``, remembered by the identity of the list (the same list read by several functions of
    a stage: its table is made once).  A list changed since is read again (a line that is not the same string)."""
    for held, table in _kept:
        if held is lines and len(table.lines) == len(lines) and all(map(operator.is_, table.lines, lines)):
            return table
    table = _table(lines)
    _kept.insert(0, (lines, table))
    del _kept[LISTS_KEPT:]
    return table


def remember(lines: list[str], candidates: Sequence[LabelCandidate | None]) -> list[str]:
    """Remember ``candidates`` (each ``labels.candidate`` of the line at its index, as read from block tables) as
    the table of the list ``lines``, so that a later ``of(lines)`` asks about no line again; returns ``lines``."""
    _kept.insert(0, (lines, LineTable(tuple(lines), tuple(candidates))))
    del _kept[LISTS_KEPT:]
    return lines


def joined(tables: Sequence[LineTable]) -> list[str]:
    """The lines of ``tables`` one after the other, as a list whose table is remembered (``remember``)."""
    return remember([line for table in tables for line in table.lines],
                    [c for table in tables for c in table.candidates])


def candidates(lines: Sequence[str]) -> tuple[LabelCandidate | None, ...]:
    """``labels.candidate`` of each of ``lines`` (``of(lines).candidates``)."""
    return of(lines).candidates


class UnitLines:
    """The lines of a document's units one after the other, with each line's candidate, line number and offset in
    its unit: made while the units are cut (``_label_units``), read by the warnings at the end (``doubtful_labels``)
    without reading the units' lines for candidates again."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.candidates: list[LabelCandidate | None] = []
        self.numbers: list[int] = []  # each line's line number in the source
        self.offsets: list[int] = []  # each line's offset in its unit (0: the unit's first line)

    def add(self, number: int, lines, candidates) -> None:
        """A unit starting at line ``number``, with its lines and their candidates."""
        self.lines.extend(lines)
        self.candidates.extend(candidates)
        self.numbers.extend(range(number, number + len(lines)))
        self.offsets.extend(range(len(lines)))

    def separated(self) -> tuple[list[str], list[int]]:
        """The lines with a blank line before each unit but the first, remembered with their candidates (a unit's
        first line is then the first of a block, as the shapes of a name alone on its line ask: "MODERADOR" /
        speech), and the source line number of each (the blank's is its unit's)."""
        lines, found, numbers = [], [], []
        for line, c, number, offset in zip(self.lines, self.candidates, self.numbers, self.offsets):
            if not offset and lines:
                lines.append(""), found.append(None), numbers.append(number)
            lines.append(line), found.append(c), numbers.append(number)
        return remember(lines, found), numbers

    @classmethod
    def of(cls, units: list) -> "UnitLines":
        """The lines of ``units`` (blocks: ``.line``, ``.text``) read from their line tables."""
        made = cls()
        for unit in units:
            table = block(unit.text)
            made.add(unit.line, table.lines, table.candidates)
        return made

"""A text made ready before its blocks are split (part of stage 2, clean): court-reporter margin line numbers taken
off, utterance identifiers and labels in list items read, quoted dialogue unquoted.

In: a document's text.  Out: the text, line for line, and the record of what was taken off (``prepare``).  Split
from ``structure`` (which re-exports every name) along meaning; no behaviour changed.
"""

from __future__ import annotations

import regex as re
from itertools import islice

from . import label_marks, labels, list_labels, utterance_ids
from ..model import Removal

BLANK = re.compile(r"^[ \t]*$")

MARGIN = re.compile(r"^[ \t]*(?P<number>\d{1,2})(?:[ \t]+|$)")
MARGIN_LINE = re.compile(r"\n[ \t]*\d{1,2}(?:[ \t]+|$)", re.M)  # ``MARGIN`` on a line, after the line end before it
QUOTED = re.compile(r"^[ \t]*>[ \t]?")

MARGIN_MIN_LINES = 20  # a court page has 25 numbered lines; fewer numbered lines are a list, not a margin
MARGIN_SHARE = 0.6  # most lines of a margin-numbered document carry the number (headers and footers do not)
MARGIN_COUNTING = 0.8  # and the numbers count up by one (or start a page again at 1) nearly everywhere
QUOTED_LABELS_MIN = 2  # one quoted line with a label is a quotation; two are a quoted dialogue
# A full-width colon carries its own space: "> **節目**：Kaloh's Podcast" / "> **主持**：Kaloh" is a quoted field list
# as "> **Show**: Kaloh's Podcast" is, though its value, in Latin letters, follows the colon with no space
WIDE_COLON = re.compile(r"\uff1a(?=\S)")

def prepare(text: str, first_line: int = 1) -> tuple[str, list[Removal]]:
    """``text`` with margin line numbers taken off and quoted dialogue unquoted, line for line, and the record
    of the numbers taken off (one ``Removal`` for them all, at the first numbered line)."""
    lines, removed = utterance_ids.unidentified(text.split("\n"), first_line)
    unnumbered = _unmargined(lines) if _margin_lines(text) >= MARGIN_MIN_LINES else lines
    if unnumbered is not lines:
        at = next(i for i, (a, b) in enumerate(zip(lines, unnumbered)) if a != b)
        numbers = [int(m.group("number")) for line in lines if (m := MARGIN.match(line))]
        removed.append(Removal(first_line + at, f"{len(numbers)} line numbers in the margin (1 to {max(numbers)} "
                               "on each page)", "margin line numbers"))
    items = label_marks.unmarked(list_labels.unbulleted(unnumbered, first_line, removed), first_line, removed)
    if items is lines and ">" not in text and not removed:
        return text, removed  # (no margin numbers, no labels in list items and no quoted line: the text as it is)
    return "\n".join(_unquoted_dialogue(items)), removed


def _margin_lines(text: str) -> int:
    """How many lines of ``text`` open with a margin number (``MARGIN``), counted up to ``MARGIN_MIN_LINES``: one
    search of the text for a line end and a number (a literal first character, which the regex engine skips ahead
    to) instead of a test of each line; ``_unmargined`` needs that many."""
    return sum(1 for _ in islice(MARGIN_LINE.finditer("\n" + text), MARGIN_MIN_LINES))


def _unmargined(lines: list[str]) -> list[str]:
    """Lines without their court-reporter margin numbers, when the document numbers its lines page by page
    (``lines`` itself when it does not)."""
    filled = [line for line in lines if line.strip(" \t")]  # (not ``BLANK``)
    numbers = [int(m.group("number")) for line in filled if (m := MARGIN.match(line))]
    if len(numbers) < MARGIN_MIN_LINES or len(numbers) < MARGIN_SHARE * len(filled):
        return lines
    counting = sum(b == a + 1 or b == 1 for a, b in zip(numbers, numbers[1:]))
    if counting < MARGIN_COUNTING * (len(numbers) - 1):
        return lines
    return [line[m.end():] if (m := MARGIN.match(line)) else line for line in lines]


def _unquoted_dialogue(lines: list[str]) -> list[str]:
    """Runs of ``>`` lines (blank lines between quoted paragraphs included) unquoted when two or more of their
    lines open with a speaker label."""
    out: list[str] = []
    run: list[str] = []
    blanks: list[str] = []

    def flush() -> None:
        inner = [QUOTED.sub("", x) for x in run]
        opened = sum(1 for x in inner if (c := labels.candidate(WIDE_COLON.sub("\uff1a ", x, count=1))) and c.rest)
        out.extend(inner if opened >= QUOTED_LABELS_MIN else run)
        run.clear()

    for line in lines:
        if QUOTED.match(line):
            run.extend(blanks)
            blanks.clear()
            run.append(line)
        elif run and BLANK.match(line):
            blanks.append(line)  # a quoted paragraph may follow: the run goes on across the blank line
        else:
            if run:
                flush()
            out.extend(blanks)
            blanks.clear()
            out.append(line)
    if run:
        flush()
    return out + blanks

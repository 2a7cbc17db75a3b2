"""Court-reporter margin line numbers run into the text (part of stage 2, clean; before ``structure.prepare``).

A court or deposition transcript printed with numbered lines (1 to 25 on each page) and turned into text by a
PDF extractor that joins the printed lines keeps the margin numbers inside its paragraphs, with the page head
before each page's first line: ``7 MR. BOVE: Emil Bove for President Trump, seated 8 to my left.`` /
``... guide this Page 1333 1 Court.``.  The labels then stand in the middle of a line, where no label rule looks.
``unflatten(text)`` finds such numbers by their evidence (they count up by one through the document and start
again at 1 on each page, with or without a ``Page N`` head; pages of twenty lines or more, several of them) and
sets each numbered line on a line of its own, the numbers and page heads taken off and listed as removed.  Any
other text is returned as it is.

In: the source text.  Out: ``(text, cover, removals)``: the text with the printed lines restored (its line
numbers count the restored lines), how many of its lines come before the first numbered line (the caption page,
which is no evidence of labels; 0 when nothing changed), what was taken off.
"""

from __future__ import annotations

import regex as re
from bisect import bisect_right
from itertools import islice
from math import ceil

from ..model import Removal

NUMBER = re.compile(r"(?:(?<=\s)|^)(?:(?P<page>Page\s+\d{1,6}|\d{3,6})\s+)?(?P<number>\d{1,2})(?=[ \t]+\S)", re.I)
# (a page head before a page's line 1: "Page 1333 1 Court." or the bare page number, "2507 1 THE CLERK:")
DIGIT = re.compile(r"\d")
LOOSE_NUMBER = re.compile(r"(?<!\S)\d{1,2}(?=[ \t]+\S)")  # every number ``NUMBER`` can find, and more
# ``LOOSE_NUMBER`` without its look-behind, which ``_loose_numbers`` tests after: a pattern that opens with a digit
# class is skipped ahead to the next digit by the regex engine, one that opens with a look-behind is tried at every
# position of the text (a third of the time on 6.6 MB of real transcripts; the same matches)
LOOSE_DIGITS = re.compile(r"\d\d?(?=[ \t]+\S)")
PAGE_LINES_MIN = 20  # a printed court page has 25 numbered lines (28 in some courts); a numbered list is shorter
PAGES_MIN = 2  # several pages of numbered lines: one run of twenty numbers counting up may be a list
INLINE_SHARE = 0.3  # of the numbers found, this share at least stands inside a line (else the numbers open lines,
# which ``structure`` takes off as margin numbers line by line)
SKIP_MAX = 1  # an extractor may lose one number (a line holding only a number, read as blank); no more, inside
# a paragraph; a number opening a line, or after a page head, may follow a longer gap (lines lost whole)
RESYNC_MAX = 5  # numbers lost before a number that opens a line (lines the extractor dropped whole)
PAGE_SHOWN = 0.6  # a page's run shows most of its numbers; a few numbers counting up to twenty are a count
PAGE_LINES_MAX = 28  # lines of a printed court page (25, 28 in some courts): a larger number counts no line
STEP_CHARS = 600  # characters from one margin number to the next: a printed line (about 65 characters), or a few
# lost with a page's foot and head between them; numbers further apart count something else ("Apollo 13")
LOOSE_NEEDED = ceil(PAGES_MIN * PAGE_SHOWN * PAGE_LINES_MIN)  # loose numbers ``_pages`` needs at least: counted up to
# this many only (a text with many numbers is not read to its end for them)
LINE_CHARS_MAX = 150  # characters of a printed line (about 65 on a court page; a lost line or a long page head
# doubles a step): numbers further apart on average count something else ("Apollo 13", "page 24")


def _margins(lines: list[str], numbered: set[int] | None = None) -> list[tuple[int, int, int, int, str]]:
    """(line index, start, end, number, page head or "") of each number that counts the printed lines: it follows
    the last one found, within a few printed lines (``STEP_CHARS``), by one (or two, one lost), or starts a page
    again at 1 (after a page head, or after a page of twenty lines).  ``numbered``: the indexes of the lines that
    hold a loose number (``LOOSE_NUMBER``), when the caller knows them; only those are read (``NUMBER``'s number is
    a loose number: a line without one holds none of them)."""
    found: list[tuple[int, int, int, int, str]] = []
    last, last_at, offset = 0, 0, 0
    for index, line in enumerate(lines):
        if index in numbered if numbered is not None else DIGIT.search(line):
            for match in NUMBER.finditer(line):
                number, page, at = int(match.group("number")), match.group("page") or "", offset + match.start()
                if at - last_at > STEP_CHARS:
                    last = 0  # too far from the last number: a count in the text, or a new sequence
                if number == 1 and (page or last == 0 or last >= PAGE_LINES_MIN):
                    found.append((index, match.start(), match.end(), number, page))
                elif page and number < last:  # a page head, the page's first lines lost ("2509 11 THE COURT:")
                    found.append((index, match.start(), match.end(), number, page))
                elif last and (last < number <= last + 1 + SKIP_MAX or last < number <= min(
                        last + 1 + RESYNC_MAX, PAGE_LINES_MAX) and not line[:match.start("number")].strip()):
                    # (a number before it is text: "at 2004 12 Q ...")
                    found.append((index, match.start("number"), match.end(), number, ""))
                else:
                    continue
                last, last_at = number, at
        offset += len(line) + 1
    return found


def _pages(found: list[tuple[int, int, int, int, str]], offsets: list[int]) -> int:
    """How many runs of numbers reach a printed page's length within a printed page's characters (``offsets``:
    where each line of the text starts): numbers that count up far apart are counts in the text."""
    pages = 0
    run: list[int] = []  # text offsets of the numbers of the current page
    top = 0

    def close() -> int:
        return int(top >= PAGE_LINES_MIN and len(run) >= PAGE_SHOWN * top and run[-1] - run[0] <= top * LINE_CHARS_MAX)

    for index, start, _, number, _ in found:
        if number == 1 and run:
            pages += close()
            run, top = [], 0
        run.append(offsets[index] + start)
        top = max(top, number)
    return pages + (close() if run else 0)


def _loose_numbers(text: str):
    """The start offsets of ``LOOSE_NUMBER``'s matches in ``text``, in order: ``LOOSE_DIGITS``'s matches that
    follow a space or the text's start.  (A match of ``LOOSE_DIGITS`` after another character is one or two
    digits with no such match inside them: skipping it skips none of ``LOOSE_NUMBER``'s.)"""
    for match in LOOSE_DIGITS.finditer(text):
        start = match.start()
        if not start or text[start - 1].isspace():  # (``str.isspace`` is the regex engine's ``\s``)
            yield start


def _too_few_numbers(text: str) -> bool:
    """Fewer numbers standing as words (``LOOSE_NUMBER``) than ``_pages`` needs, counted up to ``LOOSE_NEEDED``."""
    return sum(1 for _ in islice(_loose_numbers(text), LOOSE_NEEDED)) < LOOSE_NEEDED


def unflatten(text: str, first_line: int = 1) -> tuple[str, int, list[Removal]]:
    """``text`` with margin numbers run into its lines set apart (see the module's description), the number of
    its lines before the first numbered line (the caption page: 0 when nothing changed) and the removals."""
    if _too_few_numbers(text):
        return text, 0, []  # fewer numbers standing as words than ``_pages`` needs: nothing to find
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    found = _margins(lines, {bisect_right(offsets, at) - 1 for at in _loose_numbers(text)})
    inline = sum(1 for index, start, *_ in found if lines[index][:start].strip())
    if _pages(found, offsets) < PAGES_MIN or inline < INLINE_SHARE * len(found):
        return text, 0, []
    cuts: dict[int, list[tuple[int, int, int, int, str]]] = {}
    for spot in found:
        cuts.setdefault(spot[0], []).append(spot)
    out: list[str] = []
    cover = 0
    heads: list[Removal] = []
    for index, line in enumerate(lines):
        if index not in cuts:
            out.append(line)
            continue
        starts = [0] + [end for _, _, end, _, _ in cuts[index]]
        ends = [start for _, start, _, _, _ in cuts[index]] + [len(line)]
        pieces = [line[a:b].strip() for a, b in zip(starts, ends)]
        if index == found[0][0]:  # the caption page's words before the first numbered line stand apart
            cover = len(out) + bool(pieces[0])
            pieces[0:1] = [pieces[0], ""] if pieces[0] else []
        elif not pieces[0]:
            pieces = pieces[1:]
        heads += [Removal(first_line + len(out), page, "running page header") for *_, page in cuts[index] if page]
        out.extend(pieces)
    top = max(number for *_, number, _ in found)
    removed = [Removal(first_line + cover, f"{len(found)} line numbers in the margin (1 to {top} on each page), "
                       "run into the text", "margin line numbers")]
    return "\n".join(out), cover, removed + heads

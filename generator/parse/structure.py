"""Structure the label parser must see first (part of stage 2, clean): the printed page and what stands before
the dialogue.

``prepare(text)`` undoes what a printed or quoted layout does to the lines, keeping every line where it was
(line numbers stay true):

* court reporters' margin line numbers ("12   Q.  Did you ...") are taken off, when the document numbers its
  lines page by page (the numbers mostly count up by one and start again at 1);
* dialogue inside ``>`` blockquotes ("> Question: ..." / "> Sergey Lavrov: ...") is unquoted when two or more
  quoted lines open with a speaker label (one quoted label is a quotation);
* labels a conversion turned into list items ("-   De heer Vendrik (\\*GroenLinks\\*):\\* Voorzitter.") are read as
  the document's labels (``list_labels``).

``furniture(blocks)`` finds the lines that are page furniture or lists before the dialogue, each with its
reason: page breaks, page numbers (by evidence of pagination, never one number alone), running page headers
(a line shape that recurs with its numbers changing, the page number on either side, or a court reporter's job
code opening short lines, or a head that says what it is: "19 July 2011 : Column 772"; with the lines printed
beside it at most of its places and a take's running speaker names: ``head_blocks``),
page continuation marks, a news site's prompts and banners before the first turn ("Turn on desktop
notifications?") and tables of contents (entries with dotted leaders and page references, or the headings and
names under a "CONTENTS" title: ``contents``).  It also finds rosters (a "SPEAKERS:", "WITNESSES:", "APPEARANCES" heading
with the names under it, before the first turn: ``rosters``): they stay in the text but are no evidence of labels.
A line that opens with a label the document uses is never furniture, and a repeated line counts as a running
header only where its repeats stand pages apart (issue 13, point 4c).
"""

from __future__ import annotations

import regex as re
from collections import Counter

from . import (contents, head_blocks, label_dash, labels, line_table, list_labels, repeated_fields,
               rosters as roster_lists, utterance_ids)  # noqa: F401  (utterance_ids: read by prepare's tests)
from .rosters import CJK_SENTENCE_ENDS, LOWER_WORD, ROSTER, ROSTER_GOES_ON
from .clean_rules import CONTINUATION, patterns
from ..model import Block, Removal
from .margins import (BLANK, MARGIN, MARGIN_MIN_LINES, QUOTED, WIDE_COLON, _margin_lines, _unmargined,  # noqa: F401
                      _unquoted_dialogue, prepare)


PAGE_BREAK = re.compile(r"^-{2,}\s*page\s+\d+\s*-{2,}$|^\f$|^page \d+ of \d+$", re.I)
PAGE_NUMBER = re.compile(r"^\d{1,4}$")
# an agenda item's number and dash, as parliamentary records number their agenda and contents ("1.- Türkiye Büyük
# Millet Meclisi ...", "2.- Van Milletvekili ...": TBMM): the item is printed in the contents and again where the
# chair reads it out, inside a turn; it is text, never a running page head
OUTLINE_ITEM = re.compile(r"^[ \t]*\d{1,3}[ ]?\.[ ]?[-–][ \t]")
DIGITS = re.compile(r"\d+")
DIGIT = re.compile(r"\d")  # a line with a number: searched with this (a pattern that opens with a character class is
# skipped ahead to the next digit by the regex engine; "\d+", a repeat, is tried at every position)
# a page number printed on the outer side of a running head: left on even pages, right on odd ones
# ("21 06-52988" / "06-52988 22": a UN document symbol); read as if it stood at the end, so both sides share a shape
LEFT_PAGE = re.compile(r"^(\d{1,4})[ \t]+(?=\S)")
JOB_CODE = re.compile(r"^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,12}\b")  # a court reporter's page code ("O5S1GUO1")
JOB_CODE_NUMBERS = 2  # such a code mixes letters and two or more runs of digits; "COVID19" opening lines is a word
CHROME = re.compile(rf"(?:{'|'.join(f'(?:{e})' for e in patterns('chrome'))})", re.I)
PAGE_HEAD = re.compile(rf"^\**(?:{'|'.join(f'(?:{e})' for e in patterns('page-head'))})\**$", re.I)


PAGE_MIN_LINES = 5  # a printed page holds more than a handful of lines: numbers closer together are a list
# or a countdown ("3 / 2 / 1"), not pagination
PAGE_STEP_MAX = 2  # consecutive page numbers may skip one unnumbered page (a picture, a blank page), no more
PAGE_BREAK_NEAR = 2  # lines: a number printed just before or after a page break ("-- page 2 --") numbers it
RUNNING_HEADER_MIN = 3  # a line shape repeated this often (with its numbers changing) is a running page header
RUNNING_SPAN = 0.4  # a running head is printed on every page, from near the start to near the end; numbered
# headings that follow each other in one part of a record ("Division No. 23", "No. 24") are text
APART_SHARE = 2 / 3  # most repeats of a running head stand apart from the text (the last may close a block)
HEADER_CHARS = 80  # a running head is one short line; a longer line is text
HEAD_PROSE_WORDS = 6  # a running head is a title, a date, a page reference ("LEGCO - 10 January 2013", "Page 66"):
# a line with this many lowercase words between two lines of its paragraph is a sentence wrapped there
# ("disciplinary cases in the 2010/11 financial year. In terms of the"), whatever its numbers do
CHROME_CHARS = 120  # a prompt or a banner is a short line; a longer line that mentions one is text


def split_blocks(text: str, first_line: int = 1) -> list[Block]:
    """Split text into blocks of consecutive non-blank lines."""
    blocks: list[Block] = []
    current: list[str] = []
    start = first_line
    gap = 0
    for number, line in enumerate(text.split("\n"), first_line):
        stripped = line.strip()
        if not stripped and not line.strip(" \t"):  # (``BLANK``: spaces and tabs only; a line with words has more)
            if current:
                blocks.append(Block(start, "\n".join(current), gap))
                current, gap = [], 0
            gap += 1
            continue
        if not current:
            start = number
        current.append(stripped)
    if current:
        blocks.append(Block(start, "\n".join(current), gap))
    return blocks


def lines_and_gaps(blocks: list[Block], hidden: frozenset[int] = frozenset()) -> list[str]:
    """The blocks' lines with a blank line between blocks (where a turn can start); ``hidden`` lines (by line
    number) read as blank."""
    lines: list[str] = []
    found: list = []  # each line's label candidate, from the blocks' line tables (remembered for the list)
    for block in blocks:
        table = line_table.block(block.text)
        if hidden:
            lines.extend("" if block.line + i in hidden else x for i, x in enumerate(table.lines))
            found.extend(None if block.line + i in hidden else c for i, c in enumerate(table.candidates))
        else:
            lines.extend(table.lines)
            found.extend(table.candidates)
        lines.append("")
        found.append(None)
    return line_table.remember(lines, found)


def _page_numbers(numbered: list[tuple[int, int]]) -> set[int]:
    """Positions of number-only lines that paginate: an increasing sequence whose members are pages apart.

    A lone number, or numbers in a row, decreasing or close together, is text (a count, a list, an answer)."""
    pages: set[int] = set()
    for (at_a, a), (at_b, b) in zip(numbered, numbered[1:]):
        if 0 < b - a <= PAGE_STEP_MAX and at_b - at_a >= PAGE_MIN_LINES:
            pages |= {at_a, at_b}
    return pages


def _shape(line: str) -> str | None:
    """The line's running-head shape: its numbers written as '#' (None for a line no running head has).  The
    furniture pass reads it once for each line (``furniture``: a list beside the lines)."""
    if len(line) > HEADER_CHARS or not DIGIT.search(line) or _page_number(line) or OUTLINE_ITEM.match(line):
        return None
    code = JOB_CODE.match(line)
    if code and len(DIGITS.findall(code.group())) >= JOB_CODE_NUMBERS:
        return DIGITS.sub("#", code.group()) + " ..."
    return DIGITS.sub("#", _sided(line))


def _sided(line: str) -> str:
    """The line with a page number that opens it moved to its end ("21 06-52988" -> "06-52988 21")."""
    left = LEFT_PAGE.match(line)
    return f"{line[left.end():].rstrip()} {left.group(1)}" if left else line


def _running(places: list[tuple[int, str]], apart: set[int], inside: set[int], said: set[int], span: int) -> bool:
    """Repeats of one shape that are a running head: enough of them; their numbers stay the same ("LEGCO - 10
    January 2013") or count up by a page or two ("Page 66", "Page 67"); they stand a page apart or more, or each
    apart from the text (alone, or right before a label).  Text: headings that repeat with other numbers ("Bill
    C-281.", "Bill C-11."), a phrase opening hard-wrapped paragraphs close together, a sentence-like line inside a
    paragraph (``inside``) whose repeats differ by a number ("cases in the 2010/11 financial year"), the words right
    under a label alone on its line ("I declare Motion No. 1 lost." under "The Deputy Speaker:"), a sentence closed
    by a Japanese or Chinese full stop anywhere (issue 13, points 4c and 4d).  (A head at a page's foot may end a
    block with text before it, so most of them, not all, stand apart.)"""
    places = [(at, line) for at, line in places if (at not in inside or not _prose(line)) and at not in said
              and not line.endswith(CJK_SENTENCE_ENDS)]
    if len(places) < RUNNING_HEADER_MIN:
        return False
    # a running head runs through the document; a court reporter's job code says what it is by itself
    covers = places[-1][0] - places[0][0] >= RUNNING_SPAN * span or bool(JOB_CODE.match(places[0][1]))
    pairs = list(zip(places, places[1:]))
    spaced = covers and (all(at_b - at_a >= PAGE_MIN_LINES for (at_a, _), (at_b, _) in pairs)
                         or sum(at in apart for at, _ in places) >= APART_SHARE * len(places))
    if not spaced:  # (the cheap tests first: the numbers of a shape that fails them are not read)
        return False
    return _same_or_counting([int(n) for n in DIGITS.findall(_sided(line))] for _, line in places)


def _same_or_counting(numbers) -> bool:
    """The numbers of a shape's places (an iterable of lists, read one place at a time and no further than needed)
    stay the same at every place, or count up by a page or two (each by at most ``PAGE_STEP_MAX``, and not all the
    same).  (A page or a take may print its head twice: "Take: 375" at its start and above a table; the count goes
    on.)  A shape whose numbers neither stay nor count (a mission transcript's time codes) is given up at the first
    place that shows it."""
    numbers = iter(numbers)
    first = previous = next(numbers)
    same = counting = True
    differ = False
    for current in numbers:
        same = same and current == first
        counting = counting and len(previous) == len(current) and all(
            0 <= y - x <= PAGE_STEP_MAX for x, y in zip(previous, current))
        if not same and not counting:
            return False
        differ = differ or current != previous
        previous = current
    return same or counting and differ


def _apart(blocks: list[Block],
           tables: list[line_table.LineTable] | None = None) -> tuple[set[int], set[int], set[int]]:
    """Line numbers of lines that stand apart from the text (alone in their block, or followed by a label), of
    lines inside a paragraph (a line of their block before them and after them), and of lines right under a label
    set alone on its line ("The Deputy Speaker:" / "I declare Motion No. 1 lost.")."""
    found, inside, said = set(), set(), set()
    if tables is None:
        tables = [line_table.block(b.text) for b in blocks]
    for block, table in zip(blocks, tables):  # (each block's line table: the cleaner reads the same tables after)
        candidates = table.candidates
        for offset, label in enumerate(candidates):
            if len(candidates) == 1 or offset + 1 < len(candidates) and candidates[offset + 1]:
                found.add(block.line + offset)
            elif 0 < offset < len(candidates) - 1:
                inside.add(block.line + offset)
            if offset and (above := candidates[offset - 1]) and not above.rest:
                said.add(block.line + offset)  # the words of a label set alone on the line before
    return found, inside, said


def _prose(line: str) -> bool:
    """A line that reads as a sentence: many lowercase words (see ``HEAD_PROSE_WORDS``)."""
    return len(LOWER_WORD.findall(line)) >= HEAD_PROSE_WORDS


def _running_shapes(blocks: list[Block], tables: list[line_table.LineTable], lines: list[tuple[int, str]],
                    shapes: list[str | None]) -> set[str]:
    """The running-head shapes of the document (``shapes``: each line's ``_shape``)."""
    places: dict[str, list[tuple[int, str]]] = {}
    for place, shape in zip(lines, shapes):
        if shape is not None:
            places.setdefault(shape, []).append(place)
    if not any(len(where) >= RUNNING_HEADER_MIN for where in places.values()):
        return set()
    apart, inside, said = _apart(blocks, tables)
    span = lines[-1][0] - lines[0][0]
    # (a shape with fewer places than a running head needs is not read further: ``_running`` would only say no)
    return {shape for shape, where in places.items()
            if len(where) >= RUNNING_HEADER_MIN and _running(where, apart, inside, said, span)}


def furniture(blocks: list[Block]) -> tuple[dict[int, str], frozenset[int]]:
    """(line number -> reason for the lines that are page furniture, the line numbers of rosters).

    A roster stays in the text (the header reads the people in it: "Present: Jerome H. Powell, Chairman"), but
    its heading and names are no evidence of speaker labels ("SPEAKERS:", "WITNESSES:", "BY: MICAH F. ...")."""
    # each line, its label candidate and its running-head shape, read once (the block tables are the cleaner's:
    # its label evidence and turn parser read the same tables after)
    tables = [line_table.block(b.text) for b in blocks]
    lines = [(b.line + offset, line) for b, table in zip(blocks, tables) for offset, line in enumerate(table.lines)]
    candidates = [c for table in tables for c in table.candidates]
    line_shapes = [_shape(line) if len(line) <= HEADER_CHARS else None for _, line in lines]  # (see ``_shape``)
    shapes = _running_shapes(blocks, tables, lines, line_shapes)
    breaks = [at for at, line in lines if _page_break(line)]
    numbered = [(at, int(line)) for at, line in lines if _page_number(line)]
    near_break = {at + step for at in breaks for step in range(-PAGE_BREAK_NEAR, PAGE_BREAK_NEAR + 1)}
    pages = _page_numbers(numbered) | {at for at, _ in numbered if at in near_break}
    found: dict[int, str] = {}
    timed = _timed_labels(blocks, candidates, line_shapes, shapes)
    dashed = label_dash.dash_lines(candidates)
    keyed = repeated_fields.keyed(blocks)  # (the labelled lines' words, read once for both readings below)
    fixed = repeated_fields.fixed_keys(blocks, keyed) if shapes else frozenset()  # fields printed with the same words
    broken = set(breaks)
    for (at, line), shape, candidate in zip(lines, line_shapes, candidates):
        if at in broken:
            found[at] = "page break"
        elif at in pages:
            found[at] = "page number"
        elif CONTINUATION.match(line):
            found[at] = "page continuation mark"
        elif len(line) <= HEADER_CHARS and PAGE_HEAD.match(line):
            found[at] = "running page header"  # a head that says what it is: one is enough
        elif shapes and shape in shapes and (not _label_line(candidate, timed, dashed) or _key(candidate) in fixed) \
                and not labels.time_only(line):
            found[at] = "running page header"
    if shapes:
        heads = [i for i, ((at, _), shape) in enumerate(zip(lines, line_shapes))
                 if found.get(at) == "running page header" and shape in shapes]
        found.update(head_blocks.blocks(lines, found, heads, frozenset(i for i in heads if _key(candidates[i]) in fixed)))
    found.update({at: why for at, why in contents.entries(lines).items() if at not in found})
    found.update({at: why for at, why in repeated_fields.fields(blocks, keyed).items() if at not in found})
    before = _before_dialogue(lines, candidates)
    if not before:
        return found, frozenset()
    found.update({at: why for at, why in contents.titled(before).items() if at not in found})
    rosters = roster_lists.find(before, found)
    found.update({at: "page chrome" for at, line in before
                  if at not in found and len(line) <= CHROME_CHARS and CHROME.search(line)})
    return found, frozenset(rosters)


def _page_number(line: str) -> bool:
    """``PAGE_NUMBER``: one to four digits alone (a line has no line end, so "$" is its end)."""
    return len(line) <= 4 and line.isdecimal()


def _page_break(line: str) -> bool:
    """``PAGE_BREAK``, asked only of a line that opens as one can: a dash, a form feed, "page"."""
    return line[:1] in PAGE_BREAK_OPENERS and bool(PAGE_BREAK.match(line))


PAGE_BREAK_OPENERS = "-\fpP"


def _before_dialogue(lines: list[tuple[int, str]], candidates: list) -> list[tuple[int, str]]:
    """The lines before the first turn (``candidates``: each line's label candidate), or none when no line there
    has the shape of a contents title, a roster heading or a site's prompt (most documents: the rules that read
    these lines would find nothing; only the lines before the first turn are tested)."""
    before = lines[:_first_turn(lines, candidates)]
    if not any(len(line) <= CHROME_CHARS and (contents.TITLE.match(line.strip()) or ROSTER.match(line)
                                              or CHROME.search(line)) for _, line in before):
        return []
    return before


def _timed_labels(blocks: list[Block], candidates: list, line_shapes: list[str | None],
                  shapes: set[str]) -> frozenset[str]:
    """The document's name + time labels, asked for only when a line of that shape recurs like a running head
    (``candidates``, ``line_shapes``: each line's label candidate and shape)."""
    recurring = bool(shapes) and any(shape in shapes and c and c.style == "timed"
                                     for shape, c in zip(line_shapes, candidates))  # (no running shape: none asked)
    return labels.timed_labels(lines_and_gaps(blocks)) if recurring else frozenset()


def _label_line(found, timed: frozenset[str], dashed: bool) -> bool:
    """A line that opens with a label candidate (``found``: the line's); a name + time line only when the
    document uses that shape for its labels (a running head with a name and a clock time stays furniture), and a
    dash label only in a record written in them ("LEGCO - 9 January 2013 - Page 2" is a colon record's head)."""
    return bool(found) and (found.style != "timed" or found.key in timed) and (found.style != "caps-dash" or dashed)


def _key(found) -> str | None:
    """The key of a line's label candidate (None for a line with none)."""
    return found.key if found else None


def _first_turn(lines: list[tuple[int, str]], candidates: list) -> int:
    """Index of the first line that opens with a speaker label the document uses twice or more (not a roster
    heading): where the dialogue starts, as far as the page structure can tell (``candidates``: each line's label
    candidate)."""
    found = [c if c and c.rest else None for c in candidates]
    counts = Counter(c.key for c in found if c)
    return next((i for i, ((_, line), c) in enumerate(zip(lines, found)) if c and counts[c.key] >= 2
                 and not ROSTER.match(line) and not ROSTER_GOES_ON.match(line)), len(lines))


def strip_lines(block: Block, found: dict[int, str], credit: re.Pattern, removed: list[Removal],
                mark: str | None = None) -> Block | None:
    """Drop the furniture lines of a block, and photo-credit lines that share a block with other text (``mark``:
    a character every credit line holds, when there is one: "©")."""
    if "\n" not in block.text and block.line not in found:
        return block  # (a line alone is no credit line sharing a block; most blocks)
    if mark is not None and mark not in block.text and not (found and any(
            at in found for at in range(block.line, block.line + block.text.count("\n") + 1))):
        return block  # (no credit line and no furniture line in the block: it is not read line by line)
    lines = block.text.split("\n")
    kept = []
    for offset, line in enumerate(lines):
        reason = found.get(block.line + offset) or \
            ("photo credit" if len(lines) > 1 and credit.match(line) else None)
        if reason:
            removed.append(Removal(block.line + offset, line.strip(), reason))
        else:
            kept.append((offset, line))
    if not kept:
        return None
    if len(kept) == len(lines):
        return block
    return Block(block.line + kept[0][0], "\n".join(line for _, line in kept), block.gap_before)

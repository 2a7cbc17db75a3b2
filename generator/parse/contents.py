"""Tables of contents printed before a record's text (part of stage 2, parse: page structure).

Parliamentary records and hearings open with contents: entries that end with page references after a leader
("Dr. Angela Merkel, Bundeskanzlerin . . . . 17881 B", "Lausen (SPD)    5644D"), or short lines under a title
("CONTENTS", "TABLE DES MATIÈRES", "Inhalt") up to where the record's own title comes again.  ``entries`` and
``titled`` give their line numbers, each with the reason the cleaner lists ("table of contents").
"""

from __future__ import annotations

import regex as re

from .clean_rules import patterns

PAGE_REFS = r"\d{1,5}\s?[A-D]?(?:\s*,\s*(?:\d{1,5}\s?[A-D]?|[A-D]))*,?"  # "17881 B", "5644B, C", "5646B, D,"
# a contents entry ends with page references after a leader of dots (or of the glyphs a PDF's leader becomes as
# text: middle dots, ellipses, replacement characters, as the Oireachtas reports read "Fire Service\ufffd\ufffd\ufffd 128"),
# a wide gap (a tab), one spaced dot, or with page-and-column references ("5644A": German and Austrian
# parliamentary records); a refs-only line is an entry's wrapped end
CONTENTS_ENTRY = re.compile(rf"(?:(?:\s?[.·…\ufffd]){{2,}}\s*|\s\.\s+|\S\s{{2,}}){PAGE_REFS}$|\s\d{{3,5}}\s?[A-D](?:\s*,\s*"
                            rf"(?:\d{{1,5}}\s?[A-D]?|[A-D]))*,?$|^\d{{3,5}}\s?[A-D],\s*{PAGE_REFS}$")
TITLE = re.compile(rf"^(?:{'|'.join(f'(?:{e})' for e in patterns('contents-title'))})\s*[:：]?$", re.I)

CONTENTS_MIN_LINES = 3  # one line ending in dots and a number may be a sum; a table of contents has several
CONTENTS_TAIL = 60  # characters: an entry's leader and page references ("  . . . .  17881 B") fit in them
ENTRY_ENDS = frozenset("0123456789ABCD,")
CONTENTS_ENTRY_CHARS = 50  # a contents entry is a heading or a name: half a line; hard-wrapped prose runs longer
CONTENTS_LINE_CHARS = 120  # a longer line ends a contents list: the text has begun
CONTENTS_RESTART = 3  # the body restarts with one of the lines this close before the contents title (the
# record's own title repeated), which ends the contents list
CONTENTS_WRAP = 3  # an entry's title wraps over at most this many lines before the line with its page numbers

def entries(lines: list[tuple[int, str]]) -> dict[int, str]:
    """Table-of-contents entries: runs of lines that end with page references after a leader ("Dr. Angela Merkel,
    Bundeskanzlerin . . . . 17881 B", "Lausen (SPD)    5644D", "Abstimmungen . . . . 5644C, 5645C"), from the
    first entry to the last with the wrapped first lines of the entries between, when a run holds several."""
    entry = [_entry(line) for _, line in lines]
    found: dict[int, str] = {}
    run: list[int] = []  # indexes of the current run
    entries = 0
    gap = 0  # lines since the run's last entry
    for index, is_entry in enumerate(entry + [False] * (CONTENTS_WRAP + 1)):
        if is_entry:
            run.append(index)
            entries += 1
            gap = 0
            continue
        gap += 1
        if gap > CONTENTS_WRAP or index >= len(lines):
            if entries >= CONTENTS_MIN_LINES:
                last = max(i for i in run if entry[i])
                found.update({lines[i][0]: "table of contents" for i in run if i <= last})
            run, entries, gap = [], 0, 0
            continue
        if run and index < len(lines):  # a run opens with an entry: the lines before it are the header's
            run.append(index)
    return found


def _entry(line: str) -> bool:
    """A line that ends like a contents entry: page references at its end (looked for only in its last
    characters, and only when it ends with a digit, a column letter or a comma)."""
    return line[-1:] in ENTRY_ENDS and bool(CONTENTS_ENTRY.search(line[-CONTENTS_TAIL:]))


def titled(lines: list[tuple[int, str]]) -> dict[int, str]:
    """A table of contents under its title ("CONTENTS", "TABLE DES MATIÈRES", "Inhalt"), before the first turn:
    the short lines after the title up to where the body restarts with the record's own title (a line that
    stood just before the contents title) or a long line.  The entries must be short, like headings and names, or
    the lines are text that happens to follow a "Contents" line."""
    title = next((i for i, (_, line) in enumerate(lines) if TITLE.match(line.strip())), None)
    if title is None:
        return {}
    near = {line.strip().casefold() for _, line in lines[max(0, title - CONTENTS_RESTART):title]}
    end = title + 1
    while end < len(lines) and len(lines[end][1]) <= CONTENTS_LINE_CHARS \
            and lines[end][1].strip().casefold() not in near:
        end += 1
    entries = sorted(len(line.strip()) for _, line in lines[title + 1:end])
    if len(entries) < CONTENTS_MIN_LINES or end == len(lines) or entries[len(entries) // 2] > CONTENTS_ENTRY_CHARS:
        return {}
    return {at: "table of contents" for at, _ in lines[title:end]}

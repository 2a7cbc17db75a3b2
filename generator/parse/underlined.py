"""Headings underlined with a line of punctuation (part of stage 2, clean; before the label parser).

reStructuredText and Markdown mark a heading by the line under it (and, in reStructuredText, perhaps the line
over it too): ``7 March 2024`` / ``============``, ``Questions From Counsel to the Inquiry`` / ``^^^^^^^^^``.
Read as text, the title becomes a line of the speech around it and the underline a paragraph of its own.
``headings(text)`` writes each such heading as a Markdown heading line (``## 7 March 2024``) and blanks its
underline and overline, line for line (line numbers stay true), so the parser reads a heading between turns.

In: the text.  Out: the text, with its underlined headings marked.
"""

from __future__ import annotations

import regex as re

from . import labels

ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:._])\1{2,}[ \t]*$")  # one punctuation character repeated, three or more
HEADING_CHARS = 100  # a heading is one short line; a longer line over a rule is a paragraph and a separator
TITLE = re.compile(r"^\S.*\S$|^\S$")  # not indented (an indented line over a rule is a block quote's text)
# ``ADORNMENT`` on a line after a line end, searched in the whole text: the pattern opens with the line end, a literal
# character the regex engine skips ahead to (a test of each line is a Python step per line, nine times slower)
UNDERLINE = re.compile(r"\n" + ADORNMENT.pattern.removeprefix("^"), re.M)


def _underlines(text: str) -> list[int]:
    """The indexes (from 1) of the lines of ``text`` that ``ADORNMENT`` matches, in order."""
    found, line, at = [], 0, 0
    for match in UNDERLINE.finditer(text):
        line += text.count("\n", at, match.start() + 1)
        at = match.start() + 1
        found.append(line)
    return found


def headings(text: str) -> str:
    """``text`` with its underlined headings written as ``## title`` lines (see the module's description)."""
    unders = _underlines(text)
    if not unders:
        return text
    lines = text.split("\n")
    changed = False
    for index in unders:  # (a line no rule under a title: none of the tests below is asked of it)
        title = lines[index - 1].rstrip()
        if not TITLE.match(title) or len(title) > HEADING_CHARS or ADORNMENT.match(title) \
                or len(lines[index].rstrip()) < len(title) or title.startswith("#") or _spoken(title):
            continue
        above = index - 2
        if above >= 0 and lines[above].strip() and not (ADORNMENT.match(lines[above])
                                                        and lines[above][0] == lines[index][0]):
            continue  # the last line of a paragraph over a rule: a separator, not a heading
        if above >= 0 and lines[above].strip():
            lines[above] = ""  # the overline of a reStructuredText title
        lines[index - 1], lines[index] = f"## {title}", ""
        changed = True
    return "\n".join(lines) if changed else text


def _spoken(line: str) -> bool:
    """A line that opens with a label and its words: a turn over a rule, never a heading."""
    found = labels.candidate(line)
    return bool(found and found.rest)

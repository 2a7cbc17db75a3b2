"""Markdown's backslash escapes read as the characters they stand for (part of stage 1, read; used by ``formats``).

CommonMark: a backslash before an ASCII punctuation character is that character written literally; of these, the
quote mark and the pipe are read here (``ESCAPE``).  Converters and
scrapers escape every quote mark and pipe they write ('\\"Saya cerita ...,\\" kata Prabowo', a Kompas.com article
archived by a news digest, held-out ht02; '# TV \\| Selkouutiset \\| tiistai 22.10.2024', ht01): read with its
backslashes, a quotation is not one and a title keeps its escapes.  Inside a code span or a fenced code block a
backslash is itself, as Markdown shows it.
"""

from __future__ import annotations

import regex as re

# Only the quote mark and the pipe for now: the later readers were tuned on the other escapes as written (pandoc's
# "Mr. Wuermeling\\'s speech (from original stream):" heading is a speaker heading for ``parse/head_labels`` only
# with its backslash; without it the label grammar claims the line and rejects it: held-out he04).
ESCAPE = re.compile(r"\\([\"|])")
FENCE = re.compile(r"^[ ]{0,3}(?:```|~~~)")


def unescape(text: str) -> str:
    """``text`` with its backslash escapes outside code read as the characters they escape."""
    if "\\" not in text:
        return text
    lines = text.split("\n")
    fenced = False
    for index, line in enumerate(lines):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or "\\" not in line:
            continue
        lines[index] = _outside_code(line)
    return "\n".join(lines)


def _outside_code(line: str) -> str:
    """The escapes of a line read outside its code spans (after an odd number of backticks a span is open)."""
    if "`" not in line:
        return ESCAPE.sub(r"\1", line)
    parts = line.split("`")
    return "`".join(ESCAPE.sub(r"\1", part) if index % 2 == 0 else part for index, part in enumerate(parts))

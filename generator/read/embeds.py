"""Embedded media and scripts in Markdown (part of stage 1, read; used by ``formats``).

An ``<iframe>``, ``<video>``, ``<audio>``, ``<object>``, ``<embed>``, ``<script>`` or ``<style>`` written into a
Markdown transcript holds no words of it (a player, a page's code).  Each is taken out only as far as its own element
goes, and every piece taken out is listed with its reason:

* a tag closed by itself (``<iframe src=... />``: flashcard decks exported from Anki put one after every card's
  sentence) or an ``<embed>`` (an element with no content in HTML): the tag alone;
* an element with its closing tag before the next opening of the same kind: the tag, its content and the closing;
* an ``<iframe>``, ``<video>``, ``<audio>`` or ``<object>`` that is never closed: the opening tag alone (what
  follows it is the document's text: a browser would hide it, but no reader of a transcript means it so);
* a ``<script>`` or ``<style>`` that is never closed: the tag and its code to the end of its paragraph (a blank
  line), where prose begins again.

A tag written as code is text, as Markdown shows it: inside a code span ("`<script async>` was a non-start") or a
fenced code block (committee notes quote markup so: tc39/notes).

Before (round 10), an opening with no closing tag took everything to the end of the text with it, unlisted: 32 KB
of a talk's flashcards after the first card's self-closed ``<iframe ... />`` (held-out ht05).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex as re

from ..model import Removal
from . import data_files

TAGS = ("iframe", "video", "audio", "object", "embed", "script", "style")
VOID = frozenset({"embed"})  # HTML elements with no content and no closing tag
CODE = frozenset({"script", "style"})  # content that is code: an unclosed one runs to the end of its paragraph
# A tag: its name, then attributes up to the first ">" with no "<" before it (an attribute may span lines, as the
# flashcards' iframes do, but a "<" is the start of other markup: the tag was never finished).
OPEN = re.compile(rf"<(?P<tag>{'|'.join(TAGS)})\b(?P<attrs>[^<>]*)>", re.I)
CLOSE = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in TAGS}
# An opening tag is markup when its attributes are written as attributes: none, or at least one "name=value", or bare
# words that are boolean attributes (``data/html-boolean-attributes.txt``).  "<audio quality was a bit rough>" is a
# note in angle brackets, kept as text.
BOOLEAN = frozenset(word for word in data_files.lines("html-boolean-attributes.txt") if word)
PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
FENCE = re.compile(r"^[ ]{0,3}(?:```|~~~)", re.M)

REASON = "embedded media or script markup (a player, a page's code): no words of the transcript"
UNCLOSED_REASON = ("embedded media tag never closed: the tag alone is taken out, the text after it is the "
                   "document's")
UNCLOSED_CODE_REASON = "script or style never closed: taken out to the end of its paragraph"


def strip(text: str) -> tuple[str, list[Removal]]:
    """``text`` without its embedded media and scripts, and what was taken out (line numbers from 1)."""
    if "<" not in text:
        return text, []
    openings = [m for m in OPEN.finditer(text) if _markup(m.group("attrs")) and not _as_code(text, m.start())]
    if not openings:
        return text, []
    closings = {tag: [m.span() for m in CLOSE[tag].finditer(text)] for tag in {m.group("tag").lower() for m in openings}}
    starts = {tag: [m.start() for m in openings if m.group("tag").lower() == tag] for tag in closings}
    out: list[str] = []
    removed: list[Removal] = []
    position = 0
    for opening in openings:
        if opening.start() < position:
            continue  # inside an element already taken out
        end, reason = _extent(text, opening, closings, starts)
        out.append(text[position:opening.start()])
        removed.append(Removal(text.count("\n", 0, opening.start()) + 1, text[opening.start():end].strip(), reason))
        position = end
    return "".join(out) + text[position:], removed


def _extent(text: str, opening: re.Match, closings: dict[str, list[tuple[int, int]]],
            starts: dict[str, list[int]]) -> tuple[int, str]:
    """Where the element opened by ``opening`` ends, and the reason it is taken out: its closing tag counts when it
    comes before the next opening of the same kind (``closings``, ``starts``: every one in the text, in order)."""
    tag = opening.group("tag").lower()
    if tag in VOID or opening.group("attrs").rstrip().endswith("/"):
        return opening.end(), REASON
    ends = closings[tag]
    index = bisect_left(ends, (opening.end(), 0))
    if index < len(ends):
        later = bisect_right(starts[tag], opening.start())
        if later == len(starts[tag]) or starts[tag][later] >= ends[index][0]:
            return ends[index][1], REASON
    if tag in CODE:
        blank = PARAGRAPH_END.search(text, opening.end())
        return (blank.start() if blank else len(text)), UNCLOSED_CODE_REASON
    return opening.end(), UNCLOSED_REASON


def _markup(attributes: str) -> bool:
    """Whether an opening tag's attribute text is attributes, not words in brackets: none, a "name=value" among
    them, or bare words that are boolean attributes (``BOOLEAN``)."""
    attributes = attributes.strip().removesuffix("/")
    return "=" in attributes or all(word.casefold() in BOOLEAN for word in attributes.split())


def _as_code(text: str, at: int) -> bool:
    """Whether position ``at`` is inside a code span of its line (an odd number of backticks before it) or inside
    a fenced code block (an odd number of fence lines before it)."""
    line_start = text.rfind("\n", 0, at) + 1
    return text.count("`", line_start, at) % 2 == 1 or len(FENCE.findall(text, 0, line_start)) % 2 == 1

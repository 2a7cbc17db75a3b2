"""A pre-test for the notes of the record inside a block of the dialogue (part of stage 2, clean).

``clean._notes_apart`` reads each line of a dialogue block for a note (``clean_rules.note_spans``), a direction after
the last words (``clean_rules.trailing_note``) and a heading (``clean_rules.heading_at``): a Python step per line,
for 36,000 blocks on 83 real transcripts of which 97% hold none.  ``may_hold_note(text)`` answers for the whole
block with a few searches of its text; a block it turns down is left whole, as those rules would leave it.

In: a block's text.  Out: whether a line of it may be a note, end with one or be a production marker.
"""

from __future__ import annotations

import regex as re
from bisect import bisect_right

from .clean_rules import NOTE_LINES, _any

# A dialogue block: can any of its lines open a note (``_note_end``), end with a
# direction (``trailing_note``) or be a production marker (``heading_at`` without the document's headings)?  A few
# searches of the block's text instead of a Python step per line.  It is no narrower than the rules it guards:
# * a bracketed direction, one line or wrapped over up to ``NOTE_LINES``, ends on a line whose end (spaces taken
#   off) is a closing bracket, maybe with a full stop, full-width in Chinese and Japanese ("（拍手）",
#   ``BRACKETED``; the closing line of ``_note_end``), and so
#   does a line that ``trailing_note`` cuts (``INLINE_NOTE``): ``CLOSING_LINES`` find every such line end.  The
#   direction holds a letter (``WORD``; ``_inline_note`` reads its letters): on the closing line before the
#   bracket, or, wrapped, on a line before it, which then opens the direction with a bracket within
#   ``NOTE_LINES - 1`` lines above (a mission transcript's time code "[00:00:28:53]" alone has neither);
# * every other note opens, spaces taken off, with one of "_#*" (an editorial field, a comment, italics) or is a
#   whole procedure line; a production marker is a whole line of its own: ``NOTE_LINES_OPENING`` read each line between
#   the line ends around it ("\n" + text + "\n"), with the spaces ``str.strip`` takes off (``[^\S\n]``, any
#   space but a line end) around it, so a line that one of those tests accepts alone is a match.
# A block with no match is left whole by ``clean._notes_apart``, as those rules would leave it.
# (each pattern opens with a literal character, which the regex engine skips ahead to: one alternation of them all,
# or a pattern opening with a class of characters, is tried at every position, ten times slower)
CLOSING_LINES = (re.compile(r"\)\.?[^\S\n]*$", re.M), re.compile(r"\]\.?[^\S\n]*$", re.M),
                 re.compile(r"）。?[^\S\n]*$", re.M))  # Chinese and Japanese notes close with a full-width bracket
LETTER = re.compile(r"[^\W\d_]")  # every character ``str.isalpha`` accepts (and a few more: "²")
OPENING = re.compile(r"[^\S\n]*[(\[（]")  # a line that opens with a bracket, spaces taken off
NOTE_LINES_OPENING = (
    re.compile(r"\n[^\S\n]*[_#*]"),
    re.compile(rf"\n[^\S\n]*(?:{_any('procedure')})[^\S\n]*\n", re.I),
    re.compile(rf"\n[*_#\s]*(?:{_any('production-marker')})[*_\s]*\n", re.I))


def may_hold_note(text: str) -> bool:
    """Whether a line of ``text`` (a block) may be a note, end with one or be a production marker (see above)."""
    for bracket, closing in zip(")]）", CLOSING_LINES):
        if bracket in text and any(_closes_direction(text, m.start()) for m in closing.finditer(text)):
            return True
    framed = f"\n{text}\n"
    return any(pattern.search(framed) for pattern in NOTE_LINES_OPENING)


def _closes_direction(text: str, end: int, first: int = 0) -> bool:
    """The line of ``text`` whose closing bracket stands at ``end`` may close a direction: a letter before the bracket
    on its line, or a line that opens with a bracket among the ``NOTE_LINES - 1`` lines above it (from ``first`` on,
    where its block starts)."""
    start = text.rfind("\n", 0, end) + 1
    if LETTER.search(text, start, end):
        return True
    for _ in range(NOTE_LINES - 1):
        if start <= first:
            return False
        start = text.rfind("\n", 0, start - 1) + 1
        if OPENING.match(text, start):
            return True
    return False


def noted(texts: list[str]) -> set[int]:
    """Indexes of the ``texts`` (a document's blocks, in order) that may hold a note: each text ``may_hold_note``
    accepts, and maybe a few more.  The same patterns, searched over the texts joined by line ends (once for the
    document instead of once for each block): a line's match is found where it was (a closing line looks for its
    opening bracket in its own block, as in ``may_hold_note``).  After a block's first match of an
    opening pattern the search goes on at the next block, so no match that runs on past a block's end hides the next
    block's own."""
    joined = "\n" + "\n".join(texts) + "\n"
    starts, at = [], 1
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    found: set[int] = set()
    for bracket, closing in zip(")]）", CLOSING_LINES):
        if bracket in joined:
            found.update(index for m in closing.finditer(joined)
                         if _closes_direction(joined, m.start(), starts[index := bisect_right(starts, m.start()) - 1]))
    for pattern in NOTE_LINES_OPENING:
        at = 0
        while (match := pattern.search(joined, at)) is not None:
            index = bisect_right(starts, match.start() + 1) - 1  # (the match opens with the line end before the line)
            found.add(index)
            if index + 1 >= len(texts):
                break
            at = starts[index + 1] - 1
    return found

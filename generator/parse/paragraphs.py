"""Paragraphs and their segments: the text of one block split into paragraphs (lines, or the lines of a hard-wrapped
document joined), and each paragraph into a leading time code, text and stage directions ("(laughter)", "[in
Russian]", "(through an interpreter)").

In: a block's text (and the document's wrap width, ``wrap_width``).  Out: paragraph strings; ``Paragraph`` tuples of
``Segment``.  Used by ``turns`` for every turn's text.
"""

from __future__ import annotations

import regex as re
from itertools import chain

from . import labels, layouts
from ..model import Block, Paragraph, Segment, SegmentKind

LANGUAGES = (r"Russian|English|French|German|Spanish|Arabic|Chinese|Mandarin|Cantonese|Japanese|Korean|Italian|"
             r"Portuguese|Ukrainian|Polish|Turkish|Persian|Farsi|Hebrew|Hindi|Urdu|Greek|Dutch|Swedish|"
             r"Norwegian|Danish|Finnish|Czech|Serbian|Croatian|Romanian|Hungarian|Bulgarian|Vietnamese|Thai|"
             r"Indonesian|Malay|Tagalog|Swahili|Pashto|Dari|Kurdish|Armenian|Georgian|Azerbaijani|Kazakh|"
             r"Uzbek|Belarusian|Latin|a foreign language|foreign language")
DIRECTION = re.compile(
    r"[(\[]\s*(?:(?:(?:sustained|loud|some|light|brief|prolonged|scattered|general|more) )?(?:laughter|laughs|laughing|applause|inaudible|unintelligible|indiscernible|crosstalk|"
    r"cross-talk|cross talk|off[- ]mic(?:rophone)?|pause|pauses|silence|sighs|chuckles|booing|boos|cheers|"
    r"cheering|music|bell rings|interruption|interrupted|coughs|recess|break|commercial break|"
    rf"end of (?:transcript|recording|video)|audio (?:gap|cut|ends)|technical difficulties|sic)\b[^)\]\n]{{0,40}}+|"
    rf"(?:speaks |speaking |answers |replies |asks |continues )?in (?:{LANGUAGES})\b[^)\]\n]{{0,40}}+|"
    rf"(?:through|via) (?:an |the )?(?:interpreter|translator|translation)[^)\]\n]{{0,30}}+)\s*[)\]]",
    re.I,
)
TERMINAL = re.compile(r"[.!?:;,…\"”')\]]$")
SPACE_RUN = re.compile(r"[ \t]{2,}")


def segments(text: str) -> Paragraph:
    """Split one paragraph into a leading time code, text and stage-direction segments."""
    time = layouts.TURN_TIME.match(text)
    if not time and "(" not in text and "[" not in text:  # no stage direction (each opens with a bracket)
        text = text.strip()
        return (Segment(SegmentKind.TEXT, text),) if text else ()
    directions = DIRECTION.finditer(text)
    if not time:
        first = next(directions, None)
        if first is None:  # brackets but no stage direction: one text segment, stripped (as ``_tidy`` makes it of
            text = text.strip()  # the text alone), made once
            return (Segment(SegmentKind.TEXT, text),) if text else ()
        directions = chain((first,), directions)
    parts: list[Segment] = []
    position = 0
    if time:
        parts.append(Segment(SegmentKind.TIME, time.group(0).strip()))
        position = time.end()
    for match in directions:
        if match.start() > position:
            parts.append(Segment(SegmentKind.TEXT, text[position:match.start()]))
        parts.append(Segment(SegmentKind.DIRECTION, match.group(0)))
        position = match.end()
    if position < len(text):
        parts.append(Segment(SegmentKind.TEXT, text[position:]))
    return _tidy(parts)


def _tidy(parts: list[Segment]) -> Paragraph:
    """Trim the outer spaces of a paragraph's segments; drop empty ones."""
    if parts and parts[0].kind is SegmentKind.TEXT:
        parts[0] = Segment(SegmentKind.TEXT, parts[0].text.lstrip())
    if parts and parts[-1].kind is SegmentKind.TEXT:
        parts[-1] = Segment(SegmentKind.TEXT, parts[-1].text.rstrip())
    return tuple(p for p in parts if p.text)


def wrap_width(blocks: list[Block]) -> int | None:
    """The width a hard-wrapped document was broken at, or None when lines are paragraphs."""
    lengths = sorted(len(line) for b in blocks for line in b.text.split("\n")[:-1] if "\n" in b.text)
    if len(lengths) < 5:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if width * 0.6 <= n <= width * 1.05)
    return width if 40 <= width <= 130 and near / len(lengths) >= 0.7 else None


def paragraphs(text: str, width: int | None, indent: int = 0) -> list[str]:
    """Paragraph strings of one block.

    Lines are paragraphs, except in a hard-wrapped document (``width``), where a line joins the
    next unless it ends a sentence well short of the width; a line holding only a time code
    belongs to the paragraph after it.
    """
    if "\n" not in text:  # one line: one paragraph (most blocks of a dialogue), not joined or measured
        line = text.strip()
        return [SPACE_RUN.sub(" ", line) if "  " in line or "\t" in line else line] if line else []
    lines = [SPACE_RUN.sub(" ", line) if "  " in line or "\t" in line else line
             for line in map(str.strip, text.split("\n"))]  # (most lines have no run: not scanned)
    joined: list[list[str]] = []  # the lines of each paragraph, joined at the end (adding to a string is quadratic)
    previous = ""
    for number, line in enumerate(line for line in lines if line):
        ends_paragraph = not width or (len(previous) < width * 0.75 and TERMINAL.search(previous))
        if joined and (labels.time_only(previous) or not ends_paragraph):
            joined[-1].append(line)
        else:
            joined.append([line])
        previous = " " * indent + line if number == 0 else line  # the first line shares its width with the label
    return [" ".join(paragraph) for paragraph in joined]

"""A name, a time code, then the colon: "Danny 7:18: Okay, welcome" (the shape registered in ``label_rules.SHAPES``).

Call notes that link each turn's time to the recording write it so ("**Danny** [7:18](https://www.youtube.com/
watch?v=...&t=438s): Okay, welcome"; ethereum/pm All Core Devs notes, ethcatherders/EIPIP meetings): once the
Markdown is read the link is its text ("Danny 7:18: Okay"), as on a web page copied as text or an HTML page whose
time is an ``<a>``.  A time in brackets before the colon is already the colon shape's note ("Anna [00:41]: Yes").
Style "colon": the shape alone proves nothing, ``labels.accept_labels`` asks the document to use it as its labels
(a colon label with a time code, written at least twice).
"""

from __future__ import annotations

import regex as re

from . import vocab
from .label_rules import SHAPES, TIMESTAMP, ShapeRule

BOLD_END = r"(?:\*\*|__|</strong>|</b>)?"
TIME_COLON_LABEL = re.compile(
    rf"^(?P<label>[^\W\d_][\w'’.\-]*(?:[ ][\w'’.\-]+){{0,4}}?){BOLD_END}[ \t]+"
    rf"(?P<time>{TIMESTAMP}){BOLD_END}[ \t]*:(?:[ \t]+(?P<rest>\S.*)|[ \t]*$)", re.S)
# The cheap test: a time code closed by a colon within a label's reach of the line start (a name of at most
# ``labels.LABEL_MAX_CHARS`` and a time code); a line with a clock time further on is not scanned to its end.
TIME_COLON_HINT = re.compile(rf"\d:\d\d(?:[.,]\d{{1,3}})?{BOLD_END}[ \t]*:(?:\s|$)")
TIME_COLON_SPAN = 80
# A schedule's line, not a speaker: a weekday's name (``data/date-words.txt``, section weekday) before the time
# ("Monday 10:00: Deploy New Model").
WEEKDAYS = frozenset(w.casefold() for s, line in vocab.sections("date-words.txt") if s == "weekday" for w in line.split())


def _may_be_time_colon(text: str) -> bool:
    return ":" in text and TIME_COLON_HINT.search(text, 0, TIME_COLON_SPAN) is not None


def _time_colon_parts(match: re.Match) -> dict | None:
    """A speaker, not a date: "Monday 10:30: Opening" is a schedule.  The name's case proves nothing (call notes
    write handles as they are typed: "stokes 1:18:26:", "ethDreamer 35:35:", "iPhone 28:39:"): the document's
    evidence decides (``labels.accept_labels``)."""
    if any(word.casefold() in WEEKDAYS for word in match.group("label").split()):
        return None
    return match.groupdict()


# after the colon shapes (which read "Anna [00:41]:" and "Anna (00:41):" with the time as a note): only a line they
# leave is tried
SHAPES.register(ShapeRule("colon", TIME_COLON_LABEL, _may_be_time_colon, _time_colon_parts), "time-colon", 77)

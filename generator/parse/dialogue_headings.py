"""Headings in capitals inside a dialogue, and the registry of a dialogue's heading lines (``DIALOGUE_HEADINGS``).

In: the lines of a document's blocks, the accepted label keys.  Out: the lines in capitals that head its sections
(``capitals_headings``), whether a line is a heading (``heading_at``).  Split from ``clean_rules`` (which
re-exports every name) along meaning; no behaviour changed.
"""

from __future__ import annotations

import regex as re
from collections import Counter

from . import labels
from .clean_rules import PROCEDURE, _any
from .rules import Registry, Rule

# Headings in capitals inside a dialogue: records that print their section headings in capitals on a line of
# their own between the speeches (Canadian Hansard "ROUTINE PROCEEDINGS", "GOVERNMENT RESPONSE TO PETITIONS";
# Congressional Record bill titles).  The document's own evidence decides: several distinct such lines, each
# alone after a finished paragraph.  The cleaner sets each on a block of its own, marked as a heading, so the
# turn parser makes it a heading turn instead of words of the speech before it.  Never a label line, a note of
# the record ("DIRECT EXAMINATION"), a line inside a paragraph, or a name repeated line after line (a
# script's speaker lines in capitals).
HEADING_CHARS = 80  # a section heading is a short line; a longer line in capitals is a shouted sentence or a title page
HEADING_WORDS = 12  # the same, counted in words
HEADINGS_MIN = 3  # one or two lines in capitals may be a speaker shouting; three distinct ones are the record's headings
HEADINGS_DISTINCT = 0.5  # at least half of them distinct: a line in capitals repeated over and over is a speaker's name
PARAGRAPH_END = re.compile(r"[.!?…\"”’')\]:;]\s*$|^\s*(?:\*\s*){3}$")  # a finished paragraph, or a "* * *" separator


def _capitals_line(line: str) -> bool:
    text = line.strip()
    if not 3 <= len(text) <= HEADING_CHARS or not text[0].isalpha() or text != text.upper():  # cheap tests first
        return False
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 4 and all(c.isupper() for c in letters) and len(text.split()) <= HEADING_WORDS
            and not text.endswith((".", ":", "!", "?", ",", ";")))


def _alone(lines: list[str], index: int, accepted: frozenset[str]) -> bool:
    """``lines[index]`` is a heading by its shape and place: capitals, alone after a finished paragraph (or the
    block's start, or another such line), not a label the document uses, not a note of the record."""
    line = lines[index]
    if not _capitals_line(line) or PROCEDURE.match(line.strip()):
        return False
    found = labels.candidate(line)
    if found and found.key in accepted:
        return False
    return index == 0 or bool(PARAGRAPH_END.search(lines[index - 1])) or _capitals_line(lines[index - 1])


def capitals_headings(blocks: list[list[str]], accepted: frozenset[str]) -> frozenset[str]:
    """The lines (stripped) that are this document's headings in capitals, or none when the document does not
    print its headings so (``HEADINGS_MIN`` distinct lines, ``HEADINGS_DISTINCT`` of them distinct)."""
    seen = Counter(lines[i].strip() for lines in blocks for i in range(len(lines)) if _alone(lines, i, accepted))
    if len(seen) < HEADINGS_MIN or len(seen) < HEADINGS_DISTINCT * sum(seen.values()):
        return frozenset()
    return frozenset(seen)


def _heading_rule(lines: list[str], index: int, accepted: frozenset[str], headings: frozenset[str]) -> bool:
    return lines[index].strip() in headings and _alone(lines, index, accepted)


# A part of a broadcast or a show named on a line of its own between the turns ("Opening Credits", "Commercial
# Break"): a heading of the transcript in any case, however the document prints its other headings.  The whole
# line must be the marker (a sentence that mentions the credits is speech), with no sentence's full stop ("Right. / Credits. / Niklas found the bug." is speech), and
# stand apart: after a finished paragraph, before a turn, a note or the block's end.
PRODUCTION_MARKER = re.compile(rf"^[*_#\s]*(?:{_any('production-marker')})[*_\s]*$", re.I)


def _marker_rule(lines: list[str], index: int, accepted: frozenset[str], headings: frozenset[str]) -> bool:
    if not PRODUCTION_MARKER.match(lines[index]) or index and not PARAGRAPH_END.search(lines[index - 1]):
        return False
    if index + 1 == len(lines) or lines[index + 1].lstrip().startswith(("[", "(")):
        return True
    found = labels.candidate(lines[index + 1])
    return bool(found and found.key in accepted)


DIALOGUE_HEADINGS = Registry("dialogue-headings")
DIALOGUE_HEADINGS.register(Rule(
    "capitals heading", 50, "speech", _heading_rule, None,
    "a section heading in capitals on a line of its own between speeches, in a record whose headings have that "
    "shape (Canadian Hansard 'ROUTINE PROCEEDINGS', 'GOVERNMENT RESPONSE TO PETITIONS')"))
DIALOGUE_HEADINGS.register(Rule(
    "production marker", 40, "speech", _marker_rule, None,
    "a part of a broadcast or a show on a line of its own between turns, from data/cleaning-vocabulary.txt "
    "(production-marker): TV fan transcripts' 'Opening Credits', 'Commercial Break' (fangj/friends)"))


def heading_at(lines: list[str], index: int, accepted: frozenset[str], headings: frozenset[str]) -> bool:
    """The line at ``index`` is one of the document's headings in capitals, standing where a heading stands."""
    line = lines[index]
    if (not headings or line.strip() not in headings) and not PRODUCTION_MARKER.match(line):
        return False  # (no rule of ``DIALOGUE_HEADINGS`` can fire: each needs the line among the headings, or a
        # production marker; the registry is not asked, for the lines of a record with headings either)
    rule, _ = DIALOGUE_HEADINGS.first("speech", lines, index, accepted, headings)
    return rule is not None

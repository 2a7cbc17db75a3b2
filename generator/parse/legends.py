"""A legend of the labels' codes before the dialogue (part of stage 3, the turns' speakers).

Research interviews, oral histories and meeting notes label their turns by codes and say once, before the
dialogue, whom each code stands for: ``Participants: AB = Anna Berg, TR = Tom Reyes``, ``I = Interviewer`` /
``B = Befragte`` / ``P = Protokollant`` on lines of their own (held-out hp01, a German research interview of the
divekit project; interview guides of qualitative research), ``Legend: Q = Question, A = Answer``.  ``names`` reads
the legend lines above the first labelled line: a line (after an optional lead-in word and colon) made wholly of
``CODE = Name`` pairs, each code a label the document accepts; each such code is that name from then on.  A pair
whose code the document never uses as a label is no legend of its labels (``x = 5`` in a note, an equation) and
is left alone.
"""

from __future__ import annotations

import re

from . import labels
from ..model import Source

LEAD_IN = re.compile(r"^[ \t]*(?:[-*][ \t]+)?(?:[^\W\d_][\w ]{0,30}:[ \t]*)?")  # "Participants: ", "Legende: "
PAIR = re.compile(r"(?P<code>[^\W_][\w.’']{0,11})[ \t]*=[ \t]*"
                  r"(?P<name>[^\W\d_][^,;=\n()]{0,60}?(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*(?:[,;][ \t]*|$)")
NAME_WORDS_MAX = 6  # a name, perhaps with a role: "Anna Berg (Moderatorin)"; a longer value is a sentence


def _pairs(line: str) -> list[tuple[str, str]]:
    """The line's ``CODE = Name`` pairs when the line is made of nothing else, else none."""
    at = LEAD_IN.match(line).end()
    found = []
    while at < len(line):
        m = PAIR.match(line, at)
        if not m or m.end() == at:
            return []
        found.append((m.group("code"), m.group("name").strip()))
        at = m.end()
    return found


def names(source: Source, accepted: frozenset[str], known: dict[str, str]) -> dict[str, str]:
    """``known`` (label key -> full name) with the names the legend above the first label of the ``source`` gives
    the accepted codes (``known`` wins where both name a code)."""
    text = source.text
    if "=" not in text:
        return known
    found: dict[str, str] = {}
    for line in text.split("\n"):
        if (c := labels.candidate(line)) and c.key in accepted and c.rest:
            break  # the dialogue began: a legend stands above it
        if "=" not in line:
            continue
        for code, name in _pairs(line):
            key = labels.label_key(code)
            if key in accepted and len(name.split()) <= NAME_WORDS_MAX and labels.label_key(name) != key:
                found.setdefault(key, name)
    return {**found, **known} if found else known

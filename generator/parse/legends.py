"""A legend of the labels' codes before the dialogue (part of stage 3, the turns' speakers).

Research interviews, oral histories and meeting notes label their turns by codes and say once, before the
dialogue, whom each code stands for: ``Participants: AB = Anna Berg, TR = Tom Reyes``, ``I = Interviewer`` /
``B = Befragte`` / ``P = Protokollant`` on lines of their own (held-out hp01, a German research interview of the
divekit project; interview guides of qualitative research), ``Legend: Q = Question, A = Answer``.  ``names`` reads
the legend lines above the first labelled line: a line (after an optional lead-in word and colon) made wholly of
``CODE = Name`` pairs, each code a label the document accepts; each such code is that name from then on.  A pair
whose code the document never uses as a label is no legend of its labels (``x = 5`` in a note, an equation) and
is left alone.

A legend may also be written in the labels' own shape, one code a line (``I: Interviewer`` / ``B: Befragte``): a
run of such lines at the head of the dialogue, each naming a code alone (a name of a few words, no sentence), each
code used again below as a label with speech, is a legend where the document says so: a lead-in line above it
(``Legende:``, ``Participants:``) or a dialogue whose turns stand apart, in blocks of their own, while the legend's
lines stand together (``colon_legend``).  Its lines are no turns: ``lifted`` takes them out of the dialogue, each
listed as removed with the reason.
"""

from __future__ import annotations

import re

from . import labels
from ..model import Removal, Source

LEAD_IN = re.compile(r"^[ \t]*(?:[-*][ \t]+)?(?:[^\W\d_][\w ]{0,30}:[ \t]*)?")  # "Participants: ", "Legende: "
PAIR = re.compile(r"(?P<code>[^\W_][\w.’']{0,11})[ \t]*=[ \t]*"
                  r"(?P<name>[^\W\d_][^,;=\n()]{0,60}?(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*(?:[,;][ \t]*|$)")
LEGEND_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*(?:[ ][\w'’.\-]+){0,3}$")  # a name alone: no sentence punctuation
LEAD_LINE = re.compile(r"^[ \t]*[^\W\d_][\w ]{0,30}:[ \t]*$")  # "Legende:", "Participants:" alone on its line
LEGEND_MIN = 2  # codes a colon legend names: one "B: Befragte" line is a turn, two codes make a dialogue's legend
APART_SHARE = 0.5  # the dialogue's turns stand in blocks of their own: this share of its labelled lines after a blank
REASON = "legend of the labels' codes: who each code stands for, not speech"
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
    found = {key: name for _, key, name in colon_legend(text.split("\n")) if key in accepted}
    if "=" not in text:
        return {**found, **known}
    for line in text.split("\n"):
        if (c := labels.candidate(line)) and c.key in accepted and c.rest:
            break  # the dialogue began: a legend stands above it
        if "=" not in line:
            continue
        for code, name in _pairs(line):
            key = labels.label_key(code)
            if key in accepted and len(name.split()) <= NAME_WORDS_MAX and labels.label_key(name) != key:
                found.setdefault(key, name)
    return {**found, **known}


def colon_legend(lines: list[str]) -> list[tuple[int, str, str]]:
    """(index, code's label key, name) of each line of the colon legend at the head of the dialogue, or none."""
    start = next((i for i, line in enumerate(lines) if line.strip() and ":" in line
                  and (c := labels.candidate(line)) and c.rest), None)
    if start is None:
        return []
    run = []
    for i in range(start, len(lines)):
        c = labels.candidate(lines[i]) if lines[i].strip() else None
        if not c or c.style != "colon" or c.note or not LEGEND_NAME.match(c.rest.strip()) \
                or labels.label_key(c.rest) == c.key or c.key in {k for _, k, _ in run}:
            break
        run.append((i, c.key, c.rest.strip()))
    end = start + len(run)
    if len(run) < LEGEND_MIN or end < len(lines) and lines[end].strip():
        return []
    later = [(i, c.key) for i in range(end, len(lines)) if ":" in lines[i] and (c := labels.candidate(lines[i]))
             and c.rest]
    if not later or not {k for _, k, _ in run} <= {k for _, k in later}:
        return []  # every code is a label of the dialogue below
    led = start > 0 and bool(LEAD_LINE.match(lines[start - 1]))
    apart = sum(1 for i, _ in later if not lines[i - 1].strip()) >= APART_SHARE * len(later)
    return run if led or apart else []


def lifted(lines: list[str], first_line: int, removed: list[Removal]) -> list[str]:
    """``lines`` with the colon legend's lines blank (each listed in ``removed``), or ``lines`` itself."""
    legend = colon_legend(lines)
    if not legend:
        return lines
    out = list(lines)
    for i, _, _ in legend:
        removed.append(Removal(first_line + i, lines[i].strip(), REASON))
        out[i] = ""
    return out

"""A legend of the labels' codes before the dialogue (part of stage 3, the turns' speakers).

Research interviews, oral histories and meeting notes label their turns by codes and say once, before the
dialogue, whom each code stands for: ``Participants: AB = Anna Berg, TR = Tom Reyes``, ``I = Interviewer`` /
``B = Befragte`` / ``P = Protokollant`` on lines of their own (held-out hp01, a German research interview of the
divekit project; interview guides of qualitative research), ``Speakers: Anna Berg (AB), Tom Reyes (TR)``,
``AB – Anna Berg``, ``Speakers: AB: Anna Berg; TR: Tom Reyes``.  ``names`` reads the legend lines above the first
labelled line: a line (after an optional bullet and lead-in word and colon) made wholly of pairs of a code and a
name (``PAIRS``), each code a label the document accepts; each such code is that name from then on.  A pair whose
code the document never uses as a label is no legend of its labels (``x = 5`` in a note, an equation) and is left
alone; a pair written with a dash, a colon or a bracket counts only where the legend names two codes or more.

A legend may also be written in the labels' own shape, one code a line (``I: Interviewer`` / ``B: Befragte``,
``AB – Anna Berg``, bulleted or not): a run of such lines at the head of the dialogue, each naming a code alone (a
name of a few words, no sentence, perhaps a role in brackets), each code used again below as a label with speech,
is a legend where the document says so: a lead-in line above it (``Legende:``, ``Participants:``) or a dialogue
whose turns stand apart, in blocks of their own, while the legend's lines stand together (``colon_legend``).  Its
lines are no turns: ``lifted`` takes them out of the dialogue, each listed as removed with the reason.
"""

from __future__ import annotations

import regex as re

from . import labels
from ..model import Removal, Source

BULLET = re.compile(r"^[ \t]*(?:[-*+•][ \t]+)?")
LEAD_IN = re.compile(r"[^\W\d_][\w ]{0,30}:[ \t]*(?=\S)")  # "Participants: ", "Legende: "
_CODE = r"(?:\*\*)?(?P<code>[^\W_][\w.’']{0,11})(?:\*\*)?"
_NAME = r"(?P<name>[^\W\d_][^,;=:\n()]{0,60}?)(?:[ \t]*\((?P<role>[^()\n]{1,40})\))?"
_END = r"[ \t]*(?:(?:[,;]|[ \t]and)[ \t]*|$)"
# The pairs of a legend line, by how the code and the name are joined; "=" is a legend's own sign, the others are
# read only where the legend names two codes or more (``STRONG``)
PAIRS = {
    "equals": re.compile(rf"{_CODE}[ \t]*=[ \t]*{_NAME}{_END}"),
    "dash": re.compile(rf"{_CODE}[ \t]+[–—-][ \t]+{_NAME}{_END}"),
    "colon": re.compile(rf"{_CODE}:[ \t]+{_NAME}{_END}"),
    "bracket": re.compile(rf"(?P<name>[^\W\d_][^,;=:\n()]{{0,60}}?)[ \t]*\((?P<code>[^()\s]{{1,12}})\){_END}"),
}
STRONG = "equals"
LEGEND_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*(?:[ ][\w'’.\-]+){0,3}$")  # a name alone: no sentence punctuation
# (a role in brackets after it is read off by the pair patterns: "AB: Anna Berg (host)")
LEAD_LINE = re.compile(r"^[ \t]*[^\W\d_][\w ]{0,30}:[ \t]*$")  # "Legende:", "Participants:" alone on its line
LEGEND_MIN = 2  # codes a colon legend names: one "B: Befragte" line is a turn, two codes make a dialogue's legend
APART_SHARE = 0.5  # the dialogue's turns stand in blocks of their own: this share of its labelled lines after a blank
REASON = "legend of the labels' codes: who each code stands for, not speech"
LEGEND_LINE_CHARS = 300  # a legend line names a few people; a longer line is a paragraph
NAME_WORDS_MAX = 6  # a name, perhaps with a role: "Anna Berg (Moderatorin)"; a longer value is a sentence


def _pairs(line: str) -> list[tuple[str, str, str]]:
    """The line's (kind, code, name) pairs when the line, after a bullet and a lead-in, is made of nothing else."""
    if len(line) > LEGEND_LINE_CHARS:
        return []
    start = BULLET.match(line).end()
    lead = LEAD_IN.match(line, start)
    for at in (start, lead.end()) if lead else (start,):
        for kind, pattern in PAIRS.items():
            found, here = [], at
            while here < len(line) and (m := pattern.match(line, here)) and m.end() > here:
                found.append((kind, m.group("code"), m.group("name").strip()))
                here = m.end()
            if found and here >= len(line.rstrip()):
                return found
    return []


def names(source: Source, accepted: frozenset[str], known: dict[str, str]) -> dict[str, str]:
    """``known`` (label key -> full name) with the names the legend above the first label of the ``source`` gives
    the accepted codes (``known`` wins where both name a code)."""
    if not accepted:
        return known  # (no labels: no codes to name)
    lines = source.text.split("\n")
    found = {key: name for _, key, name in colon_legend(lines) if key in accepted}
    pairs = []
    for line in lines:
        read = _pairs(line)
        read = read if len(read) >= LEGEND_MIN or read and read[0][0] == STRONG else []  # (one "A: Hello" is a turn)
        if not read and (c := labels.candidate(line)) and c.key in accepted and c.rest:
            break  # the dialogue began: a legend stands above it
        pairs += [(kind, labels.label_key(code), name) for kind, code, name in read]
    pairs = [(kind, key, name) for kind, key, name in pairs if key in accepted and labels.label_key(name) != key
             and len(name.split()) <= NAME_WORDS_MAX]
    for kind, key, name in pairs:
        if kind == STRONG or len({k for _, k, _ in pairs}) >= LEGEND_MIN:
            found.setdefault(key, name)
    return {**found, **known}


def _legend_line(line: str) -> tuple[str, str] | None:
    """(code's key, name) of a line written in the labels' shape that names a code alone, or None."""
    if not line.strip():
        return None
    pairs = _pairs(line)
    if len(pairs) != 1 or pairs[0][0] not in ("colon", "dash", STRONG) or not LEGEND_NAME.match(pairs[0][2]):
        return None
    return labels.label_key(pairs[0][1]), pairs[0][2]


def colon_legend(lines: list[str]) -> list[tuple[int, str, str]]:
    """(index, code's label key, name) of each line of the legend in the labels' shape at the head of the
    dialogue, or none."""
    start = next((i for i, line in enumerate(lines) if line.strip() and (":" in line or "-" in line or "–" in line
                  or "—" in line) and (c := labels.candidate(BULLET.sub("", line, count=1))) and c.rest), None)
    if start is None:
        return []
    run: list[tuple[int, str, str]] = []
    for i in range(start, len(lines)):
        read = _legend_line(lines[i])
        if not read or read[0] == labels.label_key(read[1]) or read[0] in {k for _, k, _ in run}:
            break
        run.append((i, *read))
    end = start + len(run)
    if len(run) < LEGEND_MIN or end < len(lines) and lines[end].strip():
        return []
    later = [(i, c.key) for i in range(end, len(lines)) if (c := labels.candidate(lines[i])) and c.rest]
    if not later or not {k for _, k, _ in run} <= {k for _, k in later}:
        return []  # every code is a label of the dialogue below
    above = next((lines[i] for i in range(start - 1, -1, -1) if lines[i].strip()), "")
    led = bool(LEAD_LINE.match(above))
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

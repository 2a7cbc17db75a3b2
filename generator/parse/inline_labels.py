"""Labels that stand where the label shapes do not look: inside a paragraph after OCR line joins, and before a
tight colon.

In: a document's lines and its accepted label keys.  Out:

* ``pattern(lines, accepted)`` -> the document's title-case labels as one pattern when they run inline (see
  ``INLINE_LABELS_MIN``), or None; ``cuts(line, pattern)`` -> where they start turns inside a line;
* ``candidate(text, accepted)`` -> the label that opens ``text``, an accepted one before a tight colon included.
"""

from __future__ import annotations

import bisect
import itertools
import regex as re
from dataclasses import replace
from typing import Iterable, Iterator

from . import labels, line_table, turn_rules

# Labels that run inline: OCR and copy-paste join a transcript's lines, so its labels stand inside the paragraphs
# ("... at all. Yeager: James French: Do you know ...").  A label in capitals after a sentence end is one anywhere
# (``labels.mid_labels``); one in title case ("French:") only where the document opens lines with it and
# writes it after a sentence end inside a paragraph at least this many times: the sign that its lines were
# joined.  Then every inline use of the label is a turn start (the joins lost the sentence end now and then:
# "... any of these French: ..."); in other documents "... in French: bonjour" is prose.
INLINE_LABELS_MIN = 5
# ... and as many as this share of its labels at line starts: a joined transcript has a fifth of its turns inline
# (an OCR'd oral history: 47 inline, 211 at line starts), a checklist read out in a mission log ("... Then
# select best OMNI. Panel 5: AC INVERTER ...") a few dozen mentions among 10,000 turns.
INLINE_LABELS_SHARE = 0.05
LETTER = re.compile(r"[^\W\d_]")  # a word before an inline label: a time code or markup alone is the line's opening
SENTENCE_END = frozenset(".!?…\"”)]")


def pattern(lines: list[str], accepted: frozenset[str]) -> re.Pattern | None:
    """The title-case labels of the document that run inline (``INLINE_LABELS_MIN``, ``INLINE_LABELS_SHARE``),
    as one pattern, or None."""
    openers = [c for c in line_table.candidates(lines) if c and c.key in accepted]
    forms, stops = _forms(openers)
    if not forms and not stops:
        return None
    text = "\n".join(lines)
    least = max(INLINE_LABELS_MIN, INLINE_LABELS_SHARE * len(openers))
    if _after_ends(text, _needles(forms, stops), least) < least:
        return None  # (too few labels stand after a sentence end for the pattern's matches to: it is not made)
    pattern = _compiled(forms, stops)
    after_end = sum(lines[index][m.start() - 1] in SENTENCE_END for index, m in _matches(lines, pattern, text))
    # (a full-stop label glued to the sentence before it starts where the match starts: that character ends it)
    if after_end < least:
        return None
    turn_rules.count(INLINE)
    return pattern


def _inline_pattern(openers: list[labels.LabelCandidate]) -> re.Pattern | None:
    """The title-case labels among ``openers`` (the accepted labels that open lines) as one pattern that finds them
    inside a line, or None."""
    forms, stops = _forms(openers)
    return _compiled(forms, stops) if forms or stops else None


def _forms(openers: list[labels.LabelCandidate]) -> tuple[set[str], set[str]]:
    """The title-case colon labels and full-stop labels among ``openers``, as written."""
    forms = {c.label for c in openers if c.style == "colon" and not labels.is_caps(c.label) and not c.note}
    # full-stop labels in title case ("M. le président.", "M. Clémenceau."), as OCR'd French records join them
    # into the paragraphs, at times with no space after the sentence end ("... aujourd'hui!M. le président. Il")
    stops = {c.label for c in openers if c.style == "period" and not labels.is_caps(c.label) and not c.note}
    return forms, stops


def _compiled(forms: set[str], stops: set[str]) -> re.Pattern:
    alternatives = []
    if forms:
        names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        alternatives.append(rf"(?<=\S)[ \t]+(?P<label>(?:{names}))[ \t]*:[ \t]+(?=\S)")
    if stops:
        names = "|".join(re.escape(f) for f in sorted(stops, key=len, reverse=True))
        alternatives.append(rf"(?:(?<=\S)[ \t]+|(?<=[.!?…»)\]]))(?P<stop>(?:{names}))\.(?=[ \t]+\S)")
    pattern = re.compile("|".join(alternatives))
    if len(_NEEDLES) >= NEEDLES_KEPT:
        _NEEDLES.clear()
    _NEEDLES[pattern] = _needles(forms, stops)
    return pattern


def _needles(forms: set[str], stops: set[str]) -> tuple[tuple[str, str], ...]:
    """Each label of the pattern of ``forms`` and ``stops``, with the characters that may stand before it in a match."""
    return tuple((f, " \t" + (".!?…»)]" if f in stops else "")) for f in sorted(forms | stops))


def _after_ends(text: str, needles: tuple[tuple[str, str], ...], most: int | None = None) -> int:
    """How many times a label of ``needles`` stands in ``text`` (the lines joined) after the character a match needs
    before it, with a sentence end before the match (before the spaces that open it): at least as many as the
    pattern's matches that stand after a sentence end (each holds its own label), so fewer than a threshold tell
    that the pattern need not be made and matched.  Counting stops at ``most``."""
    count = 0
    for label, befores in needles:
        at = text.find(label, 1)
        while at >= 0:
            if text[at - 1] in befores:
                start = at
                while start and text[start - 1] in " \t":  # (a match opens where the spaces before its label open)
                    start -= 1
                if start and text[start - 1] in SENTENCE_END:
                    count += 1
                    if most is not None and count >= most:
                        return count
            at = text.find(label, at + 1)
    return count


# Each pattern's needles: a label with the characters that may stand before it in a match (a space or a tab; for a
# full-stop label also a sentence end).  Every match holds one, so a line that holds none is not scanned.
_NEEDLES: dict[re.Pattern, tuple[tuple[str, str], ...]] = {}
NEEDLES_KEPT = 64  # patterns remembered: one or two per document, asked about while it is parsed


def _matches(lines: list[str], inline: re.Pattern, text: str | None = None) -> Iterator[tuple[int, re.Match]]:
    """(index of the line, match) of every match of ``inline`` in ``lines``, in order.  Only the lines that hold
    one of its needles are scanned (found by a literal search of the joined text, no line being scanned for the
    pattern at each of its characters): most lines of a dialogue hold a label only at their start."""
    needles = _NEEDLES.get(inline)
    if needles is None:  # (a pattern made before the table was emptied: every line scanned)
        indexes: Iterable[int] = range(len(lines))
    else:
        text = "\n".join(lines) if text is None else text  # (``text``: the lines joined, when the caller has them)
        hits = set()
        for label, befores in needles:  # (each label searched once, the character before it then read: a needle is
            at = text.find(label, 1)  # that character and the label, found where the label is)
            while at >= 0:
                if text[at - 1] in befores:
                    hits.add(at - 1)
                at = text.find(label, at + 1)
        if not hits:
            return
        starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        indexes = sorted({bisect.bisect_right(starts, at) - 1 for at in hits})
    for index in indexes:
        for m in inline.finditer(lines[index]):
            yield index, m


def left_inside(lines: list[str], accepted: frozenset[str]) -> list[tuple[int, str, int]]:
    """Accepted title-case labels still standing inside a line after a sentence end, where too few such uses made
    them a pattern (``pattern``): (index of the first line, the label, how many uses), so that no label the
    document uses is left inside speech without a word (issue 13, 4a: "... bancs à gauche.) M. Clémenceau. Il")."""
    openers = [c for c in line_table.candidates(lines) if c and c.key in accepted]
    forms, stops = _forms(openers)
    if not forms and not stops:
        return []
    text = "\n".join(lines)
    if not _after_ends(text, _needles(forms, stops), 1):
        return []  # (no label stands after a sentence end: the pattern is not made)
    inline = _compiled(forms, stops)
    found: dict[str, list[int]] = {}
    for index, m in _matches(lines, inline, text):
        line, name = lines[index], _group(m)
        if line[m.start() - 1] in SENTENCE_END and LETTER.search(line, 0, m.start(name)):
            found.setdefault(m.group(name), []).append(index)
    return [(uses[0], label, len(uses)) for label, uses in found.items()]


def cuts(line: str, inline: re.Pattern) -> set[int]:
    """Where the inline labels of ``pattern`` start turns inside ``line``: not the line's own opening label after
    its time code ("[00:00:04] Anna Berg: ...")."""
    return {start for m in inline.finditer(line) if LETTER.search(line, 0, start := m.start(_group(m)))
            and (_group(m) == "label" or line[m.start() - 1] in SENTENCE_END)}
    # (a full-stop label only after a sentence end: "La parole est à M. Dupont." names him)


def _group(match: re.Match) -> str:
    """The group that holds the label: "label" (a colon label) or "stop" (a full-stop label)."""
    return "label" if match.re.groupindex.get("label") and match.group("label") else "stop"


# A label written with no space after its colon ("Speaker 1:Yeah, I need ...", "答：Brink 最近 ..." where a
# full-width colon meets a Latin word): the label shapes want a space there (or a CJK character), since
# "Note:this" and "Re:Invent" are words; a label the document already uses opens a turn however tight its colon.
TIGHT_COLON = re.compile(r"^(?P<head>[^:\uff1a\n]{1,60})[:\uff1a](?=[^\W\d_])")


def candidate(text: str, accepted: frozenset[str]) -> labels.LabelCandidate | None:
    """The label that opens ``text`` (``labels.candidate``), or an accepted label before a tight colon."""
    return labels.candidate(text) or tight_label(text, accepted)


def tight_label(text: str, accepted: frozenset[str]) -> labels.LabelCandidate | None:
    """An accepted label before a tight colon that opens ``text`` (for a text that opens with no candidate)."""
    if ":" not in text and "\uff1a" not in text or not (tight := TIGHT_COLON.match(text)):
        return None  # (a text without a colon has no tight one: not matched)
    spaced = labels.candidate(f"{tight.group('head')}: {text[tight.end():]}")
    if not spaced or spaced.key not in accepted or spaced.style != "colon" or spaced.end <= tight.end():
        return None
    turn_rules.count(TIGHT)
    return replace(spaced, end=spaced.end - 1)  # (the offset in ``text``, without the added space)


INLINE = turn_rules.register("inline labels", 40, "label", pattern,
                             "OCR'd and pasted transcripts whose lines were joined: labels inside the paragraphs")
TIGHT = turn_rules.register("tight colon", 30, "label", candidate,
                            "a label the document uses written with no space after its colon")

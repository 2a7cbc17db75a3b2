"""Labels after a circle mark: Japanese and Korean assembly minutes (shape "marker", rule "marker-labels").

Japanese Diet, prefectural and municipal minutes open every statement with a circle, the speaker, a full-width space
and the speech, one statement a paragraph: an office with the person in full-width brackets ("○議長（清野一榮議員）
ただいまから…", "○市長（櫻田　宏）　…", "◯議長（奈良岡隆君）　…"), the person and the office in the bracket
("○（伊藤よしのり議長）　…"), a seat number before it ("○２２番（筒井たかひさ議員）　…"), or the name and office
written together ("○おのせ康裕議長　　…"); Korean National Assembly minutes write the office and the name after
"◯" and two spaces before the speech ("◯의장 문희상  의석을 정돈해 주시기 바랍니다").  No colon: the circle and
the space are the label's bounds.  The same circle opens the minutes' own headings ("○議事日程", "○本日の会議に付
した事件"), alone on their line with no speech after a space: those are no label.

The shape alone proves nothing (a memo's bullet list writes "○item　detail"): the document's own lines decide
(``marker_labels``): the circle lines recur, some speaker comes back and the speaker changes between them, as
statements of a sitting do; once the document writes its statements so, every circle label is a speaker, one
used once too (a member who asks one question).
"""

from __future__ import annotations

import regex as re
from collections import Counter

from . import vocab
from .label_rules import SHAPES, ShapeRule
from .label_seen import Evidence

MARKERS = "○◯〇"  # WHITE CIRCLE, LARGE CIRCLE, IDEOGRAPHIC NUMBER ZERO: the circles minutes print before a speaker
SPACE = "\u3000"  # the full-width space that ends a Japanese label
# The speaker: words with no space inside (single spaces between the words of a Korean office and name), perhaps a
# bracket after them (full-width or ASCII); then the full-width space, two spaces or a tab, or, after a bracket, one
# space ("○議長（緑川栄一君） 改めまして", minutes retyped with ASCII spacing); then the speech.
MARKER_LABEL = re.compile(
    rf"^[{MARKERS}](?P<head>[^\s（）()]{{1,20}}(?:[ ][^\s（）()]{{1,12}}){{0,2}})?"
    rf"(?:[（(](?P<bracket>[^（）()\n]{{1,30}})[）)])?"
    rf"(?:[{SPACE}\t]+|[ ]{{2,}}|(?<=[）)])[ ])(?P<rest>\S.*)$", re.S)
SEAT = re.compile(r"^[0-9０-９]{1,3}番$")  # a member's seat number before the bracket: "２２番"
PADDING = re.compile(rf"(?<=[^\x00-\x7f])[ {SPACE}]+(?=[^\x00-\x7f])")  # spaces justifying a name: "櫻田　宏"

MARKER_MIN_LINES = 3  # a sitting's minutes hold at least a few statements; two circle lines are a list
MARKER_MIN_SPEAKERS = 2  # ... by at least two speakers (the chair and someone)
MARKER_MIN_CHANGES = 1  # ... who take turns: the speaker changes between circle lines at least once
MARKER_MAX_SHARE_ONCE = 0.8  # some speaker comes back: at most this share of the circle labels are written once
# (a bullet list names each item once; a sitting's chair speaks again and again)


def _words(section: str) -> tuple[str, ...]:
    """The entries of a section of ``data/label-circle-words.txt``, longest first."""
    found = {word for name, entry in vocab.sections("label-circle-words.txt") if name == section for word in entry.split()}
    return tuple(sorted(found, key=len, reverse=True))


COURTESY = _words("courtesy")
OFFICES = _words("office")
NAME_MIN_CHARS = 2  # what is left of a label once an office is read off it must still be a name ("議長" alone stays)


def _person(text: str) -> str:
    """The name in a label: its courtesy ("清野一榮議員" -> "清野一榮") and an office written after it read off
    ("おのせ康裕議長" -> "おのせ康裕", "植竹貴副区長" -> "植竹貴"); a label that is an office only stays as written."""
    for ending in (COURTESY, OFFICES):
        word = next((w for w in ending if text.endswith(w) and len(text) - len(w) >= NAME_MIN_CHARS), None)
        if word:
            text = text[:-len(word)]
    return text


def _marker_parts(match: re.Match) -> dict | None:
    """The person is the label: the bracket's name after an office or a seat number ("議長（清野一榮議員）",
    "２２番（筒井たかひさ議員）"), or the name written with its office ("（伊藤よしのり議長）", "おのせ康裕議長").
    Spaces that justify a name are no part of it ("櫻田　宏")."""
    head, bracket = match.group("head"), match.group("bracket")
    if not head and not bracket:
        return None
    written = PADDING.sub("", bracket).strip() if bracket else head
    label = _person(written)
    return {"label": label, "rest": match.group("rest")}


def any_marker(ev: Evidence) -> bool:
    """Whether a line opens with a circle label (the rule's cheap test)."""
    return any(s.candidate.style == "marker" for s in ev.every)


def marker_labels(ev: Evidence, accepted: set[str]) -> set[str]:
    """Keys of the circle labels when the document writes its statements so (see the module's note)."""
    found = [s for s in ev.every if s.candidate.style == "marker"]
    counts = Counter(s.key for s in found)
    keys = [s.key for s in found]
    changes = sum(1 for a, b in zip(keys, keys[1:]) if a != b)
    once = sum(1 for n in counts.values() if n == 1)
    if (len(found) < MARKER_MIN_LINES or len(counts) < MARKER_MIN_SPEAKERS or changes < MARKER_MIN_CHANGES
            or once > MARKER_MAX_SHARE_ONCE * len(counts)):
        return set()
    return set(counts)


SHAPES.register(ShapeRule("marker", MARKER_LABEL, lambda t: t[:1] in MARKERS, _marker_parts, opens=MARKERS,
                          needs_only=True), "marker", 46)

from .label_evidence import EVIDENCE, EvidenceRule  # noqa: E402  (imported by label_evidence, after its registry)

EVIDENCE.register(EvidenceRule("marker-labels", any_marker, marker_labels), "marker-labels", 42.4)

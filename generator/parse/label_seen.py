"""What a document shows about its label-shaped line starts (part of label acceptance, ``label_evidence``).

``seen`` reads every line-start candidate once, with the markup and shape around it; ``evidence`` keeps the
shapes the document uses as a pattern (rarer shapes only when they recur, full-stop labels only as a pattern,
record lines only where they are the main shape) and counts them.  The rules that decide which keys are
labels read this ``Evidence``.
"""

from __future__ import annotations

import regex as re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from . import label_caps_alone, label_name_alone, labels as L, line_table
from .label_caps_alone import caps_alone
from .label_dash import announced, sitting_header
from .time_fields import clock_fields
from .label_rules import PERSON_NOTE

# Full-stop labels ("Mr. SMITH.") are a pattern only when the document writes at least this many distinct labels
# in that shape, one of them more than once: a repeated "OK. Sure." is one word, a hearing has several speakers.
PERIOD_MIN_LABELS = 2
# ... and when they are at least this share of the document's full-stop and colon labels (its main label shape):
# in a dialogue labelled "NAME:", lines that open "Senator Doe. ..." are sentences about the senator.
PERIOD_MIN_SHARE = 0.5
# The rarer shapes (full stop, bare "Q  text", full stop and dash, an IRC line "<nick> text") are a pattern only when the document writes at
# least this many lines in them: one "Q  text" line is an indented letter, a hearing writes dozens.
RARE_STYLE_MIN_LINES = 3
RARE_STYLES = frozenset({"period", "bare", "stop-dash", "caps-dash", "record", "bold", "role-stop", "role-period", "irc"})
# The full-stop labels: plain ("Mr. SMITH.", "The President."), and with a role after a comma ("Schmit, exercising
# President of the Council.", "Mme Agnès Buzyn, ministre de la santé."), which keep the role in their key.
PERIOD_STYLES = frozenset({"period", "role-stop", "role-period"})
# Turn record lines ("[4;16 de novembro de 1993;O señor PRESIDENTE]") are a document's labels only when more than
# this share of its label-shaped line starts are such lines: a pre-segmented export opens every turn with one.
RECORD_MAIN_SHARE = 0.5
# A name with a role after a comma, closed by a full stop ("Schmit, exercising President of the Council. The
# Council ...", style "role-stop") is a pattern only where one speaker's label stands this many times with the
# very same role: a verbatim report writes a speaker's label the same way each time, a sentence that opens
# "Yesterday, we met them." does not come back word for word.  Such a pattern makes the full-stop labels the
# document's own even where more lines open "Word:" (he10: "Subject:", "concretely:" once each), as long as no
# label of another shape recurs.  The uses are counted with the words after the label: a line that comes back word
# for word, its "speech" too, is a line repeated (an advertisement a radio stream airs again and again, "En Olmos,
# cada persona es una historia de desarrollo. Victor ..." three times; a refrain), not a speaker's turns.
ROLE_STOP_SAME_USES = 2
# A name with words in lower case may be a label only when fewer than this share of its words are in lower case: a
# misheard name ("Bryan Can trill") keeps most of its capitals; a phrase ("Next question", "Music playing") does not.
LOWERED_MAX_SHARE = 0.5


@dataclass(frozen=True)
class Seen:
    """A line-start candidate with what its line shows around the label (for comparing shapes)."""
    candidate: L.LabelCandidate
    index: int  # the line's position in the document
    markup: str  # the decoration before the label ("**", "#", "" ...)
    key: str = field(init=False)
    # What a document's labels share: style, markup, case, number of words, note, speech on the label's line,
    # time code, question number.
    shape: tuple = field(init=False)

    def __post_init__(self) -> None:
        c = self.candidate
        object.__setattr__(self, "key", c.key)
        style = "period" if c.style in PERIOD_STYLES else c.style  # (full-stop labels, with a role or not: one shape)
        object.__setattr__(self, "shape", _shape(c.label, style, self.markup, c.note is not None, bool(c.rest),
                                                 c.time is not None, c.numbered))

    @property
    def layout(self) -> tuple:
        """The shape without the words: style, markup, case, speech on the line, time code, question number."""
        return self.shape[:3] + self.shape[5:]


@lru_cache(maxsize=L.LABEL_KEY_CACHE)
def _shape(label: str, style: str, markup: str, note: bool, rest: bool, time: bool, numbered: bool) -> tuple:
    return (style, markup, L.letter_case(label), len(label.replace(".", ". ").split()), note, rest, time, numbered)


DECORATED = "#*_<"  # the first characters of a decoration (``labels.DECORATION``): other lines have none


def seen(lines: list[str], names_only: bool = True) -> list[Seen]:
    """Every line-start candidate of the document, in order (one pass over the lines); ``names_only``: without
    the shapes that are never a name and the labels that only introduce a web address."""
    return [Seen(c, index, L.DECORATION.match(line).group(0).strip() if line[:1] in DECORATED else "")
            for c, index, line in starts(lines, names_only)]


def starts(lines: list[str], names_only: bool = True):
    """(candidate, line index, line) of every line-start candidate, as ``seen`` reads them (without the shape a
    ``Seen`` records: a reader that keeps few of them makes no record of the others)."""
    skip = -1
    found = line_table.candidates(lines)  # (read once for the document's lines: clean made them from its blocks)
    for index, line in enumerate(lines):
        if index == skip:
            continue  # the second line of a wrapped label
        c = found[index]
        if c is None and (line[-1:].isalpha() or "(" in line) and (c := L.wrapped(lines, index)):
            skip = index + 1
        elif c is None and line[:1] in "*_":
            c = L.emph_line(line)  # "*Adam*": kept only as the document's pattern (``label_alone``)
        elif c is None and line[:1] == ">":
            c = L.quoted_label(line)  # "> *Głos z sali interrupts:* text"
        elif c is None and line[:1].isupper() and line.isupper():
            c = caps_alone(lines, index)  # "MODERADOR" / speech: kept only as the document's pattern
        elif c is None and line[:1].isupper() and len(line) <= label_name_alone.NAME_ALONE_MAX_CHARS:
            c = label_name_alone.name_alone(lines, index)  # "Roman Mars" / [time] / speech: the same, as a pattern
        if c and not (names_only and not _name_shaped(c)):
            yield c, index, line


def _name_shaped(c: L.LabelCandidate) -> bool:
    """Not a shape that is never a name (an office with its holder in brackets, a lower-case handle and a
    capitalised generic voice quoted as an interjection, "> *Głos z sali interrupts:*", may be one), not a label
    only markup bounds ("**qx()**:", read as a label by its layout alone: ``label_marked``), and not a label that
    only introduces a web address.  (A generic voice in other shapes keeps the old reading: "[Audience member]:" in
    a talk would take the speaker's answers after it, since a talk's speaker is not labelled.)"""
    return c.style != "marked" and not (
        (L.not_a_name(c.label) and not office_of(c) and not L.handle(c.label)
         and not (c.style == "quoted" and c.label[:1].isupper() and L.is_generic(c.label)))
        or c.rest[:1] in "hw" and L.URL_ONLY.match(c.rest))


def lowered_name(c: L.LabelCandidate) -> bool:
    """A name with a word in lower case, as speech-to-text and hurried editors write one ("Bryan Can trill", a
    misheard "Bryan Cantrill"), or a generic voice written in sentence case ("Audience member", "Unidentified
    speaker": ``label-generic.txt``): capitalised first and (a name) mostly, no two people, not too many words, speech after
    it.  Only a document that plainly uses it as a label makes it one (``label_evidence._lowered_names``)."""
    words = c.label.split()
    lower = [w for w in words if w[:1].islower() and w.casefold() not in L.PARTICLES]
    return (bool(lower) and bool(c.rest) and words[0][:1].isupper()
            and (len(lower) < LOWERED_MAX_SHARE * len(words) or L.is_generic(c.label))  # "Audience member"
            and len(words) <= L.LABEL_MAX_WORDS and not L.JOINT.search(c.label) and not L.URL_ONLY.match(c.rest))


def office_of(c: L.LabelCandidate) -> bool:
    """An office written with its holder's name in brackets ("The Secretary of State for Transport (Mr Paul
    Doe):"): a label, though the office has words in lower case."""
    if c.note and L.OFFICE_LABEL.match(f"{c.label} ({c.note}):") and PERSON_NOTE.match(c.note):
        return True  # "and" inside an office ("Foreign and Commonwealth Affairs") joins no two people
    return bool(c.note and L.HONORIFIC.match(c.note + " ") and c.label[:1].isupper() and not L.JOINT.search(c.label))


def _in_lower_case(label: str, lines: list[str]) -> bool:
    """The label's words stand in lower case in the text: a word ("Hey, Lenny." at each greeting), not a name."""
    word = re.compile(rf"(?<![\w-]){re.escape(L.label_key(label))}(?![\w-])")
    return any(word.search(line) for line in lines)


def _other_labels_recur(found: list[Seen]) -> bool:
    """A label of another shape than the full stop recurs: the document has a dialogue in that shape, and its
    full-stop lines must be its main shape to count (a podcast's "Awesome, okay." twice is no label)."""
    keys = Counter(s.key for s in found if s.candidate.style not in PERIOD_STYLES)
    return any(n >= 2 for n in keys.values())


def _role_stop_pattern(found: list[Seen], lines: list[str]) -> tuple[list[Seen], frozenset[str]]:
    """The "role-stop" candidates where one speaker's label recurs with the same role (``ROLE_STOP_SAME_USES``:
    their key holds the role) before different words, with the keys that do; elsewhere none of them (they are
    sentences)."""
    if not any(s.candidate.style == "role-stop" for s in found):
        return found, frozenset()
    uses = Counter(key for key, _ in {(s.key, s.candidate.rest.strip()) for s in found if s.candidate.style == "role-stop"})
    labels_of = {s.key: s.candidate.label for s in found if s.candidate.style == "role-stop"}
    roled = frozenset(key for key, n in uses.items() if n >= ROLE_STOP_SAME_USES
                      and not _in_lower_case(labels_of[key], lines))
    return (found if roled else [s for s in found if s.candidate.style != "role-stop"]), roled


@dataclass
class Evidence:
    """What one document shows about its label-shaped line starts."""
    lines: list[str]
    found: list[Seen]  # the candidates of the shapes the document uses as a pattern
    counts: Counter  # line starts (and labels inside paragraphs) per key
    inside: Counter  # labels standing inside paragraphs ("... away. COOPER: Do you"), per key
    timed_keys: set[str]
    plain: list[Seen]  # the candidates that are neither field keys nor collective labels
    bare: frozenset[int] = frozenset()  # the indexes of the lines that hold a candidate label alone
    lowered: list[Seen] = field(default_factory=list)  # names with a word in lower case (``lowered_name``)
    few: list[Seen] = field(default_factory=list)  # bare "Q text" lines, too few to be a pattern by themselves
    every: list[Seen] = field(default_factory=list)  # every line-start candidate, name-shaped or not (``label_marked``)

    def first_recurring(self, accepted: set[str]) -> int:
        """Line index of the first line opened by an accepted label that recurs (the dialogue's start)."""
        return next((s.index for s in self.found if s.key in accepted and self.counts[s.key] >= 2), len(self.lines))


def evidence(lines: list[str]) -> Evidence:
    """What the document shows: its candidates of the shapes it uses as a pattern, counted."""
    from .label_timed import timed_keys_of  # name + time lines (their own evidence)
    from .label_alone import keep_pattern  # names alone on their line (their own evidence)

    found, lowered = [], []
    every = seen(lines, names_only=False)
    for s in every:
        if _name_shaped(s.candidate):
            found.append(s)
        elif lowered_name(s.candidate):
            lowered.append(s)
    timed_keys = timed_keys_of(found, lines)
    found, roled = _role_stop_pattern(found, lines)
    found = [s for s in found if s.candidate.style != "timed" or s.key in timed_keys]
    styles = Counter(s.candidate.style for s in found)
    # a rarer label shape needs more evidence: full stops, bare Q/A and full stop + dash must recur as a pattern
    family = sum(styles[style] for style in PERIOD_STYLES)
    for style in PERIOD_STYLES:
        styles[style] = family  # (one family of full-stop labels: counted together)
    few = [s for s in found if s.candidate.style == "bare" and styles["bare"] < RARE_STYLE_MIN_LINES]
    found = clock_fields(found, lines)  # "Saat: 15.02": a sitting's time, no one's speech
    named = announced(every)  # a dash label a sitting's header field names ("BAŞKAN: NAME" / "BAŞKAN – ...")
    found = [s for s in found if s.candidate.style not in RARE_STYLES or styles[s.candidate.style] >= RARE_STYLE_MIN_LINES
             or s.index in named]
    found = sitting_header(found, named)  # a dash-label record's header fields ("BAŞKAN: Başkan Vekili NAME") are no labels
    found = keep_pattern(found, lines)  # a name alone on its line ("*Adam*", a definition list's term) as a pattern
    found = label_caps_alone.keep_pattern(found, lines)  # a name in capitals alone on its line, as a pattern
    found = label_name_alone.keep_pattern(found, lines)  # a name with capital initials alone on its line, the same
    # a pre-segmented export opens every turn with its record line: other label shapes are its text; where record
    # lines are not the main shape, they are references or citations ("[see p. 4; appendix]")
    if styles["record"] > RECORD_MAIN_SHARE * len(found):
        found = [s for s in found if s.candidate.style == "record"]
    else:
        found = [s for s in found if s.candidate.style != "record"]
    counts = Counter(s.key for s in found)
    period_keys = {s.key for s in found if s.candidate.style in PERIOD_STYLES}
    if len(period_keys) < PERIOD_MIN_LABELS or not any(counts[key] >= 2 for key in period_keys) \
            or styles["period"] < PERIOD_MIN_SHARE * (styles["period"] + styles["colon"]) \
            and not (roled and not _other_labels_recur(found)):
        found = [s for s in found if s.candidate.style not in PERIOD_STYLES]
    inside = Counter(L.label_key(m.group("label")) for line in L.lines_inside(lines) for m in L.labels_inside(line))
    counts.update(inside)
    plain = [s for s in found if (s.key not in L.FIELD_KEYS and not L.handle(s.candidate.label) or s.key in timed_keys) and s.candidate.style not in ("dash", "paren", "bold", "irc")
             and not L.collective(s.candidate.label)]
    return Evidence(lines, found, counts, inside, timed_keys, plain, frozenset(s.index for s in found if not s.candidate.rest),
                    lowered, few, every)

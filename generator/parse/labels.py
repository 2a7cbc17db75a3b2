"""Speaker-label grammar: what a line that starts like a label says.

In: lines of text.  Out: ``LabelCandidate`` for a line that starts like a label in any of the shapes of
``label_rules.SHAPES`` (``NAME:``, ``Name (note):``, ``MR. NAME.``, ``Anna  0:37``, ``P - text`` ...).  Which
candidates are the document's labels is decided by the document's own evidence in ``label_evidence``
(``accept_labels(lines)`` -> the set of label keys the whole document supports; ``rejected(lines)`` -> the
recurring candidates it turned down, with why).  Here only shapes that are never a speaker are refused: a web
address, a joint caption ("Merkel and Putin:"), a phrase ("To reiterate:").
"""

from __future__ import annotations

import regex as re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import label_rules as rules, vocab
from .label_dash import wrapped_name
from .label_rules import (ABBREVIATION, BRACKET_LABEL, DECORATION, LABEL, LEADING_TIME, OFFICE_LABEL,  # noqa: F401
                          TIME_ONLY, TIMESTAMP)
from .label_words import (ARTICLES, CAPS_PREFIX, DETERMINERS, FIELD_KEYS, JOINT, LABEL_KEY_CACHE,  # noqa: F401
                          LABEL_MAX_WORDS, PARTICLES, STOP_WORDS, article_caps, collective, handle, is_caps, label_key,
                          letter_case, never_a_label, not_a_name, portfolio_office)

URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$")
# (MID_LABEL opens with the space after the sentence end and looks back from there: the regex engine skips ahead
# to a space instead of trying the look-behind at every position.)
MID_LABEL = re.compile(
    r"[ \t](?<=[.!?…\"”)\]—-][ \t])[ \t]*(?P<label>[A-Z][A-Z'’.\-]*(?:[ ][A-Z][A-Z'’.\-]*){0,3})(?:[ ]\((?P<note>[^)\n]{1,80})\))?:[ \t]+(?=\S)")
# A Markdown heading line ("## Title ##"): the text is the shortest one after which only spaces and closing hashes
# follow.  Written so that no position is tried twice: the text ends with its first character, or with a character
# that is neither a space nor a hash, or with a hash that a space follows (then the spaces and hashes after it are
# read once).  The plain ``(?P<text>.+?)\s*#*$`` re-reads a run of hashes or spaces from each of its positions.
MD_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.(?=\s*+#*+$)|.*?(?:[^\s#](?=\s*+#*+$)|#(?=\s++#*+$)))\s*+#*+$")
GENERIC = vocab.pairs("label-generic.txt")
QUESTIONERS = frozenset(
    {"Question", "Reporter", "Journalist", "Correspondent", "Audience", "Audience member",
     "Participant", "Press", "Media", "Interviewer"}
)
# Numbered voices: speech-to-text speakers ("Speaker 2", "SPEAKER_03", "spk1") and generic roles with a number
# ("Audience 2", "Reporter 3", "Caller 1"): each a label from its first use.
AUTOMATIC = re.compile(r"^(?:speaker|spk|voice|participant|person|guest|caller|"
                       + "|".join(re.escape(k.replace(" ", "_")) for k in sorted(GENERIC, key=len, reverse=True))
                       + r")[ _-]?\d+$", re.I)
HONORIFIC = re.compile(rf"^(?:{'|'.join(sorted(vocab.words('label-honorifics.txt'), key=len, reverse=True))})\.?\s", re.I)
# French courtesy titles before a full-stop label ("M. Clémenceau.", "Mme Durand."; "M" only with its full stop, as
# an initial stands alone): only in that shape, since "..., M. Stanley Knowles a déclaré:" is a sentence.
FR_HONORIFIC = re.compile(r"^(?:M\.|Mme\.?|Mlle\.?)\s")


# The styles of the full-stop labels read with a role after a comma (``label_rules.ROLE_STOP_LABEL``,
# ``TITLE_ROLE_STOP_LABEL``): their key holds the role.
ROLE_KEYED = frozenset({"role-stop", "role-period"})


@dataclass(frozen=True)
class LabelCandidate:
    label: str  # as written, without the note
    note: str | None
    rest: str  # the text after the colon (may be empty: label alone on its line)
    end: int = 0  # offset in the line where the speech starts
    time: str | None = None  # a time code written with the label ("[00:01:02] NAME:")
    # the name of the shape rule that read it: colon, period ("MR. POTTER."), bracket ("[Speaker 1]"), bare
    # ("Q   text"), timed ("Anna Smith  0:37"), stop-dash ("HON. A. SMITH.-"), dash ("P - text"), paren ("**(Kim)**"),
    # marked ("[00:10] **qx()**: text": anything bold markup bounds, a label only by its layout)
    style: str = "colon"
    numbered: bool = False  # a question number before the label ("1. Mr John Smith (Northtown):")

    @cached_property
    def key(self) -> str:
        if self.style in ROLE_KEYED and self.note:
            # a label read with its role ("Schmit, exercising President of the Council.") is that label written
            # with that role: "Vero, okay." addressing the speaker labelled "Vero:" is a sentence, not her label
            return label_key(f"{self.label}, {self.note}")
        return label_key(self.label)  # (kept with the candidate: the stages ask for it half a million times)


TIMESTAMP_ALONE = re.compile(TIMESTAMP)


def _is_time(text: str | None) -> bool:
    return bool(text and TIMESTAMP_ALONE.fullmatch(text.strip()))


CANDIDATE_CACHE = 1 << 17  # lines: clean, labels and turns ask about the same lines about eight times in all; a
# long mission transcript has 40,000 lines (the answer depends on the line alone, so it holds across documents)
DECORATION_OPENS = frozenset("#*_<")  # a decoration opens with one of these: other lines are not matched for one
# (first character, after a time code, after bold markup, whether the text holds each of ``NEEDED``) -> the
# shapes to try; made as lines are met (the registry is fixed once imported, as the remembered answers of
# ``candidate`` assume)
_shapes_by_first: dict[tuple[str, bool, bool, tuple[bool, ...]], tuple] = {}
# every character some shape needs (``ShapeRule.needs``): a line is read once for which of them it holds (one
# ``in`` per character: a set of the line's characters costs three times as much on long paragraphs)
NEEDED = tuple(sorted(set("".join(rule.needs for rule in rules.SHAPES if rule.needs))))
ALL_HELD = (True,) * len(NEEDED)


def _in_scope(rule, timed: bool, bold: bool) -> bool:
    """Whether ``rule`` is read on a line with (or without) a leading time code and an opening bold marker."""
    if rule.scope == rules.AFTER_TIME:
        return timed
    return bold if rule.scope == rules.AFTER_MARKUP else True


def _can_open(rule, first: str) -> bool:
    """Whether ``rule``'s pattern can open with ``first``: its ``opens`` characters, else any letter (and a digit for
    a shape read after markup, which bounds a label written any way: "**2ndTLMining**:")."""
    if rule.opens is not None:
        return first in rule.opens
    return first.isalnum() if rule.scope == rules.AFTER_MARKUP else first.isalpha()


def _shapes(first: str, timed: bool, bold: bool, held: tuple[bool, ...] = ALL_HELD) -> tuple:
    """The shapes of ``label_rules.SHAPES`` (in priority order) that can open with ``first`` on a text holding the
    characters of ``NEEDED`` that ``held`` marks, as (name, pattern, test, action, office) tuples: a shape whose
    ``opens`` does not hold the character, one read only after a time code or bold markup on a line without one,
    or one whose ``needs`` the text does not hold could not match, and is not tried.  ``test`` is None for a shape
    whose test asks no more than that (``needs_only``)."""
    found = _shapes_by_first.get((first, timed, bold, held))
    if found is None:
        chars = {char for char, holds in zip(NEEDED, held) if holds}
        found = _shapes_by_first[first, timed, bold, held] = tuple(
            (rule.name, rule.pattern, None if rule.needs_only else rule.test, rule.action,
             rule.pattern in rules.OFFICE_SHAPES)
            for rule in rules.SHAPES if _in_scope(rule, timed, bold) and _can_open(rule, first)
            and (rule.needs is None or not chars.isdisjoint(rule.needs)))
    return found


@lru_cache(maxsize=CANDIDATE_CACHE)
def candidate(line: str) -> LabelCandidate | None:
    """Return the label-shaped start of ``line`` (decorations, time codes and a question number read off), or
    None.  The shapes are tried in the priority order of ``label_rules.SHAPES`` (those that can open with the
    text's first character).  Remembered: the answer depends on the line alone, and several stages ask about
    every line."""
    if not line.isascii() and rules.SAME_LENGTH_FIND.search(line):
        line = line.translate(rules.SAME_LENGTH)
    if "\n" in line and (n := line.index("\n")) and line.count("(", 0, n) > line.count(")", 0, n) \
            and WRAPPED_CLOSE.match(line, n + 1):
        line = f"{line[:n]} {line[n + 1:]}"  # a bracket wrapped over two lines: one space, offsets unchanged
    offset = DECORATION.match(line).end() if line[:1] in DECORATION_OPENS else 0
    text = line[offset:] if offset else line
    first = text[:1]
    time_match = number = None
    if first.isdigit() or first in "[(" and first:
        time_match = LEADING_TIME.match(text)
        if time_match:
            offset += time_match.end()
            offset += DECORATION.match(line[offset:]).end()
            text = line[offset:]
        number = rules.QUESTION_NUMBER.match(text) if text[:1].isdigit() else None
        if number:
            offset += number.end()
            text = line[offset:]
        first = text[:1]
    elif rules.NUMBER_WORD in text[:rules.NUMBER_WORD_CHARS] and (number := rules.QUESTION_NUMBER.match(text)):
        offset += number.end()  # "Question No. 62- Mr. Leon E. Benoit:"
        text = line[offset:]
        first = text[:1]
    bold = bool(offset) and rules.BOLD_OPEN.search(line, 0, offset) is not None  # (shapes read only after markup)
    if not (first.isalpha() or first in "[(<@○◯〇" and first) and not (first.isdigit() and bold):
        return None  # every shape opens with a letter, a bracket or a sigil (a label bounded by markup with anything)
    time = time_match.group("time") if time_match else None
    held = tuple([char in text for char in NEEDED])  # (once per line: which shapes' needed characters it holds)
    shapes = _shapes_by_first.get((first, time is not None, bold, held))
    if shapes is None:
        shapes = _shapes(first, time is not None, bold, held)
    for name, pattern, test, action, office in shapes:
        if test is not None and not test(text):
            continue
        match = pattern.match(text)
        parts = match and action(match)
        if not parts:
            continue
        label = parts["label"]
        if "  " in label:
            label = " ".join(label.split())
        if len(label) > (rules.OFFICE_MAX_CHARS if office or parts.get("office") or portfolio_office(label) else rules.LABEL_MAX_CHARS):
            continue
        note = (parts.get("note") or "").strip() or None
        found_time = time or parts.get("time")
        if note and _is_time(note):
            found_time, note = found_time or note, None
        rest = parts.get("rest") or ""
        end = offset + (match.start("rest") if rest else match.end())
        return LabelCandidate(label.strip(), note, rest.strip(), end, found_time, name, bool(number))
    return None


# the second line of a wrapped label: "(Núñez Rodríguez):", or a dash label's "(Sivas) – Sayın Başkan" (TBMM)
# a dash label's second line: the name's end and its bracket, or the en dash alone before the speech ("BAŞKAN" /
# "– Sayın milletvekilleri")
DASH_TAIL = re.compile(r"^(?:[^\W\d_][^()\n]{0,60}\([^()\n]{1,60}\)[ ]+[–-](?:[ \t]|$)|–[ \t]+\S)")
WRAPPED_TAIL = re.compile(r"^\([^()\n]{1,80}\)(?:[ \t]*:|[ ]+[–-](?:[ \t]|$))")
# ... or the bracket opened on the first line and closed on the second (Canadian Hansard: "Mr. Gerry Byrne
# (Humber-St." / "Barbe-Baie Verte, Lib.):")
WRAPPED_CLOSE = re.compile(r"[ \t]*[^()\n:]{1,80}\)[ \t]*:")


def wrapped(lines: list[str], index: int) -> LabelCandidate | None:
    """A label wrapped over two lines, the name in brackets and the colon on the second ("O señor CONSELLEIRO DE
    X" / "(Núñez Rodríguez): text", or "Mr. Gerry Byrne (Humber-St." / "Barbe-Baie Verte, Lib.):"), read as
    one; None when line ``index`` does not open one."""
    if index + 1 >= len(lines):
        return None
    if lines[index + 1][:1] == ":":
        return definition_term(lines, index)
    if wrap_end(lines[index]):
        return wrapped_caps(lines, index)
    tail = lines[index + 1]  # (``DASH_TAIL`` needs a closing bracket or an opening en dash: most lines are not matched)
    if (")" in tail or tail[:1] == "–") and DASH_TAIL.search(tail):  # "İSMAİL FARUK" / "AKSU (İstanbul) – Sayın Başkan"
        return wrapped_name(lines[index], lines[index + 1])
    if ")" not in lines[index + 1] or ":" in lines[index]:
        return None  # (a closing bracket first: most lines have none, and are not copied and matched)
    head, tail = lines[index], lines[index + 1].lstrip()
    if not (WRAPPED_TAIL.match(tail) or head.count("(") > head.count(")") and WRAPPED_CLOSE.match(tail)):
        return None
    found = candidate(head + "\n" + tail)
    return found if found and found.note and "\n" not in found.label else None


# A long label in capitals wrapped before its colon ("JESÚS RAMÍREZ CUEVAS, COORDINADOR GENERAL DE COMUNICACIÓN
# SOCIAL Y VOCERO DE" / "LA PRESIDENCIA: Es Adrián Alonso"; held-out hc06, Mexican presidency's versiones
# estenográficas): the first line ends with a preposition, an article or a conjunction, which no complete label
# does, so the second line's "LA PRESIDENCIA:" is the end of the label, not a speaker.
WRAP_END = re.compile(r"[ ,](?:DE|DEL|DA|DO|DOS|DAS|LA|LAS|LOS|EL|Y|E|OF|AND|THE|FOR|TO|DES|DU|ET|UND|FÜR|DER|DI|DELLA)[ \t]*$")


def wrap_end(line: str) -> bool:
    """Whether ``line`` ends as ``WRAP_END`` says, searched from six characters before the end of its words only: a
    match ends where only spaces (and a line end) follow, so at ``len(line.rstrip())``, and opens with a space or a
    comma before a word of at most five letters (a long line is not scanned at each of its spaces)."""
    end = len(line.rstrip())  # (a match ends with a capital letter, the last of the words: other lines are not matched)
    return end > 0 and line[end - 1].isupper() and WRAP_END.search(line, max(0, end - WRAP_END_CHARS)) is not None


WRAP_END_CHARS = 1 + max(len(word) for word in WRAP_END.pattern.split("(?:", 1)[1].split(")", 1)[0].split("|"))


def wrapped_caps(lines: list[str], index: int) -> LabelCandidate | None:
    """The label of ``WRAP_END``'s layout read as one (joined with a space: offsets stay those of the two lines),
    or None: both lines in capitals up to the colon, the first without one."""
    head, tail = lines[index], lines[index + 1]
    if ":" in head or len(head) > rules.OFFICE_MAX_CHARS or not is_caps(head) or not tail[:1].isalpha():
        return None
    second = candidate(tail)
    if not second or second.style != "colon" or not is_caps(second.label) or second.note:
        return None
    found = candidate(f"{head} {tail}")
    return found if found and found.style == "colon" and is_caps(found.label) and found.rest else None


# The definition of a Markdown definition list (Pandoc, PHP Markdown Extra, kramdown): a colon at the line start,
# then spaces or a tab, then the text (":    Ich wusste nicht ...", ":\tDas kann man ...").
DEFINITION = re.compile(r"^:(?:[ ]{1,4}|\t)(?=\S)")


def definition_term(lines: list[str], index: int) -> LabelCandidate | None:
    """A term of a Markdown definition list read as a label ("Ruth" / ":    Ich wusste nicht ..."; "Ruth
    (lachend)" with a stage note): a name alone on its line, its definition the speech.  Style "term": only a
    document that writes its dialogue so makes the terms labels (``label_alone``); a glossary's terms are not."""
    head = lines[index]
    if not head[:1].isalpha() or ":" in head or len(head) > rules.LABEL_MAX_CHARS \
            or not DEFINITION.match(lines[index + 1]):
        return None
    found = candidate(head.rstrip() + "\n" + lines[index + 1])
    if not found or "\n" in found.label or not found.rest:
        return None
    return LabelCandidate(found.label, found.note, found.rest, found.end, found.time, "term", found.numbered)


def emph_line(line: str) -> LabelCandidate | None:
    """A name alone on its line in emphasis ("*Adam*", "_Moderator_", "*You* (_after checking_)"), style "emph".
    Not one of ``candidate``'s shapes: the stages that read every line start (an opening label, a heading) never
    see it; only a document whose label evidence takes it as its dialogue's pattern (``label_alone``) reads it as
    a label."""
    if line[:1] not in "*_" or line.rstrip()[-1:] not in "*_)":
        return None
    match = rules.EMPH_LINE.match(line.strip())
    parts = match and rules.emph_parts(match)
    if not parts:
        return None
    return LabelCandidate(parts["label"], parts.get("note") or None, "", len(line.rstrip()), None, "emph")


# A label inside a Markdown blockquote, perhaps in emphasis with the colon inside it, perhaps with an interjection
# verb after the name, as exports set the floor's interjections between a speech's paragraphs ("> *Głos z sali
# interrupts:* Jaki wniosek formalny?", "> *Poseł Barbara Bartuś interrupts:* Ale potem ..."; held-out hc02) and
# interviews set their dialogue ("> Question: ...").  Not one of ``candidate``'s shapes: only a document whose
# label evidence takes the quoted labels as labels reads them so (a quotation that opens "> Note: ..." stays one).
INTERJECTION_VERBS = "|".join(re.escape(v) for v in vocab.words("label-interjection-verbs.txt"))
QUOTED_LABEL = re.compile(rf"^>[ \t]?(?P<mark>[*_]{{0,2}})(?P<label>[^\W\d_][^*_:\n]{{0,60}}?)(?:[ ](?:{INTERJECTION_VERBS}))?"
                          r"(?::(?P=mark)|(?P=mark):)[ \t]+(?=\S)")


def quoted_label(line: str) -> LabelCandidate | None:
    """The label of a blockquote line (``QUOTED_LABEL``), style "quoted", or None."""
    if line[:1] != ">" or ":" not in line:
        return None
    match = QUOTED_LABEL.match(line)
    if not match:
        return None
    inner = candidate(match.group("label").strip() + ": x")  # the label's own shape: a name, perhaps with a note
    if not inner or inner.style != "colon":
        return None
    return LabelCandidate(inner.label, inner.note, line[match.end():].strip(), match.end(), None, "quoted")


def time_only(line: str) -> str | None:
    """The time code of a line that holds nothing else ("00:01:23", "[00:01:23]")."""
    first = line[:1]
    if not (first.isdecimal() or first in "[(" and first or first.isspace()):
        return None  # a time code opens with a digit or a bracket (the line is not copied to be matched)
    match = TIME_ONLY.match(line.strip())
    return match.group("time") if match else None


MID_LABEL_BEFORE_COLON = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ'’.-)")  # what ends a ``MID_LABEL`` label (or its note)


def may_hold_mid_label(text: str) -> bool:
    """Whether ``text`` has a colon right after a character that can end a ``MID_LABEL`` label ("COOPER:", "(Q.):"):
    a text without one holds no match, and is not scanned at each of its spaces (most colons of a dialogue follow a
    label in title case or a time code's digits)."""
    at = text.find(":")
    while at >= 0:
        if at and text[at - 1] in MID_LABEL_BEFORE_COLON:
            return True
        at = text.find(":", at + 1)
    return False


def mid_labels(line: str) -> list[re.Match]:
    """Labels standing inside a paragraph after a sentence end ("... away. COOPER: Do you ...")."""
    found = []
    if not may_hold_mid_label(line):
        return found  # (every label ends with a colon: a line without one is not scanned)
    for match in MID_LABEL.finditer(line):
        start = end = match.start()  # the word before it ends at a full stop, so it is never empty
        while start and not line[start - 1].isspace():
            start -= 1  # read back over that word only (splitting the whole line before each label is quadratic)
        if ABBREVIATION.match(line[start:end]) or not is_caps(match.group("label")) \
                or never_a_label(match.group("label")):
            continue  # "MS. BLAKE:" is one label; "Dr. SMITH" is not a sentence end
        found.append(match)
    return found


MID_LABEL_CACHE = 1 << 15  # lines with a colon: clean, the label evidence and the turn parser each read a line
# for labels inside it (a long mission transcript has 40,000 lines, a third of them with a colon)


def labels_inside(line: str) -> tuple[re.Match, ...]:
    """``mid_labels(line)``, remembered for lines with a colon (three stages read the same lines)."""
    return _labels_inside(line) if ":" in line else ()


@lru_cache(maxsize=MID_LABEL_CACHE)
def _labels_inside(line: str) -> tuple[re.Match, ...]:
    return tuple(mid_labels(line))


def lines_inside(lines: list[str]) -> list[str]:
    """Those of ``lines`` (in order) that may hold a label inside (``labels_inside``): the lines where ``MID_LABEL``
    matches (``mid_labels`` keeps some of the matches of a line).  Only the lines with a colon after what can end
    such a label (``may_hold_mid_label``) are searched: the pattern is tried at every space of a line it scans."""
    return [line for line in lines if may_hold_mid_label(line) and MID_LABEL.search(line)]


def is_generic(label: str) -> bool:
    return label_key(label) in GENERIC


def is_automatic(label: str) -> bool:
    return bool(AUTOMATIC.match(label_key(label).replace(" ", "_")))


# How to fix a label the document's evidence turned down (``rejected``).
REJECTED_FIX = "if '{label}' is a speaker, name the label in the transcript's sidecar file (speakers: {{'{label}': Full Name}})"

from .label_evidence import (TIMED_MIN_LINES, accept_labels, accept_labels_and_cues, rejected,  # noqa: E402,F401
                             timed_labels)

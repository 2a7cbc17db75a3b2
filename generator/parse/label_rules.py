"""The label shapes as a rule table: which line starts can be a speaker label.

The shared ``rules.Registry`` (in the manner of Python-Markdown's) holds named rules in priority order; each shape rule has a
name, a priority, a scope, a cheap test, and an action that reads the label's parts off the line.  The first
rule whose test passes and whose action reads a label wins.  A shape is only a candidate: whether the document
uses it as a label is decided by the document's own evidence (``labels.accept_labels``).

Vocabularies live in ``generator/data/label-*.txt``; each file says where its entries come from.
"""

from __future__ import annotations

import regex as re
from dataclasses import dataclass
from typing import Callable

from .rules import Registry
from .label_dash import CAPS_DASH_LABEL, caps_dash_parts, is_numeral, may_be_caps_dash
from . import label_time_range, vocab
from .label_export_shapes import (AFTER_MARKUP, AFTER_TIME, BARE_QA, BOLD_NAME_LABEL, BOLD_OPEN,  # noqa: F401
                                  BRACKET_TIMED_LABEL, DASH_QA, EMPH_LINE, IRC_LABEL, MARKED_LABEL, PAREN_LABEL,
                                  SCRIBED_LABEL, SIGIL_LABEL, TIME_NAME_LABEL, TIMED_LABEL, TIMESTAMP)
from .label_roles import ROLE_STOP_LABEL, TITLE_ROLE_STOP_LABEL, office_then_holder, role_stop_parts


@dataclass(frozen=True)
class ShapeRule:
    """One label shape.  ``scope``: where in a line it applies (all shapes read a line's start, after the
    decoration, time code and question number are read off).  ``test(text)``: a cheap check before the
    pattern.  ``action(match)``: the parts (label, note, time, rest start) or None when the match is not a
    label after all."""

    name: str
    pattern: re.Pattern
    test: Callable[[str], bool]
    action: Callable[[re.Match], dict | None]
    scope: str = "line start"  # (``LINE_START``; the other scopes: ``AFTER_TIME``, ``AFTER_MARKUP``)
    # the characters the shape's pattern can open with (its first token), or None for any letter: ``labels.candidate``
    # tries on a line only the shapes its first character can open (most prose lines open with a letter only the
    # colon and timed shapes read, and are not handed to the other ten)
    opens: str | None = None
    # characters one of which the text must hold for ``test`` and the pattern to pass (None: no such character):
    # ``labels.candidate`` reads once per line which of all shapes' characters it holds and tries only the shapes
    # whose need is met (a prose line without a colon is not handed to the five colon shapes); ``tests/test_speed.py``
    # checks each declaration on real and generated lines
    needs: str | None = None
    # True when ``test`` asks no more than ``needs`` and ``opens`` already ensure: it is then not called
    needs_only: bool = False


DECORATION = re.compile(r"^(?:#{1,6}[ \t]+)?(?:\*\*|__|<(?:strong|b)>)?")
LEADING_TIME = label_time_range.leading_time(TIMESTAMP)  # "[00:01:02] ", "[0.0, 3.26] - " (see the module)
TIME_ONLY = re.compile(rf"^[\[(]?(?P<time>{TIMESTAMP})[\])]?$")
# A question number before a label, as order papers print oral questions ("1. Mr John Smith (Northtown):") and
# written ones ("Question No. 62- Mr. Leon E. Benoit:" in Canadian Hansard's Questions on the Order Paper: a word,
# "No." and the number, then a dash or a full stop), or a minutes viewer's statement number ("2 ◯議長（…）").
QUESTION_NUMBER = re.compile(r"^(?:\d{1,3}\.|[^\W\d_]{2,12}\.? No\. ?\d{1,4}[ \t]*[-–—.])[ \t]+(?=[^\W\d_])|^\d{1,4}[ \t]+(?=[○◯〇])")
NUMBER_WORD = " No"  # (cheap test before the pattern: the word form writes " No" within its first characters)
NUMBER_WORD_CHARS = 15
# Characters read as others before the shapes are tried, one for one so that offsets stay those of the line: a
# no-break space (web pages: "MS.\u00a0 PSAKI:\u00a0 text") is a space, a full-width colon (Chinese, Japanese:
# "主席：", "问：") is a colon.
SAME_LENGTH = str.maketrans({"\u00a0": " ", "\u202f": " ", "\uff1a": ":"})
SAME_LENGTH_FIND = re.compile("[\u00a0\u202f\uff1a]")
# After a colon, speech starts after spaces or a line end, a dash or an ellipsis ("MS. SMITH: — as I said"), or at
# once in a script written without spaces ("主席：早晨") or after a Spanish "¿"/"¡" ("LÓPEZ OBRADOR:¿Mande?").
CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef"
DOT = r"(?<=\w)[·・](?=\w)"  # the dot inside a transliterated name ("迈克尔·巴巴罗", "ドナルド・トランプ"), not between words
LABEL = re.compile(
    rf"""^(?P<label>[^\W\d_](?:[\w'’.\-]|{DOT})*(?:[ ]{{1,2}}(?:[\w'’.\-]|{DOT})+){{0,7}}?)(?:\*\*|__)?
        (?:,[ ](?P<role>[^\W\d_][^:\n()\[\]]{{0,80}}?))?
        (?:\s*[(\[](?P<note>[^)\]\n]{{1,160}}(?:[)\]][ ]?[(\[][^)\]\n]{{1,80}}){{0,2}})[)\]])?
        \s*(?:(?:\*\*|__)\s*)?:(?:\*\*|__)?(?:(?:[ \t]+|[ \t]*\n\s*|(?=[—–-]|\.\.\.|…|[¿¡]|[{CJK}]))(?P<rest>\S.*)|[ \t]*$)""",
    re.X | re.S,
)
BRACKET_LABEL = re.compile(
    rf"^\[(?P<label>[^\W\d_][^\]\n]{{0,38}})\]\s*(?:[\[(](?P<time>{TIMESTAMP})[\])]\s*)?(?P<colon>:)?"
    r"(?:(?:[ \t]+|[ \t]*\n\s*)(?P<rest>\S.*)|[ \t]*$)", re.S)
# A label ending with a full stop, as US congressional hearings write them ("MR. POTTER.", "Mr. SMITH.",
# "The CHAIRMAN.", "Senator KENNEDY.", "<strong>Mr. JONES</strong>."): one to three capitalised words, then a
# name in capitals (a single capitalised word before a full stop is a sentence: "OK. Sure.", "YES. We did").  The
# shape alone proves nothing ("The USA. It was"): ``accept_labels`` asks the document to use it as a pattern.
# The Congressional Record adds a state ("Ms. JONES of Ohio."), "pro tempore" ("The SPEAKER pro tempore.") and
# the chair's name in brackets, whose own full stop may stand for the label's ("The PRESIDING OFFICER (Mr.
# Salazar.) The clerk", "The ACTING PRESIDENT pro tempore (Mr. X)."): a bracket without a full stop before or
# after it is a sentence's ("The USA (and Canada) said").
STOP_BRACKET = r"(?:[ ]\((?P<bracket>[^()\n]{1,60})\)(?:(?<=\.\))\.?|\.)|\.(?P<note>\d{1,2})?)"
# In title case the label's own full stop must follow the bracket ("The Presiding Officer (Mr. Salazar)."): a
# Hansard member's "(Kitchener-Waterloo, Lib.)" also ends with a full stop, before "moved:" or "moved for leave".
TITLE_STOP_BRACKET = r"(?:[ ]\((?P<bracket>[^()\n]{1,60})\)\.|\.(?P<note>\d{1,2})?)"
PERIOD_LABEL = re.compile(
    r"^(?P<label>(?:(?:[A-Z][a-z]{1,11}|[A-Z][A-Z'’-]*)\.?[ ]){1,3}[A-Z][A-Z'’-]+(?:[ ]pro[ ]tempore)?"
    r"(?:[ ]of[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)?)(?:\*\*|__|</strong>|</b>)?"
    rf"{STOP_BRACKET}(?:[ \t]+(?P<rest>\S.*)|[ \t]*$)", re.S)  # or alone on its line, the speech below
# Titles that open a title-case label ended with a full stop (see the data file for where they come from).
TITLES = frozenset(vocab.words("label-titles.txt"))
_TITLE = "|".join(sorted((re.escape(t.capitalize()) for t in TITLES), key=len, reverse=True))
# The same labels as GPO prints hearings, in title case: a title and a surname ("Senator Doe.", "Mr. Kane."), or
# "The" or "Madam" and a title ("The Chairman.", "The Court.", "The Presiding Officer.", "Madam Speaker.").
# French records write the office in lower case after "M. le" / "Mme la" ("M. le président.", "M. le ministre de
# l'intérieur."): see the data file.
FR_OFFICES = "|".join(sorted((re.escape(t) for t in vocab.words("label-offices-fr.txt")), key=len, reverse=True))
FR_OFFICE = re.compile(rf"^(?:M\.|Mme)[ ](?:le|la)[ ](?:{FR_OFFICES})(?![\w-])")  # an office, though in lower case
TITLE_PERIOD_LABEL = re.compile(
    rf"^(?P<label>(?:{_TITLE})\.?(?:[ ][A-Z][\w'’-]+){{1,2}}|(?:The|Madam|Madame) (?:{_TITLE})(?:[ ][A-Z][a-z]+)?"
    rf"|(?:M\.|Mme) (?:le|la) (?:{FR_OFFICES})(?:[ ](?:de|du|des|d'|d’|la|l'|l’)[ ]?[\w'’-]+){{0,3}})"
    rf"(?:\*\*|__|</strong>|</b>)?{TITLE_STOP_BRACKET}(?:[ \t]+(?P<rest>\S.*))$", re.S)
# A label ending with a full stop and a dash, the office in brackets, as Commonwealth Hansards print them (Fiji:
# "HON. A. SAYED-KHAIYUM (Attorney-General).- Thank you", "MR. SPEAKER.- Order"): capitals, initials allowed.
STOP_DASH_LABEL = re.compile(
    r"^(?P<label>[A-Z][A-Z'’.\-]*(?:[ ][A-Z][A-Z'’.\-]*){0,5})(?:\*\*|__|</strong>|</b>)?"
    r"(?:[ ]?\((?P<note>[^)\n]{1,160})\))?[.:][ ]?[-–—](?:[ \t]*(?P<rest>\S.*)|[ \t]*$)", re.S)
# The Brazilian stenographic label, as the Câmara dos Deputados, the Senado and state assemblies print their notas
# taquigráficas: an article, "SR." or "SRA." and the name or office in capitals, the party and state (or the chair's
# name) in brackets, then a spaced dash before the speech ("O SR. PRESIDENTE (Paulo Folletto. PSB - ES) - A lista",
# "A SRA. JACK ROCHA (Bloco/PT - ES. Pela ordem.) - Sr. Presidente", "A SRA. ALINE PAZ - Obrigada"; held-out hc01,
# and the Câmara's open-data speech records).  The bracket may hold a full stop anywhere (the chair's "Name. PARTY
# - UF"), which the full-stop shape above reads as the label's end ("O SR").  Style "stop-dash": a label closed by
# a dash, a pattern only where the document writes several (``label_seen.RARE_STYLES``).
SR_DASH_LABEL = re.compile(
    r"^(?P<label>(?:O|A|OS|AS|Os|As)[ ](?:SR|SRA|SRS|SRAS|Sr|Sra)(?:\.ª|\.|ª)[ ][^\W\d_][^()\n]{0,60}?)"
    r"(?:[ ]\((?P<note>[^()\n]{1,160})\))?[ ]?[-–—][ \t]+(?P<rest>\S.*)$", re.S)
# The European Parliament's verbatim report (CRE), in every language of the Union: the speaker's name, perhaps a role
# after a comma (a group, an office, in lower case as often as not), a full stop and a spaced dash, then the speech
# ("Andrius Kubilius, Member of the Commission. – Mr President", "Isabelle Le Callennec, au nom du groupe PPE. –
# Monsieur le Président", "Predsedajúci . – Ďalším bodom"; held-out hc09, where the bold name's closing tag leaves a
# space before the full stop).  An en or em dash only (a hyphen after a full stop ends a list item); the name is at
# most five words.  Style "stop-dash": a pattern only where the document writes several.
EP_STOP_DASH_LABEL = re.compile(
    r"^(?P<label>[^\W\d_][\w'’\-]*(?:[ ][\w'’\-]+){0,4}?)(?:,[ ]+(?P<role>[^\n.–—:]{1,80}?))?[ ]?\.[ ]+[–—][ ]+"
    r"(?P<rest>\S.*)$", re.S)
# A parliamentary title, then an academic or professional title in brackets, then the name, as Kenyan, Nigerian and
# Sri Lankan records and member lists write their members ("Sen. (Prof.) Lonyangapuo:", "Sen. (Dr.) Boni Khalwale",
# "Hon. (Dr.)(Ms.) Harini Amarasuriya"; held-out hc04, Kenya Senate Hansard): the bracket is part of the name, not
# a note (the colon shape takes a bracket for a note only before the colon).  Abbreviated titles only ("(Prof.)",
# "(Dr.)", "(Eng.)", "(Maj. Gen.)"): "Mr. (and Mrs.) Smith:" is no one's label.
INNER_TITLE_LABEL = re.compile(
    r"^(?P<label>[A-Z][\w'’\-]*\.?(?:[ ]?\([A-Z][a-z]{1,7}\.(?:[ ][A-Z][a-z]{1,7}\.)?\)){1,2}"
    r"(?:[ ][A-Z][\w'’.\-]*){1,4})(?:\*\*|__|</strong>|</b>)?(?:[ ]\((?P<note>[^()\n]{1,80})\))?[ ]?:"
    r"(?:[ \t]+(?P<rest>\S.*)|[ \t]*$)", re.S)
LINE_START = ShapeRule.scope  # the scope of the other shapes (``labels._in_scope``)
# session records are exported: sitting number, date, speaker); the speech follows on the lines below.  The shape
# alone proves nothing: ``label_evidence`` asks the document to use it again and again.
RECORD_LABEL = re.compile(r"^\[(?:[^\[\];\n]{0,60};){1,4}[ ]*(?P<label>[^\W\d_][^\[\];\n()]{0,60}?)[ ]*"
                          r"(?:\((?P<note>[^()\n]{1,80})\))?[ ]*\][ \t]*"
                          r"(?:\n[ \t]*\((?P<wrapped>[^()\n]{1,80})\)[ \t]*:?[ \t]*(?=\n|$))?"
                          r"(?:\n\s*(?P<rest>\S.*))?$", re.S)
# A written question opened as Commonwealth order papers and Hansards print it: the member in capitals, then
# "asked the Government, upon notice:" or "asked the Minister for Health:" (Fiji, New Zealand, Australia); the
# question follows.  The member is the label, the formula is read off with it.
ASKED_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z'’.\-]*(?:[ ][A-Z][A-Z'’.\-]*){0,5})(?:[ ]\((?P<note>[^)\n]{1,160})\))?"
                         r"[ ]+asked[ ]+(?:the[ ]+)?[A-Z][^:\n]{0,120}:(?:(?:[ \t]+|[ \t]*\n\s*)(?P<rest>\S.*)|[ \t]*$)", re.S)
# An office with its holder's name in brackets, as Hansards print ministers' answers ("The Secretary of State for
# Foreign and Commonwealth Affairs (Mr William Hague):", "The Parliamentary Under-Secretary of State for Foreign
# and Commonwealth Affairs (Alistair Burt):"): longer than a name (up to ``OFFICE_MAX_WORDS`` words), an article,
# a capitalised office, the holder a person (a title, or two to four capitalised words).
OFFICE_MAX_WORDS = 12
OFFICE_LABEL = re.compile(rf"^(?P<label>(?:The|La|Le|El|Der|Die)[ ][A-Z][\w'’\-]*(?:[ ][\w'’\-]+){{1,{OFFICE_MAX_WORDS - 2}}}?)"
                          r"[ ]\((?P<note>[^()\n]{3,60})\)[ ]?:(?:[ \t]+(?P<rest>\S.*)|[ \t]*$)", re.S)
PERSON_NOTE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|M|Mme)\.?[ ])?[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+){1,3}$")
ABBREVIATION = re.compile(r"^(?:[A-Za-z]|[A-Z](?:\.[A-Z])+|mrs?|ms|dr|st|jr|sr|prof|gen|sen|rep|gov|col|lt|sgt|capt|"
                          r"rev|hon|amb|no|vs|cf|etc)\.$", re.I)
TIME_ENDS = frozenset("0123456789)]")


def _may_be_timed(text: str) -> bool:
    """Cheap test before ``TIMED_LABEL``: its first line ends with a time code's digit or bracket."""
    end = text.find("\n")
    first = (text[:end] if end >= 0 else text).rstrip()
    return first[-1:] in TIME_ENDS and ":" in first  # (the end first: a long line is not scanned for a colon)


def _parts(match: re.Match) -> dict:
    return match.groupdict()


NOTES_APART = re.compile(r"[)\]][ ]?[(\[]")


def _colon_parts(match: re.Match) -> dict | None:
    """A role after a comma is a role only when it is written as one: capitalised ("Anna Schmidt,
    Bundesministerin für Umwelt:", "Dr. de With, Parl. Staatssekretär:"); "It was, as he said:" is a sentence."""
    parts = match.groupdict()
    role = parts.get("role")
    if role is not None and not role[:1].isupper():
        return None
    note = parts.get("note")
    if note:
        note = NOTES_APART.sub(", ", note)  # "(Bonn) (SPD)": two notes, one string
    parts["note"] = ", ".join(p for p in (role and role.strip(), note) if p) or None
    parts["office"] = office_then_holder(parts["label"], role)  # (read to ``OFFICE_MAX_CHARS``)
    return parts


def _record_parts(match: re.Match) -> dict:
    """The speaker's name in brackets may stand on the line below the record ("[4;...;O señor PRESIDENTE]" /
    " (Núñez Rodríguez):"): it is the label's note."""
    parts = match.groupdict()
    parts["note"] = parts["note"] or parts.pop("wrapped")
    return parts


def _office_parts(match: re.Match) -> dict | None:
    """Only an office whose bracket names a person: "The Secretary of State for X (Mr Y):", not "The vote
    (Division No. 3):"."""
    return match.groupdict() if PERSON_NOTE.match(match.group("note").strip()) else None


def _not_abbreviation(match: re.Match) -> dict | None:
    """"MS." alone is the start of "MS. SMITH:", not a full-stop label.  Alone on its line, a full-stop label
    opens with a title in title case ("Mr. RUDMAN.", "Chairman INOUYE.", "The Chairman."): words in capitals
    alone on a line ("MODE CONTROL.") end a hard-wrapped sentence.  A bracket is the label's note (the chair's
    name: "(Mr. Salazar.)"), as a footnote number is."""
    if ABBREVIATION.match(match.group("label").strip() + "."):
        return None
    if not match.group("rest") and not match.group("label")[1:2].islower():
        return None
    parts = match.groupdict()
    bracket = parts.pop("bracket")
    parts["note"] = bracket.strip() if bracket else parts["note"]
    return parts


def _bracket_parts(match: re.Match) -> dict | None:
    """"[Speaker 1]" alone is a label only with a time code, a colon or an automatic name."""
    from .labels import is_automatic

    parts = match.groupdict()
    return parts if parts.get("time") or parts.get("colon") or is_automatic(parts["label"]) else None


def _bare_parts(match: re.Match) -> dict:
    parts = match.groupdict()
    parts["label"] = parts["label"] or parts.pop("q")
    return parts


def _dash_parts(match: re.Match) -> dict | None:
    """Only a question or an answer letter is a dash label ("I - I think" is a stammer)."""
    return match.groupdict() if match.group("label") in QA_LETTERS else None


def _time_name_parts(match: re.Match) -> dict | None:
    """A name, not a clock time's "P.M. EDT" or "a.m.": it opens with a capital (or a caseless script) and no word
    of it is an abbreviation."""
    label = match.group("label")
    if label[:1].islower() or any(ABBREVIATION.match(word) for word in label.split()):
        return None
    if match.group("note"):
        from .turns import DIRECTION  # a stage direction after the name ("**Adam** (laughs)") is no role

        if DIRECTION.fullmatch(f"({match.group('note')})"):
            return None
    return match.groupdict()


def _bold_parts(match: re.Match) -> dict | None:
    """A bold name opens with a capital (or a caseless script's letter): "**so** what" is emphasis."""
    return None if match.group("label")[:1].islower() else match.groupdict()


def emph_parts(match: re.Match) -> dict | None:
    """A name, not a stressed word: it opens with a capital (or a caseless script) and ends with no full stop."""
    label = match.group("label")
    if label[:1].islower() or label.endswith("."):
        return None
    parts = match.groupdict()
    parts.pop("mark")
    if parts.get("note"):
        parts["note"] = parts["note"].strip("*_ ")
    return parts


def _sr_dash_parts(match: re.Match) -> dict | None:
    """Only a name or an office in capitals after "O SR." / "A SRA." ("O SR. PRESIDENTE", "A SRA. JACK ROCHA"): "O
    Sr. Presidente disse - ..." is a sentence."""
    from .labels import is_caps

    name = match.group("label").split(" ", 2)[2]
    return match.groupdict() if is_caps(name) else None


def _ep_parts(match: re.Match) -> dict | None:
    """A name: capitalised words, lower case only in a name's particles ("Ursula von der Leyen"; "Power of
    adjournment. – All adjournments" is a numbered rule's heading); the role is the label's note."""
    from .labels import PARTICLES

    if any(not word[:1].isupper() and word.casefold() not in PARTICLES for word in match.group("label").split()):
        return None
    parts = match.groupdict()
    parts["note"] = (parts.pop("role") or "").strip() or None
    return parts


def _not_numeral(match: re.Match) -> dict | None:
    """A section's Roman numeral ("I.- GEÇEN TUTANAK ÖZETİ", a record's contents) is not a speaker."""
    return None if is_numeral(match.group("label")) else match.groupdict()


def _always(text: str) -> bool:
    return True


# Question and answer letter pairs for dash labels (see the data file).
QA_PAIRS = [frozenset(line.split()) for line in vocab.lines("label-qa-letters.txt") if len(line.split()) == 2]
QA_LETTERS = frozenset(letter for pair in QA_PAIRS for letter in pair)

# The first characters of the shapes that open with a capital (``[A-Z]``: ASCII capitals only), or with one of a
# few words (an article before an office; a title, "The", "Madam" or a French courtesy title before a full stop).
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
OFFICE_OPENS = "TLED"  # The, La, Le, El, Der, Die
TITLE_OPENS = "".join(sorted({t.capitalize()[0] for t in TITLES} | set("TM")))  # a title; The, Madam(e); M., Mme

SHAPES = Registry()  # of ShapeRule
SHAPES.register(ShapeRule("timed", TIMED_LABEL, _may_be_timed, _parts, needs=":"), "timed", 90)
SHAPES.register(ShapeRule("asked", ASKED_LABEL, lambda t: " asked " in t, _parts, opens=CAPITALS, needs=":"), "asked", 85)
SHAPES.register(ShapeRule("colon", LABEL, lambda t: ":" in t, _colon_parts, needs=":",
                          needs_only=True), "colon", 80)
SHAPES.register(ShapeRule("record", RECORD_LABEL, lambda t: t[:1] == "[" and ";" in t, _record_parts, opens="[",
                          needs=";", needs_only=True), "record", 75)
SHAPES.register(ShapeRule("colon", OFFICE_LABEL, lambda t: "):" in t or ") :" in t, _office_parts, opens=OFFICE_OPENS,
                          needs=":"),
                "office", 78)
SHAPES.register(ShapeRule("timed", BRACKET_TIMED_LABEL, lambda t: t[:1] == "[" and "] " in t, _parts, opens="[",
                          needs="]"),
                "bracket-timed", 71)
SHAPES.register(ShapeRule("bracket", BRACKET_LABEL, lambda t: t[:1] == "[", _bracket_parts, opens="[",
                          needs_only=True), "bracket", 70)
SHAPES.register(ShapeRule("stop-dash", STOP_DASH_LABEL, lambda t: ".-" in t or ".—" in t or ".–" in t
                          or ":-" in t, _not_numeral, opens=CAPITALS, needs="-—–"), "stop-dash", 65)
SHAPES.register(ShapeRule("period", PERIOD_LABEL, lambda t: "." in t, _not_abbreviation, opens=CAPITALS,
                          needs=".", needs_only=True), "period", 60)
SHAPES.register(ShapeRule("period", TITLE_PERIOD_LABEL, lambda t: "." in t, _not_abbreviation, opens=TITLE_OPENS,
                          needs=".", needs_only=True),
                "title-period", 50)
SHAPES.register(ShapeRule("irc", SCRIBED_LABEL, lambda t: t[:8].casefold() == "<scribe>", _parts, opens="<",
                          needs=">"), "irc-scribed", 44.5)
SHAPES.register(ShapeRule("sigil", SIGIL_LABEL, lambda t: t[:1] == "@", _parts, opens="@", needs_only=True), "sigil", 43)
SHAPES.register(ShapeRule("irc", IRC_LABEL, lambda t: t[:1] == "<", _parts, opens="<", needs_only=True), "irc", 44)
SHAPES.register(ShapeRule("paren", PAREN_LABEL, lambda t: t[:1] == "(", _parts, opens="(", needs_only=True), "paren", 45)
SHAPES.register(ShapeRule("stop-dash", SR_DASH_LABEL, lambda t: t[1:4] in (" SR", " Sr") or t[2:5] in (" SR", " Sr"),
                          _sr_dash_parts, needs="-–—"), "sr-dash", 62)
# after the other dash shapes: "O SR. X (PT - SP) - text" is the Brazilian shape, "X.- text" the full stop's
SHAPES.register(ShapeRule("caps-dash", CAPS_DASH_LABEL, may_be_caps_dash, caps_dash_parts, needs="–-"), "caps-dash", 61)
SHAPES.register(ShapeRule("stop-dash", EP_STOP_DASH_LABEL, lambda t: ". –" in t or ". —" in t, _ep_parts,
                          needs="–—"),
                "ep-stop-dash", 64)
SHAPES.register(ShapeRule("role-period", TITLE_ROLE_STOP_LABEL, lambda t: ", " in t and ". " in t, role_stop_parts,
                          opens=TITLE_OPENS, needs=","), "title-role-stop", 12)
SHAPES.register(ShapeRule("role-stop", ROLE_STOP_LABEL, lambda t: ". " in t and ("," in t or ")" in t), role_stop_parts,
                          needs=",)"),
                "role-stop", 11)
# (the two shapes above last: a line another shape reads is that shape's, "Q Thanks, Jared and Karine. So ..." a bare
# question's)
SHAPES.register(ShapeRule("colon", INNER_TITLE_LABEL, lambda t: ".)" in t and ":" in t and t.find(" (") < t.find(":"),
                          _parts, needs=":"), "inner-title", 79)
SHAPES.register(ShapeRule("timed", TIME_NAME_LABEL, lambda t: not t.split("\n", 1)[0].rstrip().endswith((".", "?", "!", ":", ",")),
                          _time_name_parts, AFTER_TIME), "time-name", 30)
SHAPES.register(ShapeRule("marked", MARKED_LABEL, lambda t: ":" in t, _parts, AFTER_MARKUP, needs=":",
                          needs_only=True), "marked", 20)
SHAPES.register(ShapeRule("bold", BOLD_NAME_LABEL, lambda t: "** " in t or "__ " in t or "</" in t, _bold_parts,
                          AFTER_MARKUP, needs="*_/"), "bold-name", 18)
SHAPES.register(ShapeRule("bare", BARE_QA, lambda t: t[:1] in "QA", _bare_parts, opens="QA", needs_only=True), "bare", 40)
# before "bare": "Q - text" is the dash shape of a question-and-answer pair, not a briefing's "Q Mr. President"
SHAPES.register(ShapeRule("dash", DASH_QA, lambda t: t[:1] in QA_LETTERS, _dash_parts, opens="".join(sorted(QA_LETTERS)),
                          needs_only=True),
                "dash", 42)

# The longest label read as one: longer line starts are sentences (an office with its holder in brackets may run
# to ``OFFICE_MAX_CHARS``: "The Parliamentary Under-Secretary of State for Foreign and Commonwealth Affairs").
LABEL_MAX_CHARS = 48
OFFICE_MAX_CHARS = 100
# the shapes whose labels are offices with their holder, read up to ``OFFICE_MAX_CHARS`` (a minister's dash label:
# "AVRUPA BİRLİĞİ BAKANI VE BAŞMÜZAKERECİ VOLKAN BOZKIR (Konya) –")
OFFICE_SHAPES = (OFFICE_LABEL, CAPS_DASH_LABEL)

from . import label_time_colon  # noqa: E402,F401  (registers the "time-colon" shape: a name, a time code, a colon)
from . import label_courtesy_dash  # noqa: E402,F401  (registers the "courtesy-dash" shape: "El señor FREI (X).- text")

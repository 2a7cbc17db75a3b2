"""A name or an office in capitals alone on its line, the speech below it (part of label acceptance).

Stenographic versions of government events write each turn's head so, after a separator or a blank line, with
no colon, the office after a comma ("---" / "MIGUEL BARBOSA HUERTA, GOBERNADOR DE PUEBLA" / "Gracias." ... /
"---" / "MODERADOR": the Mexican presidency's versiones estenográficas, held-out hg06, fferegrino/mananeras), and
so do hand-typed interviews and scripts ("INTERVIEWER" / speech / blank line / "SMITH" / speech).  The same shape
is a record's heading in capitals, a name in a roster or a list of names, a cover page, a table of contents, a
song's chorus: so the document must plainly write its dialogue so (``keep_pattern``): several names, each used
again and again, taking turns, the lines in that shape the document's main label shape, and the text under them
most of its words.  Then a name in that shape used once is a speaker too (a governor who speaks once).

In: the document's lines (blank lines between blocks).  Out: candidates of style "caps-alone" (``caps_alone``) and
the document's decision (``keep_pattern``, ``caps_alone_names``).
"""

from __future__ import annotations

import regex as re
from collections import Counter

from . import labels as L, vocab
from .rules import takes_turns

STYLE = "caps-alone"
# At least this many distinct names must recur in the layout (each on two lines or more): a conversation has two
# voices at least; one recurring line in capitals above text is a section heading ("PREGUNTAS").
CAPS_ALONE_MIN_NAMES = 2
# ... the name changes between at least this share of consecutive name lines (speakers take turns; a record's
# headings that recur, "MOTION" / "DISCUSSION" / "MOTION", alternate too: hence the two tests below) ...
CAPS_ALONE_ALTERNATION_SHARE = 0.5
# ... the lines in this shape are at least this share of the document's label-shaped line starts (its main label
# shape: where "NAME:" labels carry the dialogue, a line in capitals above them is a heading) ...
CAPS_ALONE_MAIN_SHARE = 0.5
# ... and the text under the name lines (down to the next one) holds at least this share of the document's words:
# the dialogue is the document; a roster's or a table of contents' lines stand over a line or two each.
CAPS_ALONE_SPEECH_SHARE = 0.5
# What may stand in the line: letters, spaces, the comma before the office, the full stops of initials and
# abbreviations, apostrophes, hyphens and an office's abbreviation in brackets ("(IMSS)").  No digit (a numbered
# heading, a date, a page number), no colon (a colon label is read by its own shape), no sentence end (a line
# "COMM." that ends a wrapped sentence of a mission transcript is a word, not the "COMM:" label).
SHAPE = re.compile(r"^[^\W\d_][^\W\d_ ,.'’()\-]*(?:[ ,.'’()\-]+[^\W\d_][^\W\d_.'’\-]*\)?)*$")
# The longest line read as a name and an office: an office with two institutions and their abbreviations runs
# long ("DIRECTOR GENERAL DE NACIONAL FINANCIERA (NAFIN), Y DEL BANCO NACIONAL DE COMERCIO EXTERIOR (BANCOMEXT),
# CARLOS TORRES ROSAS" is 117 characters); a line in capitals longer than this is a heading or shouted text.
CAPS_ALONE_MAX_CHARS = 160
# A name in this shape has at least this many characters: "OK", "NO", "Q" alone on a line are words or letters.
CAPS_ALONE_MIN_CHARS = 3
# A dash between words or after a full stop: a numbered heading ("I.- GEÇEN TUTANAK ÖZETİ", a contents line of the
# Turkish record) or a title and its subtitle, not a name (a hyphen inside a word, "ASSURANCE-EMPLOI", is one).
NOT_IN_NAME = re.compile(r"[ .]-|-[ ]")
SEPARATOR = re.compile(r"^\s*(?:[-*_=~]\s*){3,}$")  # "---", "* * *", "___": a break between turns


def caps_alone(lines: list[str], index: int) -> L.LabelCandidate | None:
    """The candidate of line ``index`` when it holds a name or office in capitals alone, the first line of a block
    (first, after a blank line or a separator) with text in lower case on the line below; else None."""
    if index and lines[index - 1].strip() and not SEPARATOR.match(lines[index - 1]):
        return None
    if index + 1 >= len(lines) or not _speech(lines[index + 1]):
        return None
    return caps_alone_line(lines[index])


def caps_alone_line(line: str) -> L.LabelCandidate | None:
    """The label and note of a line in capitals that holds only a name or an office, or a name and an office after a
    comma, either first ("MIGUEL BARBOSA HUERTA, GOBERNADOR DE PUEBLA", "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM
    PARDO": ``_name_part``), or None."""
    text = line.strip()
    if not text or not text[:1].isupper() or not text.isupper() or len(text) > CAPS_ALONE_MAX_CHARS \
            or not SHAPE.match(text) or NOT_IN_NAME.search(text):
        return None
    parts = [p.strip() for p in OUTSIDE_COMMA.split(text)]
    name = _name_part(parts)
    label, _, abbreviation = parts[name].partition(" (")
    notes = [p for i, p in enumerate(parts) if i != name] + ([abbreviation.rstrip(")")] if abbreviation else [])
    if not CAPS_ALONE_MIN_CHARS <= len(label) <= L.rules.LABEL_MAX_CHARS or "(" in label or not L.is_caps(label) \
            or L.not_a_name(label) or any(w.casefold() in L.STOP_WORDS and w.casefold() not in L.PARTICLES
                                         for w in label.split()):
        return None
    return L.LabelCandidate(label, ", ".join(notes) or None, "", len(line.rstrip()), None, STYLE)


OUTSIDE_COMMA = re.compile(r",\s*(?![^()]*\))")  # a comma between the name and the office, not one in brackets
JOINING = frozenset(vocab.words("label-office-joining-words.txt"))  # "DE", "DEL", "Y", "OF" (see the file)


def _name_part(parts: list[str]) -> int:
    """Which comma part of the line is the name: the first, unless it holds a word that joins an office's parts
    and the last holds none (then the office came first and the name last)."""
    def joined(part: str) -> bool:
        return any(word in JOINING for word in part.split())
    return len(parts) - 1 if len(parts) > 1 and joined(parts[0]) and not joined(parts[-1]) else 0


def heads_turn(lines: list[str], index: int) -> bool:
    """Whether the line below line ``index`` opens with a label of another shape: the line in capitals is then a
    heading above a labelled turn ("ICE STORM" / "Mr. Bob Kilger (Stormont-Dundas, Lib.): ..."), not a label left
    inside speech."""
    return index + 1 < len(lines) and L.candidate(lines[index + 1]) is not None


def _speech(line: str) -> bool:
    """A line that may be speech: not blank, no separator, and not itself a line in capitals of this shape (a
    roster's, a list's or a cover page's next name, a heading's second line).  "—70—." is speech."""
    text = line.strip()
    return bool(text) and not SEPARATOR.match(text) and not (text.isupper() and SHAPE.match(text))


def keep_pattern(found: list, lines: list[str]) -> list:
    """``found`` (``label_seen.Seen``) without the candidates of this style unless the document writes its dialogue
    so (see the module)."""
    alone = [s for s in found if s.candidate.style == STYLE]
    if not alone or _pattern(alone, found, lines):
        return found
    return [s for s in found if s.candidate.style != STYLE]


def _pattern(alone: list, found: list, lines: list[str]) -> bool:
    uses = Counter(s.key for s in alone)
    if sum(1 for n in uses.values() if n >= 2) < CAPS_ALONE_MIN_NAMES:
        return False
    if len(alone) < CAPS_ALONE_MAIN_SHARE * len(found):
        return False
    keys = [s.key for s in alone]
    if not takes_turns(keys, CAPS_ALONE_ALTERNATION_SHARE):
        return False
    return _speech_words(alone, lines) >= CAPS_ALONE_SPEECH_SHARE * sum(len(line.split()) for line in lines)


def _speech_words(alone: list, lines: list[str]) -> int:
    """Words of the lines under the name lines, down to the next name line."""
    starts = {s.index for s in alone}
    words, inside = 0, False
    for index, line in enumerate(lines):
        if index in starts:
            inside = True
        elif inside:
            words += len(line.split())
    return words + sum(len(s.candidate.label.split()) for s in alone)


def caps_alone_names(ev, accepted: set[str]) -> set[str]:
    """Every name of the document's names-in-capitals pattern (rule "caps-alone"): ``keep_pattern`` kept the
    candidates of this style only where the document writes its dialogue so, and a speaker who speaks once in it is
    one of its voices."""
    return {s.key for s in ev.found if s.candidate.style == STYLE}

"""A speaker label taken apart: the person (or office) it names, its notes, and the office holder in brackets.

``label_parts(label, note)`` -> ``LabelParts``: "The Prime Minister (Mr Tony Blair)" is the office and its holder,
"1. Mr John Smith (Northtown) (Lab)" a name with its constituency and party, "Anna Schmidt, Bundesministerin für
Umwelt" a name and an office; ``without_courtesy`` reads off a session diary's "O señor" / "El Sr.".  The names and
offices vocabulary is ``people``'s.
"""

from __future__ import annotations

import regex as re
from dataclasses import dataclass

from .people import (COURTESY_ARTICLES, COURTESY_TITLES, NAME_TOKEN, PARTICLES, _unaccented, display_name, fold,
                     is_office, is_office_only, surname_and_titles)

QUESTION_NUMBER = re.compile(r"^\d{1,3}[.)]\s+")  # "1. Mr John Smith (Northtown) (Lab):" in an order paper
TRAILING_NOTE = re.compile(r"\s*\(([^()]{1,80})\)\s*$")
NOTE_SPLIT = re.compile(r"\)\s*\(")  # one note holding two: "Northtown) (Lab"


@dataclass(frozen=True)
class LabelParts:
    """A speaker label taken apart: the person (or office) it names, its notes, and the office holder."""

    name: str  # "Mr John Smith", "The Prime Minister", "Anna Schmidt"
    notes: tuple[str, ...]  # constituency, party, office: ("Northtown", "Lab"), ("Bundesministerin für Umwelt",)
    holder: str | None = None  # the person an office label names in brackets: "Tony Blair"


def without_courtesy(label: str) -> str:
    """"O señor PRESIDENTE" -> "PRESIDENTE", "La señora VICEPRESIDENTA" -> "VICEPRESIDENTA", "El Sr. RAJOY BREY"
    -> "RAJOY BREY", "Sr. PRESIDENTE" -> "PRESIDENTE": the courtesy words of a session diary's label are not the
    name.  "Señor Presidente" (no article, not in capitals) stays."""
    words = label.split()
    if len(words) >= 3 and fold(words[0]) in COURTESY_ARTICLES and fold(words[1]).strip(".") in COURTESY_TITLES:
        return " ".join(words[2:])
    if len(words) >= 2 and words[0].endswith(".") and fold(words[0]).strip(".") in COURTESY_TITLES \
            and words[1].isupper() and len(words[1]) > 1:
        return " ".join(words[1:])
    return label


def label_parts(label: str, note: str | None = None) -> LabelParts:
    """Take a label apart, however the label reader split it: ``note`` is the bracket it read off, if any.

    "The Prime Minister (Mr Tony Blair)" -> office "The Prime Minister", holder "Tony Blair";
    "1. Mr John Smith (Northtown) (Lab)" -> "Mr John Smith", notes ("Northtown", "Lab");
    "Anna Schmidt, Bundesministerin für Umwelt" -> "Anna Schmidt", notes ("Bundesministerin für Umwelt",).
    A comma starts a note only before an office ("Howard, John" is an inverted name, not a role)."""
    text = without_courtesy(QUESTION_NUMBER.sub("", label.strip()))
    notes: list[str] = []
    while (match := TRAILING_NOTE.search(text)) and match.start() > 0:
        notes.insert(0, match.group(1).strip())
        text = text[:match.start()].rstrip()
    if note:
        notes.extend(part.strip() for part in NOTE_SPLIT.split(note) if part.strip())
    head, comma, tail = text.partition(", ")
    if comma and head[:1].isupper() and is_office(tail) and not is_office_only(head):
        text = head
        notes.insert(0, tail.strip())
    holder = None
    if notes and (person := _ideograph_holder(text, notes[0])):
        return LabelParts(text.strip(), tuple(notes[1:]), person)
    if is_office_only(text):
        for index, found in enumerate(notes):
            if person := _bracket_person(found):
                holder = person
                notes.remove(found)
                break
            head, stop, tail = found.partition(". ")  # the chair and the party in one bracket, as Brazilian
            if stop and (person := _bracket_person(head)):  # records print them: "(Paulo Folletto. PSB - ES)"
                holder, notes[index] = person, tail.strip()
                break
            head, comma, tail = found.rpartition(", ")  # an office written on past a comma, its holder in the
            if comma and (person := _bracket_person(tail)):  # bracket: "PRESIDENTE DA COMISIÓN 1ª, INSTITUCIONAL,
                holder, notes[index] = person, head.strip()  # ... XUSTIZA E INTERIOR (Baamonde Díaz)", Galicia
                break
    return LabelParts(text.strip(), tuple(notes), holder)


def answered_by(note: str) -> str | None:
    """The person an answer label's note names ("del Secretario Ebrard" -> "Secretario Ebrard", "by Secretary
    Blinken"), if any: the lower-case words before it (prepositions, articles: any language) are left out."""
    words = note.split()
    while words and words[0][:1].islower():
        words.pop(0)
    return _bracket_person(" ".join(words)) if words else None


JOINED_SURNAME = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")  # "FernándezRogina": a compound set without its hyphen


def _name_word(token: str) -> bool:
    """A word of a name, accented or not ("Cólera", "Núñez", "de", "FernándezRogina")."""
    plain = _unaccented(token)
    return bool(NAME_TOKEN.match(plain) or JOINED_SURNAME.match(plain)) or fold(token) in PARTICLES


CJK_HOLDER = re.compile(r"^[\u4e00-\u9fff\u3005]{1,6}$")  # a surname or a full name in ideographs: "滝澤", "河野太郎"
CJK_COURTESY = "君氏"  # written after a name in brackets in Japanese minutes: "国務大臣（河野太郎君）"


def _ideograph_holder(label: str, note: str) -> str | None:
    """The holder of an office written in a caseless script, named in the bracket after it: "健康福祉部長（滝澤）"
    -> "滝澤", "国務大臣（河野太郎君）" -> "河野太郎" (Japanese council and Diet minutes).  A group or a party in the
    bracket ("一人会派の会", with kana) is no holder; a label with capitals or lower case is not read here."""
    if any(c.isupper() or c.islower() for c in label) or not label.strip():
        return None
    name = note.strip().rstrip(CJK_COURTESY)
    return name if CJK_HOLDER.match(name) and name != label.strip() else None


def _bracket_person(text: str) -> str | None:
    """"Mr Tony Blair" -> "Tony Blair", "Mr Smith" -> "Mr Smith"; a party ("Lab"), a place ("Folkestone and
    Hythe") or an office gives None."""
    text = text.strip().rstrip(".")  # "(Mr. Salazar.)": the record's full stop
    titles, rest = surname_and_titles(text)
    tokens = rest.split()
    if not tokens or is_office(rest) or not all(_name_word(t) for t in tokens):
        return None
    if len(tokens) >= 2:
        return rest
    return display_name(text) if titles else None

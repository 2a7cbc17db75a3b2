"""What a document's labels say about each other (part of stage 5, speakers): ``LabelGrammar``.

Each label taken apart (``label_parts``), the person an office label names in brackets ("The Prime Minister (Mr
Tony Blair)": the office alone later is him too), the notes that are a label's role ("(Northtown) (Lab)",
"(SPD)"), and the call signs whose brackets name who speaks on them ("Dawn 1 (Korolev)").
"""

from __future__ import annotations

import regex as re

from . import labels, people, surnames
from .clean_rules import patterns
from .label_parts import LabelParts, label_parts
from ..model import Person, RawTurn


# A label whose brackets name at least this many different people (one capitalised word each, "Dawn 1
# (Korolev)", "Dawn 1 (Kamanin)") is a station or call sign that several people speak on: the bracket names the
# speaker.  One note per label is a constituency or a role ("Mr David Hanson (Delyn)"); capitals are a craft
# or a party ("LMP (EAGLE)", "(SPD)").
PERSON_NOTES_MIN = 2
# A note that says the speaker resumes ("NEVZAT CEYLAN (Devamla) –" in TBMM records, "(Continued)") is no person.
CONTINUED_NOTE = re.compile(rf"^(?:{'|'.join(patterns('bracketed-continuation'))})$", re.I)


def person_word(note: str) -> bool:
    """One capitalised word in any script, not in capitals: a surname ("Korolev", "Королёв", "Martiny-Glotz")."""
    word = note.strip()
    return (" " not in word and len(word) >= 2 and word[0].isupper() and word.replace("-", "").isalpha()
            and not word.isupper() and not people.is_office(word) and not CONTINUED_NOTE.match(word))


def lone_answer_letter(key: str, grammar: LabelGrammar) -> bool:
    """An answer letter ("A:") where no label of the document asks (no "Q:", "Question:", "Interviewer:"): the
    initial of a speaker ("S:", "C:", "A:" for Saf, Canti and Alex in a podcast, held-out hj02), not "Answer"."""
    return len(key) == 1 and labels.GENERIC[key] == labels.GENERIC.get("answer") and not grammar.asks


class LabelGrammar:
    """What a document's labels say about each other: each label taken apart, the person each office label
    names in brackets ("The Prime Minister (Mr Tony Blair)": the short form "The Prime Minister" is him too,
    when the document names one holder of that office), and the notes that are a label's role (constituency,
    party, office: "(Northtown) (Lab)", "(SPD)", ", Bundesministerin für Umwelt")."""

    def __init__(self, turns: tuple[RawTurn, ...] = (), text: str = "") -> None:
        self.parts: dict[tuple[str, str | None], LabelParts] = {}  # by label and note
        self.asks = any(labels.GENERIC.get(labels.label_key(t.label)) in labels.QUESTIONERS for t in turns if t.label)
        self._full = surnames.FullNames(text)
        notes: dict[str, set[tuple[str, ...]]] = {}
        for turn in turns:
            if turn.label:
                parts = self.parts.get((turn.label, turn.note))
                if parts is None:  # once per distinct label and note, however many turns use them
                    parts = self.parts[turn.label, turn.note] = label_parts(turn.label, turn.note)
                notes.setdefault(turn.label, set()).add(parts.notes)
        holders: dict[str, set[str]] = {}
        for parts in self.parts.values():
            if parts.holder:
                holders.setdefault(people.fold(people.display_name(parts.name)), set()).add(parts.holder)
        self.holders = {office: names.pop() for office, names in holders.items() if len(names) == 1}
        self.role_notes = self._role_notes(notes)
        written: dict[str, set[str]] = {}
        for turn in turns:
            if turn.label and turn.note and person_word(turn.note):
                written.setdefault(turn.label, set()).add(turn.note)
        # a call sign or station whose bracket names who spoke on it ("Dawn 1 (Korolev)", "Dawn 1 (Kamanin)"):
        # the people in brackets are the speakers, where one label carries several of them
        self.person_notes = any(len(found) >= PERSON_NOTES_MIN for found in written.values())
        self.stations = {labels.label_key(label) for label, found in written.items() if len(found) >= PERSON_NOTES_MIN}
        self.full_names = tuple(dict.fromkeys(p.name for p in self.people() if " " in p.name))

    @staticmethod
    def _role_notes(notes: dict[str, set[tuple[str, ...]]]) -> dict[str, str]:
        """A label's notes are its role when they are the same on every turn and say so by their shape: two
        notes (constituency and party), an office, or a note other labels carry too (a party: "(SPD)").
        A note that changes between turns ("Vesna (Kadushkin)", "LMP (EAGLE)", "LMP (TRANQ)") is not a role."""
        steady = {label: next(iter(found)) for label, found in notes.items() if len(found) == 1 and next(iter(found))}
        carriers: dict[str, set[str]] = {}
        for label, found in steady.items():
            for note in found:
                carriers.setdefault(note, set()).add(label)
        roles = {}
        for label, found in steady.items():
            if len(found) >= 2 or any(people.is_office(n) or len(carriers[n]) >= 2 for n in found):
                roles[label] = ", ".join(found)
        return roles

    def full_form(self, name: str) -> str | None:
        """The full name the document writes for a name given by its surnames ("Torres Rodríguez"), if one;
        a title and one surname ("Mr. Salazar") are ``_full_name_for``'s."""
        _, rest = people.surname_and_titles(name)
        return self._full.full_form(rest) if " " in rest else None

    def office_of(self, label: str, note: str | None) -> tuple[str, bool] | None:
        """The office or call sign a turn's label speaks for, and whether the label names its holder: ("presidente
        da mesa de idade", True) for "O señor PRESIDENTE DA MESA DE IDADE (Torres Rodríguez)", ("presidente",
        False) for "O señor PRESIDENTE"; ("dawn 1", True) for "Dawn 1 (Korolev)" where brackets name who speaks
        on a call sign, ("dawn 1", False) for "Dawn 1" alone.  None for any other label."""
        if self.person_notes and (note is None or person_word(note)):
            key = labels.label_key(label)
            if key in self.stations:
                return key, note is not None
        parts = self.parts.get((label, note))
        if parts and (parts.holder or (people.is_office_only(parts.name) and not parts.notes)):
            return people.fold(people.display_name(parts.name)), parts.holder is not None
        return None

    def holder_of(self, parts: LabelParts) -> str | None:
        if parts.holder:
            return parts.holder
        if people.is_office_only(parts.name):
            return self.holders.get(people.fold(people.display_name(parts.name)))
        return None

    def people(self) -> list[Person]:
        """The people the labels name in full ("Präsident Dr. Norbert Lammert", "(Mr Alistair Darling)"), so
        that a short form ("Präsident Lammert", "Mr Darling") is read as the same person."""
        found = []
        for parts in self.parts.values():
            if parts.holder and len(people.name_tokens(parts.holder)) >= 2:  # "(Mr. Salazar)" names no one new
                found.append(Person(parts.holder, people.display_name(parts.name)))
                continue
            _, rest = people.surname_and_titles(parts.name)
            if people.is_name_line(rest) and not people.initial_form(rest):  # "T. Tapaitai" names no one new
                found.append(Person(rest))
        return found


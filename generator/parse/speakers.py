"""Stage 5, resolve speakers inside one document: labels -> ``LocalSpeaker``.

In: the raw turns, the header and the cleaned text.  Out: one ``LocalSpeaker`` per
person (or role) and a map from label key to speaker key.  A title label becomes
the person the document names ("SECRETARY KERRY" -> John Kerry when the header
says "John Kerry / Secretary of State"); roles come from the header or from
"ROLE NAME" phrases in the text; generic labels (Question, Moderator) stay roles;
automatic labels (SPEAKER_03) stay as they are.  A named speaker most of whose
turns are questions is the document's questioner (an interviewer).

The labels are read against each other (``_LabelGrammar``): an office label with
the holder in brackets ("The Prime Minister (Mr Tony Blair)") is that person, and so
are the office alone and the surname later ("The Prime Minister", "Mr Blair");
a title before a full name ("Präsident Dr. Norbert Lammert") and constituency,
party and office notes ("(Northtown) (Lab)", ", Bundesministerin für Umwelt") are
the role, not the name.  Announced questioners are ``questioners``' work.
"""

from __future__ import annotations

import operator
import regex as re
from dataclasses import replace

from slugify import slugify

from . import known_names, label_dash, labels, monologue, people, questioners, surnames, vocab
from .clean_rules import patterns
from .label_parts import LabelParts, answered_by, label_parts, without_courtesy
from ..model import Body, CleanDoc, Header, LocalSpeaker, Person, RawTurn, TurnType

QUESTION_END = re.compile(r"\?[\"”'’)]*\s*$")


def _document_text(header: Header, doc: CleanDoc) -> str:
    return "\n".join(header.lines_text + tuple(b.text for b in doc.blocks))


def _known_people(header: Header, text: str) -> list[Person]:
    """People the document names (``text``: its header and blocks): header first, then "ROLE NAME" phrases."""
    known = list(header.people)
    known.extend(people.people_in(text))
    known.extend(Person(name) for name in people.names_in("\n".join(header.lines_text)))
    known.extend(Person(name) for name in people.names_in(text))  # last: any full name the text gives
    return list(dict.fromkeys(known))


def _full_name_for(label: str, known: list[Person], labelled: tuple[str, ...] = ()) -> str | None:
    """The full name a title or initial label stands for, if the document gives exactly one.  A bare word
    that is the first name of a speaker the document labels in full ("Bekah" after "Bekah Hawrot Weigel:")
    is that speaker, when only one has it; it is then nobody's surname ("maybe Bekah" in the text)."""
    titles, rest = people.surname_and_titles(label)
    labelled = _solo(labelled)
    initial = people.initial_form(rest)
    if initial:
        first, surname = initial
    elif " " not in rest and rest[:1].isalpha():  # "SECRETARY KERRY", "WARREN": a surname
        first, surname = None, people.fold(rest)
        given = {name for name in labelled if people.fold(name.split()[0]) == surname} if not titles else set()
        if given:
            return given.pop() if len(given) == 1 else None
    else:
        return None
    matches = sorted({name for name in _by_surname(known).get(surname, ())
                      if first is None or people.fold(name)[0] == first}, key=lambda n: (-len(n), n))
    if matches and all(people.same_person(matches[0], other) for other in matches[1:]):
        return matches[0]  # one person, however many forms of the name ("Rich Clarida", "Richard H. Clarida")
    return None


_SOLO: list[tuple[tuple[str, ...], tuple[str, ...]]] = [((), ())]  # the last names read, and those of one person


def _solo(labelled: tuple[str, ...]) -> tuple[str, ...]:
    """``labelled`` without the joint labels ("Monica and Ross:" names two speakers together: never the full name of
    either); made once for the document's labelled names (the same tuple for each of its labels), not per label."""
    held, solo = _SOLO[0]
    if held is not labelled:
        solo = tuple(name for name in labelled if not labels.JOINT.search(name))
        _SOLO[0] = (labelled, solo)
    return solo


_INDEXED: list[tuple[tuple[Person, ...], dict[str, list[str]]]] = []  # the last list of people read, and its index


def _by_surname(known: list[Person]) -> dict[str, list[str]]:
    """The full names of ``known`` (a space in the name, no joint: "Monica and Ross" is no one's full name) by their
    folded last word.  ``_full_name_for`` asks about the same list of the document's people for each of its labels:
    the index is made once per list (remembered while the list holds the same people), not each person's surname
    folded again for every label."""
    for held, index in _INDEXED:
        if len(held) == len(known) and all(map(operator.is_, held, known)):
            return index
    index: dict[str, list[str]] = {}
    for person in known:
        if " " in person.name and not labels.JOINT.search(person.name):
            index.setdefault(people.fold(person.name.split()[-1]), []).append(person.name)
    _INDEXED[:] = [(tuple(known), index)]
    return index


def _role_for(name: str, titles: tuple[str, ...], known: list[Person]) -> str | None:
    for person in known:
        if person.role and person.name == name:
            return person.role
    surname = people.fold(name.split()[-1])
    for person in known:
        if person.role and " " not in person.name and people.fold(person.name) == surname:
            return person.role
    office = [t for t in titles if people.is_office(t)]
    return " ".join(office) if office else None


def _office_holder(label: str, header: Header, doc: CleanDoc) -> str | None:
    """The person a bare office label ("PRIME MINISTER") stands for: the one speaker the document's
    metadata names (a front-matter key that names a speaker or an author, or a "Speaker:" line)."""
    titles, rest = people.surname_and_titles(label)
    if not people.is_office(label) or (rest and not people.is_office(rest)):
        return None
    front = dict(doc.source.front_matter)
    for key in monologue.vocabulary().keys + monologue.vocabulary().authors:  # data/monologue-evidence.txt
        value = front.get(key)
        names = [value] if isinstance(value, str) else [v for v in value or [] if isinstance(v, str)]
        persons = [people.inverted_name(n) for n in names]
        persons = [p for p in persons if p]
        if len(persons) == 1:
            return persons[0]
    title = front.get("title") if isinstance(front.get("title"), str) else header.title
    return _titled_holder(label, title or "") or header.monologue_by


# The words title case capitalises after a name, where the rest of a title begins (data/title-connectives.txt);
# not the title's first word.
TITLE_CONNECTIVE = re.compile(r"(?<=\S )(?:%s)\b" % "|".join(
    w.capitalize() for w in vocab.words("title-connectives.txt")))


def _titled_holder(label: str, title: str) -> str | None:
    """The one person the document's title names with the label's office ("THE PRESIDENT" under "Remarks by
    President Biden in Roundtable with ..."): "President Biden".  Two people with that office in the title, or
    none, give None; the text is not asked (a speech quotes "President Kennedy")."""
    office = people.fold(people.display_name(label)).removeprefix("the ")
    title = " ".join(title.split())  # no-break spaces, as web pages write "President\u00a0Biden"
    title = TITLE_CONNECTIVE.sub(lambda m: m.group(0).lower(), title)  # "Biden Before Meeting": the name ends
    named = {p.name for p in people.people_in(title) if p.role and people.fold(p.role) == office}
    if len(named) != 1:
        return None
    name = named.pop()
    return name if " " in name else f"{people.display_name(label).removeprefix('The ')} {name}"


QUESTION_LETTERS = 2  # "P", "Q", "Fr": a letter or two is an abbreviation; a longer key is the word itself


def _speaker_for_label(label: str, known: list[Person], holder: str | None = None,
                       answers: str | None = None, grammar: "_LabelGrammar | None" = None,
                       note: str | None = None) -> LocalSpeaker:
    """``answers``: the talk's speaker, who gives the answers of the questions after it ("A:").
    ``grammar``: what the document's labels say about each other (office holders, role notes)."""
    key = labels.label_key(label)
    if answers and key in monologue.vocabulary().answers:
        if note and (person := answered_by(note)):  # "Respuesta [del Secretario Ebrard]": not the talk's speaker
            return _speaker_for_label(person, known, grammar=grammar)
        return LocalSpeaker(slugify(answers), answers, None, (label,), generic=False)
    if answers and key in monologue.vocabulary().questions and not labels.is_generic(label):
        # a talk then its questions: "P:" (pregunta) against "R:" is the generic questioner, as "Q:" is; a word
        # is kept as the document writes it ("Pregunta", "Pergunta", "Frage"), a letter reads as "Question"
        name = people.display_name(label) if len(key) > QUESTION_LETTERS else labels.GENERIC[labels.label_key("Q")]
        return LocalSpeaker(slugify(name), name, None, (label,), generic=True, questioner=True)
    if label == monologue.UNKNOWN:  # a monologue nothing names: a role, never one person across documents
        return LocalSpeaker(slugify(label), label, None, (label,), generic=True)
    if labels.is_generic(label) and not (grammar is not None and _lone_answer_letter(key, grammar)):
        name = labels.GENERIC[key]
        return LocalSpeaker(slugify(name), name, None, (label,), generic=True,
                            questioner=name in labels.QUESTIONERS)
    if labels.is_automatic(label):
        name = people.display_name(label.replace("_", " "))
        return LocalSpeaker(slugify(label), name.title() if name.isupper() else name, None, (label,),
                            generic=False, automatic=True)
    grammar = grammar or _LabelGrammar()
    if note and grammar.person_notes and _person_word(note):  # "Dawn 1 (Korolev)": Korolev, on call sign Dawn 1
        return LocalSpeaker(slugify(note), note, label, (f"{label} ({note})",), generic=False)
    parts = grammar.parts.get((label, note)) or label_parts(label, note)
    office = grammar.holder_of(parts)
    if office:  # "The Prime Minister (Mr Tony Blair)", and "The Prime Minister" after it
        # "(Torres Rodríguez)": "D. Celestino Torres Rodríguez"; "(Mr. Salazar.)": "Ken Salazar", if the text says so
        office = grammar.full_form(office) or _full_name_for(office, known) or office
        return LocalSpeaker(slugify(office), office, people.display_name(parts.name), (label,), generic=False)
    if labels.is_caps(parts.name) and (split := label_dash.office_and_holder(parts.name)):  # TBMM: "BAKANI NAME"
        name = people.display_name(split[1])
        return LocalSpeaker(slugify(name), name, people.display_name(split[0]), (label,), generic=False)
    titles, rest = people.surname_and_titles(parts.name)
    name = _full_name_for(parts.name, known, grammar.full_names) or holder or people.display_name(parts.name)
    if name == people.display_name(parts.name) and without_courtesy(label) != label:
        name = grammar.full_form(name) or name  # "El señor RAJOY BREY": the surnames of "Mariano Rajoy Brey"
    if name == people.display_name(parts.name) and titles and people.is_name_line(rest) \
            and not people.initial_form(rest):  # "Hon. T. Tapaitai" keeps the title: "T. Tapaitai" is no full name
        name = rest  # "Präsident Dr. Norbert Lammert" is Norbert Lammert; the office is his role
    notes = grammar.role_notes.get(label)
    role = (people.display_name(label) if holder and name == holder
            else notes or _role_for(name, titles, known))
    return LocalSpeaker(slugify(name), name, role, (label,), generic=False)


# A label whose brackets name at least this many different people (one capitalised word each, "Dawn 1
# (Korolev)", "Dawn 1 (Kamanin)") is a station or call sign that several people speak on: the bracket names the
# speaker.  One note per label is a constituency or a role ("Mr David Hanson (Delyn)"); capitals are a craft
# or a party ("LMP (EAGLE)", "(SPD)").
PERSON_NOTES_MIN = 2
# A note that says the speaker resumes ("NEVZAT CEYLAN (Devamla) –" in TBMM records, "(Continued)") is no person.
CONTINUED_NOTE = re.compile(rf"^(?:{'|'.join(patterns('bracketed-continuation'))})$", re.I)


def _person_word(note: str) -> bool:
    """One capitalised word in any script, not in capitals: a surname ("Korolev", "Королёв", "Martiny-Glotz")."""
    word = note.strip()
    return (" " not in word and len(word) >= 2 and word[0].isupper() and word.replace("-", "").isalpha()
            and not word.isupper() and not people.is_office(word) and not CONTINUED_NOTE.match(word))


def _lone_answer_letter(key: str, grammar: "_LabelGrammar") -> bool:
    """An answer letter ("A:") where no label of the document asks (no "Q:", "Question:", "Interviewer:"): the
    initial of a speaker ("S:", "C:", "A:" for Saf, Canti and Alex in a podcast, held-out hj02), not "Answer"."""
    return len(key) == 1 and labels.GENERIC[key] == labels.GENERIC.get("answer") and not grammar.asks


class _LabelGrammar:
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
            if turn.label and turn.note and _person_word(turn.note):
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
        if self.person_notes and (note is None or _person_word(note)):
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


def _text(turn: RawTurn) -> str:
    return " ".join(s.text for p in turn.paragraphs for s in p)


def _questioners(speakers: dict[str, LocalSpeaker], body: Body, keys: list[str | None]) -> set[str]:
    """Named speakers who mostly ask, when someone else mostly answers."""
    asked: dict[str, int] = {}
    total: dict[str, int] = {}
    words: dict[str, int] = {}
    for turn, key in zip(body.turns, keys):
        if turn.type is not TurnType.SPEECH or key is None:
            continue
        text = _text(turn)
        total[key] = total.get(key, 0) + 1
        words[key] = words.get(key, 0) + len(text.split())
        # (the cheap test first: a question mark near the end of the turn, which ``QUESTION_END`` needs too)
        asked[key] = asked.get(key, 0) + bool("?" in text[-200:] or QUESTION_END.search(text))
    named = [k for k in total if not speakers[k].generic]
    if len(named) < 2:
        return set()
    top = max(named, key=lambda k: (words[k], k))
    return {k for k in named if k != top and total[k] >= 2 and asked[k] / total[k] >= 0.5}


def _add(speakers: dict[str, LocalSpeaker], speaker: LocalSpeaker) -> str:
    existing = speakers.get(speaker.key)
    if existing:
        role = existing.role or speaker.role
        added = tuple(l for l in speaker.labels if l not in existing.labels)
        questioner = existing.questioner or speaker.questioner
        # (a speaker seen again with nothing new stays the record it is: most turns; ``replace`` is slow)
        speaker = existing if role == existing.role and not added and questioner == existing.questioner else \
            replace(existing, role=role, labels=existing.labels + added, questioner=questioner)
    speakers[speaker.key] = speaker
    return speaker.key


def resolve(body: Body, header: Header, doc: CleanDoc,
            renamed: dict[str, str] | None = None) -> tuple[tuple[LocalSpeaker, ...], list[str | None]]:
    """Return the document's speakers and, for each raw turn, its speaker key (None for narration).

    ``renamed`` maps labels as written to names (a transcript's sidecar file).
    """
    text = _document_text(header, doc)
    grammar = _LabelGrammar(body.turns, text)
    known = known_names.plausible(list(dict.fromkeys(grammar.people() + _known_people(header, text))), body.turns,
                                   text)
    renamed = dict(body.names) | {labels.label_key(k): v for k, v in (renamed or {}).items()}
    announced = questioners.announced(body)
    answers = header.monologue_by if header.monologue_why and doc.labels else None  # a talk, then Q and A
    speakers: dict[str, LocalSpeaker] = {}
    keys: list[str | None] = []
    resolved: dict[tuple[str, str | None], LocalSpeaker] = {}  # one per distinct label and note
    last: tuple[str | None, LocalSpeaker | None] = (None, None)  # the last labelled turn's office and holder
    for index, turn in enumerate(body.turns):
        if not turn.label:
            keys.append(None)
            continue
        key = labels.label_key(turn.label)
        office = grammar.office_of(turn.label, turn.note)
        if key in renamed:
            speaker = LocalSpeaker(slugify(renamed[key]), renamed[key], None, (turn.label,), generic=False)
        elif index in announced:  # "Go ahead, Aamer.": a first name alone is this document's, never merged
            name, org, _, _ = announced[index]
            speaker = LocalSpeaker(slugify(name), name, org, (turn.label,), generic=False, questioner=True,
                                   automatic=len(people.name_tokens(name)) < 2)
        else:
            if (turn.label, turn.note) not in resolved:
                resolved[turn.label, turn.note] = _speaker_for_label(
                    turn.label, known, _office_holder(turn.label, header, doc), answers, grammar, turn.note)
            speaker = _continued(resolved[turn.label, turn.note], office, last)
        last = (office[0], speaker) if office else (None, None)
        keys.append(_add(speakers, speaker))
    for key in _questioners(speakers, body, keys):
        speakers[key] = replace(speakers[key], role=speakers[key].role or "Interviewer", questioner=True)
    return tuple(speakers.values()), keys


def _continued(speaker: LocalSpeaker, office: tuple[str, bool] | None,
               last: tuple[str | None, LocalSpeaker | None]) -> LocalSpeaker:
    """An office or call sign alone ("Vesna", "The Minister of State") right after a turn of that office's
    holder named in brackets ("Vesna (Horoshylov)"), with no other speaker between, is that holder going on (the
    transcript repeats the station's label).  After anyone else it stays the office, which several people may
    hold at once ("The Minister of State (Mr Adam Smith)", "(Ms Beth Jones)"); an office the document names
    one holder for is that holder wherever it stands (``_LabelGrammar.holder_of``)."""
    if office is None or office[1] or last[0] != office[0] or last[1] is None:
        return speaker
    return replace(last[1], labels=speaker.labels)


def inferred(body: Body) -> dict[int, str]:
    """Why a turn's speaker was inferred, for turns attributed by an announcement (and its follow-ups)."""
    return {index: f"{'follow-up, ' if said.follow_up else ''}announced: “{said.sentence}”"
            for index, said in questioners.announced(body).items()}

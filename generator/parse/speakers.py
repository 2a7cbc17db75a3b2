"""Stage 5, resolve speakers inside one document: labels -> ``LocalSpeaker``.

In: the raw turns, the header and the cleaned text.  Out: one ``LocalSpeaker`` per
person (or role) and a map from label key to speaker key.  A title label becomes
the person the document names ("SECRETARY KERRY" -> John Kerry when the header
says "John Kerry / Secretary of State"); roles come from the header or from
"ROLE NAME" phrases in the text; generic labels (Question, Moderator) stay roles;
automatic labels (SPEAKER_03) stay as they are.  A named speaker most of whose
turns are questions is the document's questioner (an interviewer).

The labels are read against each other (``label_relations.LabelGrammar``): an office label with
the holder in brackets ("The Prime Minister (Mr Tony Blair)") is that person, and so
are the office alone and the surname later ("The Prime Minister", "Mr Blair");
a title before a full name ("Präsident Dr. Norbert Lammert") and constituency,
party and office notes ("(Northtown) (Lab)", ", Bundesministerin für Umwelt") are
the role, not the name.  Who a label stands for in the document's own words (a full name, a role, an
office's holder) is ``speaker_names``' work; announced questioners are ``questioners``'.
"""

from __future__ import annotations

import regex as re
from dataclasses import replace

from slugify import slugify

from . import known_names, label_dash, labels, monologue, people, questioners
from .label_parts import answered_by, label_parts, without_courtesy
from .label_relations import LabelGrammar, lone_answer_letter, person_word
from .speaker_names import _solo, full_name_for, known_people, office_holder, role_for  # noqa: F401 (``_solo``)
from .speaker_names import full_name_for as _full_name_for  # noqa: F401 (the name the tests ask for)
from ..model import Body, CleanDoc, Header, LocalSpeaker, Person, RawTurn, TurnType

QUESTION_END = re.compile(r"\?[\"”'’)]*\s*$")


def _document_text(header: Header, doc: CleanDoc) -> str:
    return "\n".join(header.lines_text + tuple(b.text for b in doc.blocks))


QUESTION_LETTERS = 2  # "P", "Q", "Fr": a letter or two is an abbreviation; a longer key is the word itself


def _speaker_for_label(label: str, known: list[Person], holder: str | None = None,
                       answers: str | None = None, grammar: LabelGrammar | None = None,
                       note: str | None = None) -> LocalSpeaker:
    """``answers``: the talk's speaker, who gives the answers of the questions after it ("A:").
    ``grammar``: what the document's labels say about each other (office holders, role notes)."""
    found = _role_speaker(label, known, answers, grammar, note)
    return found if found is not None else _named_speaker(label, known, holder, grammar or LabelGrammar(), note)


def _role_speaker(label: str, known: list[Person], answers: str | None, grammar: LabelGrammar | None,
                  note: str | None) -> LocalSpeaker | None:
    """The speaker of a label that names a part, not a person: an answer or a question after a talk, the unknown
    speaker of a monologue, a generic label (Question, Moderator), an automatic one (SPEAKER_03); else None."""
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
    if labels.is_generic(label) and not (grammar is not None and lone_answer_letter(key, grammar)):
        name = labels.GENERIC[key]
        return LocalSpeaker(slugify(name), name, None, (label,), generic=True,
                            questioner=name in labels.QUESTIONERS)
    if labels.is_automatic(label):
        name = people.display_name(label.replace("_", " "))
        return LocalSpeaker(slugify(label), name.title() if name.isupper() else name, None, (label,),
                            generic=False, automatic=True)
    return None


def _named_speaker(label: str, known: list[Person], holder: str | None, grammar: LabelGrammar,
                   note: str | None) -> LocalSpeaker:
    """The person a label names: the one in its brackets on a call sign, an office's holder, or its name."""
    if note and grammar.person_notes and person_word(note):  # "Dawn 1 (Korolev)": Korolev, on call sign Dawn 1
        return LocalSpeaker(slugify(note), note, label, (f"{label} ({note})",), generic=False)
    parts = grammar.parts.get((label, note)) or label_parts(label, note)
    office = grammar.holder_of(parts)
    if office:  # "The Prime Minister (Mr Tony Blair)", and "The Prime Minister" after it
        # "(Torres Rodríguez)": "D. Celestino Torres Rodríguez"; "(Mr. Salazar.)": "Ken Salazar", if the text says so
        office = grammar.full_form(office) or full_name_for(office, known) or office
        return LocalSpeaker(slugify(office), office, people.display_name(parts.name), (label,), generic=False)
    if labels.is_caps(parts.name) and (split := label_dash.office_and_holder(parts.name)):  # TBMM: "BAKANI NAME"
        name = people.display_name(split[1])
        return LocalSpeaker(slugify(name), name, people.display_name(split[0]), (label,), generic=False)
    return _person_speaker(label, parts.name, known, holder, grammar)


def _person_speaker(label: str, written: str, known: list[Person], holder: str | None,
                    grammar: LabelGrammar) -> LocalSpeaker:
    """The speaker a label's name (``written``, without its notes) is: the full name the document gives for it,
    the office's holder, or the name as written; its role from the notes, the office or the document."""
    titles, rest = people.surname_and_titles(written)
    name = full_name_for(written, known, grammar.full_names) or holder or people.display_name(written)
    if name == people.display_name(written) and without_courtesy(label) != label:
        name = grammar.full_form(name) or name  # "El señor RAJOY BREY": the surnames of "Mariano Rajoy Brey"
    if name == people.display_name(written) and titles and people.is_name_line(rest) \
            and not people.initial_form(rest):  # "Hon. T. Tapaitai" keeps the title: "T. Tapaitai" is no full name
        name = rest  # "Präsident Dr. Norbert Lammert" is Norbert Lammert; the office is his role
    notes = grammar.role_notes.get(label)
    role = (people.display_name(label) if holder and name == holder
            else notes or role_for(name, titles, known))
    return LocalSpeaker(slugify(name), name, role, (label,), generic=False)


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
    grammar = LabelGrammar(body.turns, text)
    known = known_names.plausible(list(dict.fromkeys(grammar.people() + known_people(header, text))), body.turns,
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
                    turn.label, known, office_holder(turn.label, header, doc), answers, grammar, turn.note)
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
    one holder for is that holder wherever it stands (``LabelGrammar.holder_of``)."""
    if office is None or office[1] or last[0] != office[0] or last[1] is None:
        return speaker
    return replace(last[1], labels=speaker.labels)


def inferred(body: Body) -> dict[int, str]:
    """Why a turn's speaker was inferred, for turns attributed by an announcement (and its follow-ups)."""
    return {index: f"{'follow-up, ' if said.follow_up else ''}announced: “{said.sentence}”"
            for index, said in questioners.announced(body).items()}

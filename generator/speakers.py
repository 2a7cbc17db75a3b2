"""Stage 5, resolve speakers inside one document: labels -> ``LocalSpeaker``.

In: the raw turns, the header and the cleaned text.  Out: one ``LocalSpeaker`` per
person (or role) and a map from label key to speaker key.  A title label becomes
the person the document names ("SECRETARY KERRY" -> John Kerry when the header
says "John Kerry / Secretary of State"); roles come from the header or from
"ROLE NAME" phrases in the text; generic labels (Question, Moderator) stay roles;
automatic labels (SPEAKER_03) stay as they are.  A named speaker most of whose
turns are questions is the document's questioner (an interviewer).
"""

from __future__ import annotations

import re

from slugify import slugify

from . import labels, people
from .model import Body, CleanDoc, Header, LocalSpeaker, Person, TurnType

QUESTION_END = re.compile(r"\?[\"”'’)]*\s*$")


def _known_people(header: Header, doc: CleanDoc) -> list[Person]:
    """People the document names: header first, then "ROLE NAME" phrases in the text."""
    known = list(header.people)
    text = "\n".join(header.lines_text + tuple(b.text for b in doc.blocks))
    known.extend(people.people_in(text))
    known.extend(Person(name) for name in people.names_in("\n".join(header.lines_text)))
    known.extend(Person(name) for name in people.names_in(text))  # last: any full name the text gives
    return known


def _full_name_for(label: str, known: list[Person]) -> str | None:
    """The full name a title or initial label stands for, if the document gives exactly one."""
    titles, rest = people.surname_and_titles(label)
    initial = people.initial_form(rest)
    if initial:
        first, surname = initial
    elif titles and " " not in rest:
        first, surname = None, people.fold(rest)
    else:
        return None
    matches = sorted({p.name for p in known if " " in p.name
                      and people.fold(p.name.split()[-1]) == surname
                      and (first is None or people.fold(p.name)[0] == first)}, key=lambda n: (-len(n), n))
    if matches and all(people.same_person(matches[0], other) for other in matches[1:]):
        return matches[0]  # one person, however many forms of the name ("Rich Clarida", "Richard H. Clarida")
    return None


def _role_for(name: str, titles: list[str], known: list[Person]) -> str | None:
    for person in known:
        if person.role and person.name == name:
            return person.role
    surname = people.fold(name.split()[-1])
    for person in known:
        if person.role and " " not in person.name and people.fold(person.name) == surname:
            return person.role
    office = [t for t in titles if people.is_office(t)]
    return " ".join(office) if office else None


def _speaker_for_label(label: str, known: list[Person]) -> LocalSpeaker:
    key = labels.label_key(label)
    if labels.is_generic(label):
        name = labels.GENERIC[key]
        return LocalSpeaker(slugify(name), name, None, (label,), generic=True,
                            questioner=name in labels.QUESTIONERS)
    if labels.is_automatic(label):
        name = people.display_name(label.replace("_", " "))
        return LocalSpeaker(slugify(label), name.title() if name.isupper() else name, None, (label,),
                            generic=False, automatic=True)
    titles, _ = people.surname_and_titles(label)
    name = _full_name_for(label, known) or people.display_name(label)
    return LocalSpeaker(slugify(name), name, _role_for(name, titles, known), (label,), generic=False)


def _questioners(speakers: dict[str, LocalSpeaker], body: Body, label_to_key: dict[str, str]) -> set[str]:
    """Named speakers who mostly ask, when someone else mostly answers."""
    asked: dict[str, int] = {}
    total: dict[str, int] = {}
    words: dict[str, int] = {}
    for turn in body.turns:
        if turn.type is not TurnType.SPEECH or not turn.label:
            continue
        key = label_to_key[labels.label_key(turn.label)]
        text = " ".join(s.text for p in turn.paragraphs for s in p)
        total[key] = total.get(key, 0) + 1
        words[key] = words.get(key, 0) + len(text.split())
        asked[key] = asked.get(key, 0) + bool(QUESTION_END.search(text) or "?" in text[-200:])
    named = [k for k in total if not speakers[k].generic]
    if len(named) < 2:
        return set()
    top = max(named, key=lambda k: (words[k], k))
    return {k for k in named if k != top and total[k] >= 2 and asked[k] / total[k] >= 0.5}


def resolve(body: Body, header: Header, doc: CleanDoc) -> tuple[tuple[LocalSpeaker, ...], dict[str, str]]:
    """Return the document's speakers and a map label key -> speaker key."""
    known = _known_people(header, doc)
    speakers: dict[str, LocalSpeaker] = {}
    label_to_key: dict[str, str] = {}
    for turn in body.turns:
        if not turn.label or labels.label_key(turn.label) in label_to_key:
            continue
        speaker = _speaker_for_label(turn.label, known)
        existing = speakers.get(speaker.key)
        if existing:
            speaker = LocalSpeaker(existing.key, existing.name, existing.role or speaker.role,
                                   existing.labels + speaker.labels, existing.generic, existing.automatic,
                                   existing.questioner)
        speakers[speaker.key] = speaker
        label_to_key[labels.label_key(turn.label)] = speaker.key
    for key in _questioners(speakers, body, label_to_key):
        s = speakers[key]
        speakers[key] = LocalSpeaker(s.key, s.name, s.role or "Interviewer", s.labels, s.generic, s.automatic, True)
    return tuple(speakers.values()), label_to_key

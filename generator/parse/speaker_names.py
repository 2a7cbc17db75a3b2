"""Who a speaker label stands for, from what the document says (part of stage 5, speakers).

``known_people`` lists the people a document names (its header first, then "ROLE NAME" phrases and full names in
its text); ``full_name_for`` finds the one full name a title or initial label stands for ("SECRETARY KERRY" ->
John Kerry); ``role_for`` the role the document gives a name; ``office_holder`` the one person a bare office
label ("PRIME MINISTER", "THE PRESIDENT") names, from the metadata or the title.
"""

from __future__ import annotations

import operator
import regex as re

from . import labels, people, vocab
from .monologue_vocab import vocabulary
from ..model import CleanDoc, Header, Person


def known_people(header: Header, text: str) -> list[Person]:
    """People the document names (``text``: its header and blocks): header first, then "ROLE NAME" phrases."""
    known = list(header.people)
    known.extend(people.people_in(text))
    known.extend(Person(name) for name in people.names_in("\n".join(header.lines_text)))
    known.extend(Person(name) for name in people.names_in(text))  # last: any full name the text gives
    return list(dict.fromkeys(known))


def full_name_for(label: str, known: list[Person], labelled: tuple[str, ...] = ()) -> str | None:
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
    folded last word.  ``full_name_for`` asks about the same list of the document's people for each of its labels:
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


def role_for(name: str, titles: tuple[str, ...], known: list[Person]) -> str | None:
    for person in known:
        if person.role and person.name == name:
            return person.role
    surname = people.fold(name.split()[-1])
    for person in known:
        if person.role and " " not in person.name and people.fold(person.name) == surname:
            return person.role
    office = [t for t in titles if people.is_office(t)]
    return " ".join(office) if office else None


def office_holder(label: str, header: Header, doc: CleanDoc) -> str | None:
    """The person a bare office label ("PRIME MINISTER") stands for: the one speaker the document's
    metadata names (a front-matter key that names a speaker or an author, or a "Speaker:" line)."""
    titles, rest = people.surname_and_titles(label)
    if not people.is_office(label) or (rest and not people.is_office(rest)):
        return None
    front = dict(doc.source.front_matter)
    for key in vocabulary().keys + vocabulary().authors:  # data/monologue-evidence.txt
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


"""Finding people in text: the names and offices of header lines and phrases.

``people_in(text)`` -> ``Person`` records for "ROLE NAME" ("US Secretary of State
Rex Tillerson") and "NAME, ROLE" ("John Kerry, Secretary of State") phrases;
``names_in(text)`` the full names.  ``is_name_line`` classifies the short lines of
header blocks, ``inverted_name`` reads "Howard, John".  The words of names and
offices are ``name_words``' (re-exported here with ``is_office`` and ``is_venue``);
the forms of one name (``display_name``, ``surname_and_titles``, ``same_person``
...) are ``name_forms``' (re-exported too: every stage asks ``people`` for them).
"""

from __future__ import annotations

import regex as re
import unicodedata
from functools import lru_cache

from . import vocab
from ..model import Person
from .name_forms import (CAPS_PREFIX, _courtesy_before_name, _rank_before_honorific, display_name,  # noqa: F401
                         initial_form, is_office_only, name_tokens, same_person, smart_title, surname_and_titles)
from .name_words import (CONNECTORS, COURTESY_ARTICLES, COURTESY_TITLES, HONORIFICS, LOWER_INSIDE,  # noqa: F401
                         OFFICE_CONNECTORS, OFFICE_QUALIFIERS, OFFICE_WORDS, PARTICLES, fold, is_office, is_venue)

ARTICLES = frozenset("the a an this that these those".split())
LEADING_WORDS = frozenset("the a an this that these those in on at but and as if it we he she they i our their his her "
                          "when while after before former late then i'm i've i'd i'll it's that's here's there's "
                          "we're he's she's dear maybe perhaps yes no well so now okay ok "
                          # a heading or a credit before a name: "About Ronald Arkin", "Interview with Jane Doe",
                          # "How Jekaterina started freelancing", "What Alexey learned" (second large corpus)
                          "about with by from how what why where which whose".split()) \
    | frozenset(vocab.words("interjections.txt")) | frozenset(vocab.words("greetings.txt"))  # "Oh Monica", "Bonjour Julian"
WORD = r"[A-Z][\w'’.-]*"
RUN = re.compile(rf"{WORD}(?:[ \t]+(?:{WORD}|of|the|for))*")
NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?|[A-Z]\.|[A-Z][a-z]?[A-Z][a-z'’-]+|[A-Z]['’][A-Z][a-z]+)$")
# "John Kerry, Secretary of State".  Words are possessive (a word is followed by a space or the comma, never by
# more of itself); the second alternative consumes a capitalised word that starts no name-and-role, because a
# start inside it would end at the same place and fail the same way (without it a long capitalised token is
# re-read from each of its letters: quadratic).
NAME_ROLE = re.compile(rf"(?P<name>{WORD}+(?:[ \t]+{WORD}+){{1,3}}),[ \t]+(?:the[ \t]+)?"
                       rf"(?P<role>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|the|for))*)|{WORD}+")
ROLE_AFTER_COMMA = re.compile(r",[ \t]+(?:the[ \t]+)?[A-Z]")  # what NAME_ROLE needs after the name: a line
# without it holds no name and role, and is not scanned word by word
ABBREVIATION = re.compile(r"^(?:[A-Z]\.|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Jr\.|Sr\.|Prof\.|Gen\.|(?:[A-Z]\.){2,})$")
POSSESSIVE = re.compile(r"['’]s$")


def is_name_line(text: str) -> bool:
    """A line that is a person's name and nothing else: "John Kerry"."""
    tokens = text.strip().split()
    if not 2 <= len(tokens) <= 4 or is_office(text) or is_venue(text):
        return False
    return all(NAME_TOKEN.match(_unaccented(t)) or fold(t) in PARTICLES for t in tokens)


def _unaccented(word: str) -> str:
    """"Ménard" -> "Menard": an accented name has the shape of a name ("Réal Ménard", "Siôn Simon")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _split_run(tokens: list[str]) -> Person | None:
    """Split "Russian Foreign Minister Sergey Lavrov" into role and name."""
    name: list[str] = []
    for token in reversed(tokens):
        word = fold(token).strip(".")
        if token in CONNECTORS or word in OFFICE_WORDS or word in HONORIFICS or not NAME_TOKEN.match(token) \
                or (word.endswith("s") and word[:-1] in HONORIFICS):
            break  # an office or honorific ("Herr", "Mr", "Doctors Fauci and Birx") ends the name
        name.insert(0, token)
    if len(name) == 3 and len(tokens) > 3 and tokens[-4] in CONNECTORS:
        name.pop(0)  # "President of Russia Vladimir Putin": Russia belongs to the office
    if not name or len(name) > 3:
        return None
    role_tokens = tokens[: len(tokens) - len(name)]
    while name and fold(name[0]) in LEADING_WORDS:  # "I'm Lester Holt": the words before are not an office
        name.pop(0)
        role_tokens = []
    lead = max((i for i, token in enumerate(name) if fold(token) in LEADING_WORDS), default=-1)
    if lead >= 0:  # "Y'all I'm Helen" (joined caption lines): a name starts after its last leading word
        name, role_tokens = name[lead + 1:], []
    if not name:
        return None
    while role_tokens and fold(role_tokens[0]) in ARTICLES:
        role_tokens.pop(0)
    while role_tokens and _courtesy(role_tokens[-1]):  # "Präsident Dr.": the office is "Präsident"
        role_tokens.pop()
    while role_tokens and _courtesy(role_tokens[0]) and len(role_tokens) > 1:  # "Herr Abgeordneter"
        role_tokens.pop(0)
    if role_tokens and all(_courtesy(t) for t in role_tokens):  # "Mr John Smith", "Herr Weirich": no office
        role_tokens = []
    role = " ".join(role_tokens).strip()
    if role and not is_office(role):
        return None
    if len(name) == 1 and not role:
        return None
    return Person(" ".join(name), role or None)


SPLIT_CACHE = 1 << 16  # runs of capitalised words: a document repeats its few hundred thousands of times


@lru_cache(maxsize=SPLIT_CACHE)
def _split_words(tokens: tuple[str, ...]) -> Person | None:
    """``_split_run``, remembered ("The", "I" and "Mr. Smith" open thousands of runs)."""
    return _split_run(list(tokens))


def _courtesy(token: str) -> bool:
    """An honorific that is no office: "Mr", "Dr.", "Herr", "Frau"."""
    word = fold(token).strip(".")
    return word in HONORIFICS and word not in OFFICE_WORDS


def _sentence_runs(words: str, shortest: int) -> list[tuple[str, ...]]:
    """The runs of one match of ``RUN``, split where a word ends a sentence ("Tillerson. President"); runs shorter
    than ``shortest`` words are left out."""
    if "." not in words:
        run = tuple(words.split())  # no word ends a sentence: one run
        return [run] if len(run) >= shortest else []
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    for token in words.split():
        current.append(token)
        if token.endswith(".") and not ABBREVIATION.match(token):
            current[-1] = token[:-1]
            if len(current) >= shortest:
                runs.append(tuple(current))
            current = []
    if current and len(current) >= shortest:
        runs.append(tuple(current))
    return runs


@lru_cache(maxsize=4)
def _runs(text: str) -> tuple[tuple[str, ...], ...]:
    """Runs of capitalised words, split where a word ends a sentence (remembered for the last few texts).
    ``_long_runs`` reads the runs of two words or more; this reading of every run is kept for the tests that
    compare."""
    return tuple(run for words in RUN.findall(text) for run in _sentence_runs(words, 1))


@lru_cache(maxsize=4)
def _long_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """Runs of two capitalised words or more, split where a word ends a sentence ("Tillerson. President")
    (remembered for the last few texts: a document's text is read for people with offices, then for names).  A
    run of one word names no one with an office, and gives no full name; most runs are one word (a sentence's
    first), and a match without a space or tab is one word: it is not split."""
    return tuple(run for words in RUN.findall(text) if " " in words or "\t" in words
                 for run in _sentence_runs(words, 2))


def people_in(text: str) -> list[Person]:
    """People named with their office in ``text``, in order of appearance."""
    found: list[Person] = [person for run in _long_runs(text) if (person := _with_office(run))]
    # A name and its role are written on one line with a comma between them ("John Kerry, Secretary of State"):
    # only lines where a comma is followed by what a role opens with are scanned, each once, found in one search
    # of the text (neither pattern crosses a line end, so each line reads as in the text)
    position = 0
    while hit := ROLE_AFTER_COMMA.search(text, position):
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        end = len(text) if end < 0 else end
        line, position = text[start:end], end + 1
        last = line.rfind(",")  # (a name and role hold a comma after the name: no match starting after the last one does)
        for match in NAME_ROLE.finditer(line):
            if match.start() > last:
                break
            if match.group("name") and is_name_line(match.group("name")) and is_office(match.group("role")):
                found.append(Person(match.group("name"), match.group("role")))
    return found


def names_in(text: str) -> list[str]:
    """Capitalised two- and three-word names in ``text`` (no offices, no venues)."""
    return [name for run in _long_runs(text) if (name := _full_name(run))]


@lru_cache(maxsize=SPLIT_CACHE)
def _with_office(run: tuple[str, ...]) -> Person | None:
    """The person with an office that a run of capitalised words names, if any (remembered per run)."""
    tokens = list(run)
    if tokens and POSSESSIVE.search(tokens[-1]):
        tokens[-1] = POSSESSIVE.sub("", tokens[-1])
    while tokens and tokens[-1] in CONNECTORS:
        tokens.pop()
    person = _split_words(tuple(tokens))
    return person if person and person.role else None


@lru_cache(maxsize=SPLIT_CACHE)
def _full_name(run: tuple[str, ...]) -> str | None:
    """The two- or three-word name (not a venue) that a run of capitalised words gives, if any (remembered)."""
    person = _split_words(tuple(POSSESSIVE.sub("", t) for t in run))
    return person.name if person and " " in person.name and not is_venue(person.name) else None



def inverted_name(text: str) -> str | None:
    """"Howard, John" -> "John Howard"; "John Howard" stays; an organisation ("Liberal Party of
    Australia") gives None."""
    text = text.strip()
    if "," in text:
        last, _, first = text.partition(",")
        text = f"{first.strip()} {last.strip()}"
    return text if is_name_line(text) else None

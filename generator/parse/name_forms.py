"""Forms of one name (shared by the parse stages): how a label is written for readers, what of it is titles, and
whether two forms name one person.

``display_name`` turns a label as written ("MS. PSAKI", "S.Lavrov", "PRESIDENTE DA MESA DE IDADE") into a name
for readers ("Ms. Psaki", "S. Lavrov", "Presidente da Mesa de Idade"); ``surname_and_titles`` takes the
honorifics and offices off the front; ``is_office_only`` tells an office from a name after an office;
``same_person``, ``name_tokens`` and ``initial_form`` compare names ("S. Lavrov", "Sergey Lavrov").
"""

from __future__ import annotations

import regex as re
from difflib import SequenceMatcher
from functools import lru_cache

from .name_words import (CONNECTORS, HONORIFICS, LOWER_INSIDE, OFFICE_CONNECTORS, OFFICE_QUALIFIERS, OFFICE_WORDS,
                         fold)

INITIAL_NAME = re.compile(r"^(?P<initials>(?:[A-Z]\.\s?){1,3})(?P<surname>[A-Z][\w'’-]+)$")


@lru_cache(maxsize=4096)
def is_office_only(text: str) -> bool:
    """An office and no name: "The Prime Minister", "THE VICE PRESIDENT", "Mr Speaker", "The Home Secretary",
    "The Secretary of State for Transport", "PRESIDENTE DA MESA DE IDADE", "VICEPRESIDENTE PRIMEIRO", "The
    SPEAKER pro tempore"; not "President Biden" or "Präsident Dr. Norbert Lammert" (a name follows the office
    words) nor "John Smith"."""
    words = [fold(w).strip(".,") for w in display_name(text).split()]
    offices = [at for at, word in enumerate(words) if word in OFFICE_WORDS]
    if not offices:
        return False
    after = offices[0]
    while after < len(words) and (words[after] in OFFICE_WORDS or words[after] in OFFICE_QUALIFIERS):
        after += 1
    return after == len(words) or words[after] in CONNECTORS or words[after] in OFFICE_CONNECTORS


def smart_title(word: str) -> str:
    """"O'ROURKE" -> "O'Rourke", "MCCAIN" -> "McCain", "PSAKI" -> "Psaki"."""
    if not word.isupper() or len(word) <= 1:
        return word
    lower = word.lower()
    titled = re.sub(r"(^|[-'’])(\w)", lambda m: m.group(1) + m.group(2).upper(), lower)
    if re.match(r"^Mc\w", titled):
        titled = "Mc" + titled[2:].capitalize()
    return titled


# The prefix of a surname in capitals keeps its lower case ("SENATOR DeFRANCISCO", "Mr. McCAIN"): see
# ``labels.CAPS_PREFIX``; the reader sees "Senator DeFrancisco".
CAPS_PREFIX = re.compile(r"(?<![^\W\d_])(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)(?=[A-Z]{2})")


def _title_word(word: str) -> str:
    """``smart_title``, keeping a surname prefix written in lower case ("DeFRANCISCO" -> "DeFrancisco")."""
    prefix = CAPS_PREFIX.match(word)
    return prefix.group(0) + smart_title(word[prefix.end():]) if prefix else smart_title(word)


# Capitals only Turkish (and Azerbaijani) write: a label in capitals holding one is lowered by Turkish rules, where
# "I" is dotless "ı" and "İ" is "i" (Python's ``lower`` makes "İ" an "i" with a combining dot; TBMM records' labels).
TURKISH_CAPS = re.compile("[İŞĞ]")
TURKISH_LOWER = str.maketrans({"I": "ı", "İ": "i"})
LABEL_FORMS_CACHE = 1 << 14  # distinct labels remembered: a document asks about its few hundred again and again


@lru_cache(maxsize=LABEL_FORMS_CACHE)
def display_name(label: str) -> str:
    """Reader-facing form of a label: spacing after initials (a tokenised "B . Alasdair" is "B. Alasdair"), no
    shouting."""
    text = re.sub(r"\.(?=[A-Za-z])|(?<=\b[A-Z])[ ]\.(?=[ ])", ". ", label.strip())
    text = re.sub(r"\s+", " ", text)
    letters = [c for c in CAPS_PREFIX.sub(lambda m: m.group(0).upper(), text) if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        words = text.split()  # "PRESIDENTE DA MESA DE IDADE" -> "Presidente da Mesa de Idade"
        if TURKISH_CAPS.search(text):  # "SEYFETTİN YILMAZ" -> "Seyfettin Yılmaz", not "Seyfetti̇n Yilmaz"
            return " ".join(w[0] + w[1:].translate(TURKISH_LOWER).lower() for w in words)
        text = " ".join([_title_word(words[0])] + [w.lower() if fold(w) in LOWER_INSIDE else _title_word(w)
                                                   for w in words[1:]])
    return _hearing_style(text)


HEARING_NAME = re.compile(r"^(?P<titles>(?:[A-Z][a-z]+\.?\s+)+)(?P<name>[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})*)"
                          r"(?P<tail>\s+pro\s+tempore|\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?$")


def _hearing_style(text: str) -> str:
    """"Mr. SMITH", "The CHAIRMAN", "Senator KENNEDY", "Ms. JONES of Ohio", "The SPEAKER pro tempore" (the
    congressional record's labels): the name in capitals after title-case words is the record's typography, not
    an acronym."""
    match = HEARING_NAME.match(text)
    if not match:
        return text
    name = " ".join(smart_title(w) for w in match.group("name").split())
    return match.group("titles") + name + (match.group("tail") or "")


@lru_cache(maxsize=LABEL_FORMS_CACHE)
def surname_and_titles(label: str) -> tuple[tuple[str, ...], str]:
    """("SECRETARY KERRY") -> (("Secretary",), "Kerry"); titles are honorifics and offices (remembered)."""
    words = display_name(label).split()
    titles = []
    while len(words) > 1 and (fold(words[0]).strip(".") in HONORIFICS or _courtesy_before_name(words)
                              or _rank_before_honorific(words)):
        titles.append(words.pop(0))
    return tuple(titles), " ".join(words)


# Words that are part of a title only before an honorific, as Westminster Hansards write a privy councillor
# ("Right Hon. Jean Chrétien", "The Right Honourable ...", "Rt. Hon. ..."; Canadian and UK Hansard); alone they
# open names and sentences ("The Chair", "Wright").
# Only before "Hon."/"Honourable" or another such word: "The Prime Minister" is an office, not a title and a name.
RANK_BEFORE_HONORIFIC = frozenset({"the", "right", "rt"})
HONOURABLE = frozenset({"hon", "honourable", "honorable"})


def _rank_before_honorific(words: list[str]) -> bool:
    following = fold(words[1]).strip(".")
    return (fold(words[0]).strip(".") in RANK_BEFORE_HONORIFIC and len(words) >= 3
            and (following in HONOURABLE or following in RANK_BEFORE_HONORIFIC - {"the"}))


# French courtesy titles that also read as an initial ("M. Smith") or hold an apostrophe ("L'hon."): a title
# only before a given name and a surname ("M. Réal Ménard", "L'hon. Allan Rock"), never before one word.
COURTESY_BEFORE_NAME = frozenset({"m.", "mm.", "l'hon.", "l'hon", "hon."})


def _courtesy_before_name(words: list[str]) -> bool:
    return (fold(words[0]) in COURTESY_BEFORE_NAME and len(words) >= 3
            and all(w[:1].isupper() and len(w.strip(".")) >= 2 for w in words[1:3]))


@lru_cache(maxsize=1 << 16)
def same_person(a: str, b: str) -> bool:
    """Same surname, and first names that agree: equal, an initial, a short form or a transliteration
    ("S. Lavrov", "Sergei Lavrov", "Sergey Lavrov"; "Tim May", "Timothy C May")."""
    ta, tb = name_tokens(a), name_tokens(b)
    if len(ta) < 2 or len(tb) < 2 or ta[-1] != tb[-1] or is_office_only(a) or is_office_only(b):
        return False  # "The Vice President" is not "The President": an office is no first name and surname
    if ta[-1].isdigit():  # a numbered voice's number is no surname: "Conseiller municipal 2" is not "Conseiller
        return False  # d'opposition 2" (held-out hk02), "Guest 2" not "Caller 2"
    given_a, given_b = [t for t in ta[:-1] if len(t) > 1], [t for t in tb[:-1] if len(t) > 1]
    if given_a and given_b:  # spelled-out given names decide: "M. Antoine Dubé" is "Mr. Antoine Dubé", and
        return any(_same_given(x, y) for x in given_a for y in given_b)  # "M. Greg Thompson" is not "Myron Thompson"
    return _same_given(ta[0], tb[0])


def _same_given(first_a: str, first_b: str) -> bool:
    """Two given names that may be one person's: equal, an initial, a short form or a transliteration."""
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    if first_a.startswith(first_b) or first_b.startswith(first_a):  # "Tim", "Timothy"; but a compound given
        shorter, longer = sorted((first_a, first_b), key=len)  # name is its own: "Jean" is not "Jean-Guy"
        return len(shorter) >= 3 and longer[len(shorter):len(shorter) + 1] not in ("-", "‐")
    if first_a[0] != first_b[0]:
        return False
    similar = SequenceMatcher(None, first_a, first_b)  # the quick ratios bound the ratio from above, cheaply
    return similar.real_quick_ratio() >= 0.7 and similar.quick_ratio() >= 0.7 and similar.ratio() >= 0.7


@lru_cache(maxsize=1 << 16)
def name_tokens(name: str) -> tuple[str, ...]:
    """Folded name words without honorifics: "Ms. Psaki" -> ("psaki",), "S.Lavrov" -> ("s", "lavrov")."""
    _, rest = surname_and_titles(name)
    return tuple(fold(t).strip(".") for t in rest.replace(".", ". ").split())


def initial_form(name: str) -> tuple[str, str] | None:
    """"S. Lavrov" -> ("s", "lavrov"); None for a full name."""
    match = INITIAL_NAME.match(name.replace(" ", "") if "." in name else name)
    if not match:
        return None
    return fold(match.group("initials")[0]), fold(match.group("surname"))

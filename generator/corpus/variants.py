"""Theme discovery, second half: which of the forms discovery found name the same subject.

In: the comparison keys of the candidate forms (``norm``), which of them are proper names, and the
acronym expansions the text gave ("OPCW" -> "organisation for the prohibition of chemical weapons").
Out: each key's group root.  Variants become one group: dotted and plain acronyms (U.S., US), an acronym and
the name it abbreviates (OPCW, Organisation for the Prohibition of Chemical Weapons; US, United States),
names written with or without an Arabic article or a designator ("Jabhat an-Nusra", "al-Nusra"), a surname
and the full name, spellings of one person, a demonym and its country (Syrian, Syria), phrases sharing their
distinctive first word (chemical weapons, chemical attack), and a small table of well-known aliases (ISIS,
ISIL, Islamic State, Daesh).  Names are looked up by their words, so the work grows with the number of
names, not with its square.
"""

from __future__ import annotations

import math
import regex as re
from collections import defaultdict
from functools import lru_cache

from wordfreq import get_frequency_dict, zipf_to_freq, zipf_frequency as _zipf_frequency

from ..parse import people

# Spellings of one person are compared in pairs among the names with the same surname and initial.  A corpus has a
# few such names ("Sergey", "Sergei", "S." Lavrov); past this many the names are different people (a register,
# a list of victims), and each further name is compared with the first ones only, so that the work stays
# proportional to the number of names, not to its square.
MAX_SPELLINGS = 40
ARABIC_ARTICLE = re.compile(r"^(?:al|an|ar|as|ash|at|ad|az|el|ul|ud)-", re.I)
CONNECTORS = {"of", "for", "the", "and"}
ZIPF_FLOOR = zipf_to_freq(0)  # wordfreq's default minimum (Zipf 0), as a frequency
UNLISTED = round(math.log10(ZIPF_FLOOR) + 9, 2)  # wordfreq's Zipf value of a word missing from its list (0.0)


@lru_cache(maxsize=1 << 17)
def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency, remembered (the same words come back thousands of times).  A lower-case
    ASCII word of English's list is looked up in it directly (wordfreq tokenises every word it is asked
    about, ten times the cost of the look-up) with wordfreq's own arithmetic: the same value for each of
    the 295,000 such words checked; any other word goes through wordfreq."""
    if lang == "en" and word.isascii() and word.isalpha() and word.islower():
        freq = get_frequency_dict("en").get(word)
        # an unlisted such word is one token that wordfreq does not know: the Zipf-0 minimum, 0.0 (most of the
        # look-ups that went through wordfreq's tokeniser were names and misspellings of this kind)
        return _zipf_of(freq) if freq is not None else UNLISTED
    return _zipf_frequency(word, lang)


def _zipf_of(freq: float) -> float:
    """wordfreq's ``zipf_frequency`` of a one-token word with this listed frequency (its ``_word_frequency``
    combines token frequencies as 1 / (1 / f), keeps at least the Zipf-0 minimum and rounds to three
    significant digits; ``zipf_frequency`` rounds the Zipf value to two decimals)."""
    unrounded = max(1.0 / (1.0 / freq), ZIPF_FLOOR)
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


DESIGNATORS = {"jabhat", "harakat", "hizb", "front", "movement", "party", "group", "organisation", "organization",
               "republic", "kingdom", "state", "federation", "people's", "islamic"}
DIRECTIONS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "new", "upper",
              "lower", "greater", "old"}
WELL_KNOWN = [
    ("United States", ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"]),
    ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"]),
    ("United Nations", ["UN", "U.N."]),
    ("UN Security Council", ["UNSC", "UN SC", "Security Council", "UN Security Council"]),
    ("European Union", ["EU", "E.U."]),
    ("Islamic State", ["ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and Syria"]),
    ("Russia", ["Russian Federation"]),
    ("NATO", ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"]),
]
DEMONYM_ENDINGS = (("ian", "ia"), ("ian", "a"), ("ian", ""), ("an", "a"), ("ese", "a"), ("i", ""), ("ish", "ain"),
                   ("ean", "ea"), ("ean", "e"), ("ic", "y"), ("ern", ""), ("s", ""))
DEMONYM_SPECIAL = {"american": "united states", "british": "united kingdom", "chinese": "china", "french": "france",
                   "german": "germany", "turkish": "turkey", "dutch": "netherlands", "swedish": "sweden",
                   "polish": "poland", "kurdish": "kurds", "israeli": "israel", "iraqi": "iraq", "afghan": "afghanistan"}


def norm(form: str) -> str:
    """Comparison key: no dots in acronyms, no Arabic article, no leading 'the', case-folded."""
    words = [ARABIC_ARTICLE.sub("", w) for w in form.replace("’", "'").split()]
    words = [w for w in words if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    key = " ".join(words)
    if re.fullmatch(r"[A-Z](?:\.[A-Z])+\.?", key.replace(" ", "")):
        key = key.replace(".", "").replace(" ", "")
    return key.strip(".").casefold()


def initials(form: str) -> str:
    return "".join(w[0] for w in form.split() if w[0].isupper() and w.lower() not in CONNECTORS).casefold()


class _Union:
    """Union-find over keys; the smaller key is a group's root, so roots do not depend on order."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


DEMONYM_END = tuple(ending for ending, _ in DEMONYM_ENDINGS)  # a word with none of these endings is no demonym


def demonym_country(key: str, keys: set[str]) -> str | None:
    if key in DEMONYM_SPECIAL and DEMONYM_SPECIAL[key] in keys:
        return DEMONYM_SPECIAL[key]
    if not key.endswith(DEMONYM_END):
        return None
    for ending, replacement in DEMONYM_ENDINGS:
        if key.endswith(ending) and (country := key[: -len(ending)] + replacement) in keys and country != key:
            return country
    return None


def _merge_variants(groups: _Union, keys: set[str], proper: set[str], expansions: dict[str, str]) -> None:
    by_initials = defaultdict(list)
    for key in keys:
        if " " in key:
            by_initials[initials(key.title())].append(key)
    known: dict[str, list[str]] = defaultdict(list)  # a name or alias of ``WELL_KNOWN`` -> the names it is one of
    for name, aliases in WELL_KNOWN:
        for form in dict.fromkeys([norm(name), *map(norm, aliases)]):
            known[form].append(norm(name))
    for key in sorted(keys):
        for name in known.get(key, ()):
            groups.union(key, name)
        if key in expansions:
            groups.union(key, expansions[key])
        if " " not in key and len(key) >= 3 and len(by_initials.get(key, [])) == 1:
            groups.union(key, by_initials[key][0])  # OPCW and the name whose initials it is
        words = key.split()
        if len(words) >= 2 and words[0] in DESIGNATORS and " ".join(words[1:]) in keys:
            groups.union(key, " ".join(words[1:]))
        if " " not in key and (country := demonym_country(key, keys)):
            groups.union(key, country)
    _merge_people(groups, proper, keys)
    common = keys - proper  # made once: it was made again for every phrase tested (quadratic in the keys)
    for key in sorted(common):
        first = key.split()[0]
        if " " in key and zipf_frequency(first, "en") < 4.8 and first in common:
            groups.union(key, first)  # "chemical weapons" and "chemical attack" share "chemical"


def _merge_people(groups: _Union, proper: set[str], keys: set[str]) -> None:
    """Spellings of one person, a surname and the one full name ending with it, a word and the one two-word
    name starting with it.  Keys are looked up by their first and last words, so the work grows with the
    number of names, not with its square."""
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in sorted(proper):
        words = key.split()
        if len(words) >= 2:
            by_last[words[-1]].append(key)
        if len(words) == 2:
            by_first[words[0]].append(key)
    # same_person holds only for names with one surname whose first names start with the same letter
    by_surname: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in sorted(k for k in proper if 2 <= len(k.split()) <= 3):
        tokens = people.name_tokens(key)
        if len(tokens) >= 2:  # a title and a surname ("Mr Lavrov") is no spelling of a full name
            by_surname[(tokens[-1], tokens[0][:1])].append(key)
    for names in by_surname.values():  # "Sergey Lavrov" and "Sergei Lavrov"
        for x, a in enumerate(names):
            for b in names[x + 1:] if x < MAX_SPELLINGS else names[:MAX_SPELLINGS]:
                if people.same_person(a, b):
                    groups.union(a, b)
    for key in sorted(k for k in proper if " " not in k and not demonym_country(k, keys)):
        longer = {groups.find(k) for k in by_last.get(key, ()) if k.split()[0] not in DIRECTIONS}
        if len(longer) == 1:  # a surname and the one person (however spelled) whose name ends with it
            groups.union(key, longer.pop())
        starting = by_first.get(key, ())
        if len(starting) == 1:
            groups.union(key, starting[0])  # "Magnitsky" and "Magnitsky Act", "Rex" and "Rex Tillerson"


def roots(keys: set[str], proper: set[str], expansions: dict[str, str]) -> dict[str, str]:
    """key -> the root of its group (``proper``: the keys that are proper names; ``expansions``: acronym ->
    the name it abbreviates, both keys)."""
    groups = _Union()
    for key in keys:
        groups.find(key)
    _merge_variants(groups, keys, proper, {k: v for k, v in expansions.items() if k in keys and v in keys})
    return {key: groups.find(key) for key in keys}

"""A name given by its surnames alone, joined to the full name the document writes out.

Session diaries name a speaker by the surnames in a label ("O señor PRESIDENTE DA MESA DE IDADE (Torres
Rodríguez)", "El señor RAJOY BREY (Presidente del Gobierno)") and write the full name in the text, in a roster
or a sentence ("D. Celestino Torres Rodríguez.", "don Tomás Iribarren Fernández-Rogina").  ``FullNames(text)``
reads the document's words once; ``full_form("Torres Rodríguez")`` is the full name when the given names the
document writes before those surnames agree ("Miguel Ángel Cortizo Nieto", "Miguel Cortizo Nieto" and "Miguel
Angel Cortizo Nieto" are one person; "Juan Pérez" and "Ana Pérez" are two, and "Pérez" stays as it is).
"""

from __future__ import annotations

import regex as re
from collections import Counter

from . import people

# A word as written, a compound kept whole ("Fernández-Rogina"), a full stop kept (it ends a sentence or an
# abbreviation: "D. Celestino", "Rodríguez.").
WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*\.?")
# The most given names read before a surname ("José María", "Julio Ángel"): more is a list of names.
GIVEN_MAX = 3
# Words before a name that are never a given name: courtesy titles as rosters print them ("D.", "Dª", "don",
# "doña") are caught by their full stop or lower case; these are the rest.
NOT_GIVEN = people.LEADING_WORDS | people.ARTICLES


def _key(word: str) -> str:
    """Folded, without its full stop and hyphens: "Fernández-Rogina." and "FernándezRogina" are one word."""
    return people.fold(word.rstrip(".")).replace("-", "")


def _given(word: str) -> bool:
    """A given name: capitalised, two letters or more, no full stop after it (an initial, "D.", or the end of a
    sentence), no title, office or leading word ("Señor", "President", "Dear")."""
    folded = people.fold(word)
    return (word[:1].isupper() and len(word) >= 2 and not word.endswith(".") and not word.isupper()
            and folded not in people.HONORIFICS and folded not in people.OFFICE_WORDS
            and folded not in people.COURTESY_TITLES and folded not in NOT_GIVEN)


def _of(word: str) -> bool:
    """A word that ties what follows to what comes before ("de", "da", "of"): the capitalised words after it
    are the rest of a title or a place."""
    return word in people.CONNECTORS or word in people.OFFICE_CONNECTORS or word in people.PARTICLES


class FullNames:
    """The document's words, read once, for ``full_form``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: list[re.Match] | None = None
        self._where: dict[str, list[int]] = {}

    def _read(self) -> list[re.Match]:
        if self._words is None:
            self._words = list(WORD.finditer(self.text))
            for at, match in enumerate(self._words):
                self._where.setdefault(_key(match.group()), []).append(at)
        return self._words

    def _joined(self, left: int, right: int) -> bool:
        """Two words one after the other with only spaces between them (no comma, bracket or line end)."""
        words = self._read()
        gap = self.text[words[left].end():words[right].start()]
        return bool(gap) and gap.strip(" \t\u00a0") == ""

    def full_form(self, surnames: str) -> str | None:
        """The full name the document writes for ``surnames`` ("Torres Rodríguez"), or None."""
        wanted = [_key(w) for w in surnames.split()]
        if not wanted or not all(wanted):
            return None
        words = self._read()
        forms: Counter[tuple[str, ...]] = Counter()
        written: dict[tuple[str, ...], Counter[str]] = {}
        for start in self._where.get(wanted[0], ()):
            end = start + len(wanted)
            if end > len(words) or any(_key(words[start + i].group()) != w or (i and not self._joined(start + i - 1, start + i))
                                       for i, w in enumerate(wanted)):
                continue
            given: list[str] = []
            at = start - 1
            while at >= 0 and len(given) < GIVEN_MAX and _given(words[at].group()) and self._joined(at, at + 1):
                given.insert(0, words[at].group())
                at -= 1
            if given and at >= 0 and self._joined(at, at + 1) and _of(words[at].group()):
                given = []  # "da Mesa de Idade Montes Marqués": a place's name before the surnames, no given name
            if given:
                key = tuple(_key(g) for g in given)
                forms[key] += 1
                name = " ".join(given + [words[start + i].group().rstrip(".") for i in range(len(wanted))])
                written.setdefault(key, Counter())[name] += 1
        if not forms or len({key[0] for key in forms}) > 1:
            return None  # nobody, or two people with these surnames ("Juan Pérez", "Ana Pérez")
        best = max(forms, key=lambda k: (forms[k], len(k)))
        # the spelling written most often, the first written on a tie (a roster comes before the speech)
        return max(written[best].items(), key=lambda item: item[1])[0]

"""The words of names and offices (shared by the parse stages): offices, honorifics, venue words, the words that
join an office or sit inside a name, and ``fold``, the form in which names are compared.

``is_office`` and ``is_venue`` ask whether a line holds an office or a venue word.  The lists beyond the few
built-in words are data (``data/offices.txt``, ``data/honorifics.txt``, ``data/office-qualifiers.txt``).
``people`` finds people in text with them; ``name_forms`` writes and compares names.
"""

from __future__ import annotations

import regex as re
import unicodedata
from functools import lru_cache

from . import vocab

OTHER_OFFICES = frozenset(vocab.words("offices.txt"))  # Präsident, Bundesministerin, ministre, Attorney-General ...

OFFICE_WORDS = frozenset(
    """minister secretary president vice prime chancellor ambassador envoy spokesperson spokesman
    spokeswoman director chairman chairwoman chair senator governor mayor representative congressman
    congresswoman commissioner chief deputy king queen prince general admiral colonel judge justice
    attorney editor host anchor correspondent professor ceo founder head premier foreign state affairs
    defense defence secretary-general leader speaker counsel adviser advisor officer commander
    press coordinator undersecretary under assistant permanent""".split()
) | OTHER_OFFICES
HONORIFICS = frozenset(
    """mr mrs ms miss dr prof sen rep gen col amb rev hon sir dame lord lady secretary president
    minister senator governor mayor ambassador chairman chair chancellor premier general admiral
    judge justice congressman congresswoman representative prime vice foreign deputy""".split()
) | OTHER_OFFICES | frozenset(vocab.words("honorifics.txt"))
VENUE_WORDS = frozenset(
    """guesthouse house hall hotel palace center centre building room office embassy ministry studio
    club institute university library museum conference forum headquarters kremlin square park airport
    base auditorium theatre theater arena stadium street avenue lodge residence chamber senate
    parliament court courthouse church cathedral school college campus plaza tower""".split()
)
CONNECTORS = frozenset({"of", "the", "for"})


# Words that may follow an office word inside an office ("VICEPRESIDENTE PRIMEIRO", "The SPEAKER pro tempore"),
# that join an office to what it is of ("PRESIDENTE DA MESA DE IDADE"), and the article and courtesy title that
# open a session diary's label ("O señor PRESIDENTE", "La señora VICEPRESIDENTA"); see the data file.
_AROUND = {part: frozenset(w for section, entry in vocab.sections("office-qualifiers.txt") if section == part
                           for w in entry.split()) for part in ("qualifier", "connector", "article", "courtesy")}
OFFICE_QUALIFIERS, OFFICE_CONNECTORS = _AROUND["qualifier"], _AROUND["connector"]
COURTESY_ARTICLES, COURTESY_TITLES = _AROUND["article"], _AROUND["courtesy"]
LOWER_INSIDE = CONNECTORS | OFFICE_CONNECTORS | OFFICE_QUALIFIERS - {"maior", "mayor", "major"} | {"and"}
# words inside names ("Hans de With", Irish "Aengus Ó Snodaigh")
PARTICLES = frozenset({"de", "van", "von", "al", "bin", "o"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accent-free form for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'")


def is_office(text: str) -> bool:
    """Some word is an office ("Secretary of State", "Attorney-General", "Bundesministerin für Umwelt")."""
    return any(fold(w).strip(".,") in OFFICE_WORDS for w in re.split(r"[\s-]+", text))


def is_venue(text: str) -> bool:
    return any(fold(w).strip(".,") in VENUE_WORDS for w in text.split())

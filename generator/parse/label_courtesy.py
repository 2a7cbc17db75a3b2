"""Labels of the Iberian session diaries: an article and a courtesy title before capitals (rule "courtesy-caps").

The Spanish, Galician, Catalan and Portuguese parliaments print every label so: "A señora PRESIDENTA:", "O señor
VÁZQUEZ BLANCO:", "El señor PRESIDENTE (Name):", "La señora MINISTRA DE HACIENDA (Name):".  The article and the
courtesy title (``office-qualifiers.txt``: article, courtesy) are in lower case after the first word, so the name
reading alone turns such a label down; the shape is the evidence: where a document writes it on
``COURTESY_MIN_LINES`` lines with ``COURTESY_MIN_KEYS`` distinct labels, each label of that shape with speech after
it is one, though used once (a deputy who takes the oath and says "Si, prometo." once).
"""

from __future__ import annotations

import regex as re
from functools import lru_cache
from typing import Callable

# The diaries' courtesy shape is a pattern on at least this many label lines ...
COURTESY_MIN_LINES = 3
# ... with at least this many distinct labels (a chair and a member: a sitting; one phrase repeated is none).
COURTESY_MIN_KEYS = 2
# The shapes such a label is written in: after a colon, last in a turn's record line, or closed by a full stop and a
# dash as the Chilean and Peruvian records write it ("El señor FREI (Presidente de la República).- Señor ...",
# ``label_courtesy_dash``).
COURTESY_STYLES = frozenset({"colon", "record", "stop-dash"})
ORDINAL = re.compile(r"^\d+[ªº°.]*,?$")  # "1ª" in "PRESIDENTE DA COMISIÓN 1ª": a number, in neither case
CACHE = 1 << 14


@lru_cache(maxsize=CACHE)
def courtesy_caps(label: str) -> bool:
    """An article and a courtesy title before a surname or an office in capitals ("A señora PRESIDENTA", "O
    señor VÁZQUEZ BLANCO", "La Sra. MINISTRA"); not "El señor presidente dijo" nor "La señora Pérez"."""
    from .labels import is_caps
    from .people import COURTESY_ARTICLES, COURTESY_TITLES, fold

    words = label.split()
    if len(words) < 3 or not words[0][:1].isupper() or fold(words[0]) not in COURTESY_ARTICLES \
            or fold(words[1]).strip(".") not in COURTESY_TITLES:
        return False
    rest = [w for w in words[2:] if not ORDINAL.match(w)]
    return bool(rest) and is_caps(" ".join(rest))


def any_courtesy(ev) -> bool:
    return any(courtesy_caps(s.candidate.label) for s in ev.found)


def courtesy_labels(ev, can_start: Callable) -> set[str]:
    """The keys of the courtesy-shaped labels with speech after them where a turn can start, when the document
    writes that shape as a pattern."""
    found = [s for s in ev.found if s.candidate.style in COURTESY_STYLES and s.candidate.rest
             and courtesy_caps(s.candidate.label)]
    if len(found) < COURTESY_MIN_LINES or len({s.key for s in found}) < COURTESY_MIN_KEYS:
        return set()
    return {s.key for s in found if can_start(ev, s)}

"""Labels alone on their line before a spaced colon, whatever their case (rule "spaced-alone").

French typography puts a space before the colon ("Le président :", "M. Dupont :"), and the sentence-aligned
parallel corpora built from parliamentary records tokenise every line and lower-case its first letter: the
aligned Canadian Hansard writes each speaker's label alone on its line, ending in " :" ("hon. B . Alasdair Graham
( Leader of the Government ) :", "senator Graham :", "some hon. members :"; French side "le Président :", "de les
voix :", "m . John Nunziata ( York - Sud - Weston , Ind . ) :"), the speech on the lines below.  The name reading
turns such labels down (a word in lower case first), so the shape is the evidence: where a document writes lines of
that shape as a pattern -- ``SPACED_MIN_KEYS`` distinct labels, each on ``SPACED_MIN_USES`` lines or more, taking
turns, each line with text below it -- every recurring label of that shape is one, and a single-use one is too when
it is written as a name (its words after the first capitalised, "hon. Donald H . Oliver").  A sentence that ends in
" :" ("voici les noms de les candidats pour le troisième tour :") is written once, in lower case: it stays text.
"""

from __future__ import annotations

import re

from . import labels as L
from .label_seen import Evidence, Seen

# A line alone: the label, a space (or more), the colon, nothing after it.
SPACED_COLON = re.compile(r"\S[ \t]+:[ \t]*$")
# The shape is the document's pattern only with at least this many distinct labels each written on at least
# ``SPACED_MIN_USES`` lines: a dialogue (a debate's chair and a member); one lead-in repeated ("example :") is none.
SPACED_MIN_KEYS = 2
SPACED_MIN_USES = 2
# ... and where the label changes between at least this share of consecutive such lines: speakers take turns, a
# list of lead-ins repeats each in runs.
SPACED_TAKES_TURNS = 0.5
# A single-use label of the shape is a name when fewer than this share of its words after the first are in lower
# case (a name's particles aside): "hon. No ë l A . Kinsella" is, "voici les noms de les candidats :" is not.
SINGLE_LOWER_SHARE = 0.5


def spaced_alone(s: Seen, lines: list[str]) -> bool:
    """A colon label alone on its line, a space before its colon, text on the next line."""
    c = s.candidate
    if c.style != "colon" or c.rest or not SPACED_COLON.search(lines[s.index]):
        return False
    words = c.label.replace(".", ". ").split()
    return (len(words) <= L.LABEL_MAX_WORDS and not L.JOINT.search(c.label)
            and s.index + 1 < len(lines) and bool(lines[s.index + 1].strip()))


def any_spaced(ev: Evidence) -> bool:
    return any(not s.candidate.rest and s.candidate.style == "colon" for s in ev.every)


def _name_written(label: str) -> bool:
    """Its words after the first are mostly capitalised (particles and initials' full stops aside)."""
    words = [w for w in label.split()[1:] if w not in ".-" and w.casefold() not in L.PARTICLES]
    lower = [w for w in words if w[:1].islower()]
    return bool(words) and len(lower) < SINGLE_LOWER_SHARE * len(words)


def spaced_labels(ev: Evidence, accepted: set[str]) -> set[str]:
    """The keys of the spaced-colon labels, where the document writes that shape as its dialogue's pattern."""
    found = [s for s in ev.every if spaced_alone(s, ev.lines)]
    uses: dict[str, int] = {}
    for s in found:
        uses[s.key] = uses.get(s.key, 0) + 1
    recurring = {key for key, n in uses.items() if n >= SPACED_MIN_USES}
    if len(recurring) < SPACED_MIN_KEYS:
        return set()
    keys = [s.key for s in found]
    changes = sum(1 for a, b in zip(keys, keys[1:]) if a != b)
    if changes < SPACED_TAKES_TURNS * (len(keys) - 1):
        return set()
    return recurring | {s.key for s in found if _name_written(s.candidate.label)}

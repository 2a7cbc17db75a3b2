"""Labels alone on their line before a spaced colon, whatever their case (rule "spaced-alone").

French typography puts a space before the colon ("Le président :", "M. Dupont :"), and the sentence-aligned
parallel corpora built from parliamentary records tokenise every line and lower-case its first letter: the
aligned Canadian Hansard writes each speaker's label alone on its line, ending in " :" ("hon. B . Alasdair Graham
( Leader of the Government ) :", "senator Graham :", "some hon. members :"; French side "le Président :", "de les
voix :", "m . John Nunziata ( York - Sud - Weston , Ind . ) :"), the speech on the lines below.  The name reading
turns such labels down (a word in lower case first), so the shape is the evidence: where a document writes lines of
that shape as a pattern -- ``SPACED_MIN_LINES`` or more, at least ``SPACED_MIN_KEYS`` distinct labels taking turns,
each line with text below it --, every label of that shape that recurs is one, and so is one written as a name
(no more than half its words after the first in lower case: "hon. Donald H . Oliver", "le sénateur Graham"), though
used once.  A sentence that ends in " :" ("voici les noms de les candidats pour le troisième tour :", "a message
was delivered by the Gentleman Usher of the Black Rod as follows :") is longer than a label or written in lower
case: it stays text.
"""

from __future__ import annotations

import regex as re

from . import labels as L
from .label_seen import Evidence, Seen
from .rules import takes_turns

# A line alone: the label, a space (or more), the colon, nothing after it.
SPACED_COLON = re.compile(r"\S[ \t]+:[ \t]*$")
# The shape is the document's pattern only on at least this many lines (label-shaped, recurring or written as a
# name) ...
SPACED_MIN_LINES = 4
# ... with at least this many distinct labels: a debate's chair, a questioner and a minister; one or two lead-ins
# repeated ("example :") are none.  (A senator's first label and later ones differ: "hon. J . Michael Forrestall :",
# then "senator Forrestall :".)
SPACED_MIN_KEYS = 3
SPACED_MIN_USES = 2  # a label used this often is one, whatever its case ("de les voix :", "some hon. members :")
# ... and where the label changes between at least this share of consecutive such lines: speakers take turns, a
# list of lead-ins repeats each in runs.
SPACED_TAKES_TURNS = 0.5
# A single-use label of the shape is a name when at most this share of its words after the first are in lower
# case (a name's particles and the tokenised initials' full stops aside): "hon. No ë l A . Kinsella" and "le sénateur
# Graham" are, "voici les noms de les candidats :" is not.
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
    """At most ``SINGLE_LOWER_SHARE`` of its words after the first in lower case (particles, initials and
    tokenised punctuation aside)."""
    words = [w for w in label.split()[1:] if any(c.isalpha() for c in w) and len(w.strip(".")) > 1
             and w.casefold() not in L.PARTICLES]
    lower = [w for w in words if w[:1].islower()]
    return bool(words) and len(lower) <= SINGLE_LOWER_SHARE * len(words)


def spaced_labels(ev: Evidence, accepted: set[str]) -> set[str]:
    """The keys of the spaced-colon labels, where the document writes that shape as its dialogue's pattern."""
    found = [s for s in ev.every if spaced_alone(s, ev.lines)]
    uses: dict[str, int] = {}
    for s in found:
        uses[s.key] = uses.get(s.key, 0) + 1
    named = [s for s in found if uses[s.key] >= SPACED_MIN_USES or _name_written(s.candidate.label)]
    keys = [s.key for s in named]
    if len(keys) < SPACED_MIN_LINES or len(set(keys)) < SPACED_MIN_KEYS:
        return set()
    return set(keys) if takes_turns(keys, SPACED_TAKES_TURNS) else set()

"""Which full names the text gives are people (part of stage 5, speakers; used by ``speakers.resolve``).

``speakers`` expands a label that gives a surname or a title and a surname ("WARREN", "Mr Geller") to the full name
the document writes out ("Elizabeth Warren").

Rule "labelled-first-name": a full name whose first word is another one-word label of the document ("Ross Geller"
where "Ross:" labels turns) is that speaker's, who speaks under their own label: it is not the full name of a title
label of the same surname ("Mr Geller", "Mme Geller": Ross's father and mother).

Rule "sentence-word-first": a full name whose first word is a word of the text is no full name where the text
writes it only at a sentence's start: the capital is the sentence's, not a given name's ("Congrats Danny, #dadlife",
"Specifically Terence's.", "Can Artem tell us about your team?", "Is Mario on the call?" in call notes; "Avoid
secrecy in the future. Engage Aki and Comms to ..." in committee notes; "Find Will on Twitter" in a podcast's
section heading).  The text's own evidence says it is a word: it also writes it in lower case ("can", "engage",
"find").  A name the text also writes inside a sentence ("thanks to Will Smith") keeps its reading, whatever the
word.  Without it, the speaker "Danny" of the document was named "Congrats Danny", and every "Danny" of the
corpus's other call notes joined that name (``corpus.assemble``).

In: the people the document names, its raw turns and its text.  Out: those people less the ones the rules drop.
"""

from __future__ import annotations

import re

from . import labels
from ..model import Person, RawTurn

WORD = re.compile(r"[^\W\d_][\w'’-]*")
# What may stand between a sentence's start (a line's start, or the end of the sentence before, a label's colon) and
# its first word: spaces, a list's bullet, emphasis, a heading's marks, an opening quote or bracket.
SENTENCE_OPENS = re.compile(r"(?:^|[.!?…:;])[\s*_#>\-•\"'“‘(\[]*$", re.M)


def plausible(known: list[Person], turns: tuple[RawTurn, ...], text: str = "") -> list[Person]:
    """``known`` less the full names whose first word is another one-word label, and those whose first word is a
    word of the text written first in a sentence (see the module)."""
    one_word = {labels.label_key(t.label) for t in turns if t.label and " " not in t.label.strip()}
    known = known if not one_word else [
        person for person in known if len(words := person.name.split()) < 2
        or labels.label_key(words[0]) not in one_word or labels.label_key(person.name) in one_word]
    return _without_sentence_words(known, text) if text else known


def _without_sentence_words(known: list[Person], text: str) -> list[Person]:
    """``known`` less the full names rule "sentence-word-first" drops."""
    several = [person for person in known if " " in person.name]
    if not several:
        return known
    lower = {word for word in WORD.findall(text) if word[:1].islower()}  # (the text's words read once)
    dropped = {person.name for person in several if _sentence_word(person.name, text, lower)}
    return [person for person in known if person.name not in dropped]


def _sentence_word(name: str, text: str, lower: set[str]) -> bool:
    """Whether the first word of ``name`` is a word the text writes in lower case, and every writing of the name
    in the text opens a sentence."""
    first = name.split()[0]
    if not first[:1].isupper() or first[:1].lower() + first[1:] not in lower:
        return False
    written = re.compile(r"(?<![\w'’-])" + r"[ \t\u00a0]+".join(map(re.escape, name.split())) + r"(?![\w-])")
    starts = [match.start() for match in written.finditer(text)]
    return bool(starts) and all(SENTENCE_OPENS.search(text, text.rfind("\n", 0, at) + 1, at) for at in starts)

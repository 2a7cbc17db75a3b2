"""Which full names the text gives are people (part of stage 5, speakers; used by ``speakers.resolve``).

``speakers`` expands a label that gives a surname or a title and a surname ("WARREN", "Mr Geller") to the full name
the document writes out ("Elizabeth Warren").

Rule "labelled-first-name": a full name whose first word is another one-word label of the document ("Ross Geller"
where "Ross:" labels turns) is that speaker's, who speaks under their own label: it is not the full name of a title
label of the same surname ("Mr Geller", "Mme Geller": Ross's father and mother).

Rule "sentence-capital": a full name whose first word the document also writes in lower case, and which it writes
only where a sentence or line starts, is a common word capitalised by its place ("Non Rachel, ...", "Chez Monica."
in a translated sitcom; "Like Bekah said" in a podcast): it is no one's full name.  Only names whose last word is the
last word of a label are asked (the names a label could be expanded to).

In: the people the document names and its raw turns.  Out: those people less the ones the rule drops.
"""

from __future__ import annotations

import regex as re

from . import labels
from ..model import Person, RawTurn

# What may stand before a name that opens a sentence: the line's start, then quotes, brackets, dashes, markup
SENTENCE_OPENERS = "\"'“”‘’«»„([*_—–-> \t"
SENTENCE_ENDS = ".!?…:;"
OPENERS_REACH = 40  # characters looked at before a name: openers and markup are a few; a longer run is text


def plausible(known: list[Person], turns: tuple[RawTurn, ...], text: str = "") -> list[Person]:
    """``known`` less the full names whose first word is another one-word label, and less the names that are
    a sentence's capitalised first word and a label's word (see the module)."""
    one_word = {labels.label_key(t.label) for t in turns if t.label and " " not in t.label.strip()}
    if one_word:
        known = [person for person in known if len(words := person.name.split()) < 2
                 or labels.label_key(words[0]) not in one_word or labels.label_key(person.name) in one_word]
    last_words = {labels.label_key(t.label.split()[-1]) for t in turns if t.label and t.label.split()}
    if not text or not last_words:
        return known
    return [person for person in known if person.role or len(words := person.name.split()) < 2
            or labels.label_key(words[-1]) not in last_words or not _sentence_capital(person.name, text)]


def _sentence_capital(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` only at sentence starts and its first word also in lower case."""
    first = name.split()[0]
    if first.lower() == first or not re.search(rf"(?<!\w){re.escape(first.lower())}(?!\w)", text):
        return False
    at = text.find(name)
    while at >= 0:
        before = text[max(0, at - OPENERS_REACH):at].rstrip(SENTENCE_OPENERS)
        if before and before[-1] not in SENTENCE_ENDS and before[-1] != "\n":
            return False  # written inside a sentence: a name
        at = text.find(name, at + len(name))
    return True

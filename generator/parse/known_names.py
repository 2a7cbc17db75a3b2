"""Which full names the text gives are people (part of stage 5, speakers; used by ``speakers.resolve``).

``speakers`` expands a label that gives a surname or a title and a surname ("WARREN", "Mr Geller") to the full name
the document writes out ("Elizabeth Warren").  Two readings of the text name no one, by the document's own evidence:

Rule "sentence-capital": a run of capitalised words whose first word is capitalised only because it opens a
sentence ("Non Rachel, il est marié.", "(aux autres) C'est Phoebe !", "[Scène : Chez Monica and Rachel ...") is no
full name where every occurrence of it opens a sentence, a line, a bracket or what follows a colon, and the text
writes that first word in lower case elsewhere ("non", "c'est", "chez": a word of the language, not a given name);
nor, then, is any other run ending in that word ("Elton John" beside "Does John" in a podcast: the label "John"
stays as written rather than take the one run left).

Rule "labelled-first-name": a full name whose first word is another one-word label of the document ("Ross Geller"
where "Ross:" labels turns) is that speaker's, who speaks under their own label: it is not the full name of a title
label of the same surname ("Mr Geller", "Mme Geller": Ross's father and mother).

In: the people the document names, its text and its raw turns.  Out: those people less the ones these rules drop.
"""

from __future__ import annotations

import re

from . import labels
from ..model import Person, RawTurn

OPENERS = "\n.!?:;([«\"“*>"  # what stands before the first word of a sentence, a line, a bracket, a quotation
# or a field value (spaces and markup aside): a capital there is the sentence's, not evidence of a name


def plausible(known: list[Person], text: str, turns: tuple[RawTurn, ...]) -> list[Person]:
    """``known`` less the names that the rules of the module drop."""
    one_word = {labels.label_key(t.label) for t in turns if t.label and " " not in t.label.strip()}
    lower = None
    doubtful = set()  # last words of the names that the rule sentence-capital drops
    kept = []
    for person in known:
        words = person.name.split()
        if len(words) >= 2 and labels.label_key(words[0]) in one_word and labels.label_key(person.name) not in one_word:
            continue  # rule labelled-first-name
        if len(words) >= 2 and not person.role:
            lower = lower if lower is not None else set(re.findall(r"\b[^\W\d_A-Z][\w'’]*", text))
            if _sentence_capital(person.name, words[0], text, lower):
                doubtful.add(labels.label_key(words[-1]))
                continue  # rule sentence-capital
        kept.append(person)
    # a surname the text writes after a sentence's first word ("Like Bekah", "Does John") gives no full name at
    # all: the other runs ending in it ("Elton John" in a joke) are no better evidence of who the label is
    return [p for p in kept if p.role or " " not in p.name or labels.label_key(p.name.split()[-1]) not in doubtful]


def _sentence_capital(name: str, first: str, text: str, lower: set[str]) -> bool:
    if first.lower() not in lower or not first[:1].isupper():
        return False
    starts = [m.start() for m in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", text)]
    return bool(starts) and all(_opens(text, at) for at in starts)


def _opens(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t*_")
    return not before or before[-1] in OPENERS or before.endswith(")")

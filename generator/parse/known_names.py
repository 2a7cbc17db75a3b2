"""Which full names the text gives are people (part of stage 5, speakers; used by ``speakers.resolve``).

``speakers`` expands a label that gives a surname or a title and a surname ("WARREN", "Mr Geller") to the full name
the document writes out ("Elizabeth Warren").

Rule "labelled-first-name": a full name whose first word is another one-word label of the document ("Ross Geller"
where "Ross:" labels turns) is that speaker's, who speaks under their own label: it is not the full name of a title
label of the same surname ("Mr Geller", "Mme Geller": Ross's father and mother).

In: the people the document names and its raw turns.  Out: those people less the ones the rule drops.
"""

from __future__ import annotations

from . import labels
from ..model import Person, RawTurn


def plausible(known: list[Person], turns: tuple[RawTurn, ...]) -> list[Person]:
    """``known`` less the full names whose first word is another one-word label (see the module)."""
    one_word = {labels.label_key(t.label) for t in turns if t.label and " " not in t.label.strip()}
    if not one_word:
        return known
    return [person for person in known if len(words := person.name.split()) < 2
            or labels.label_key(words[0]) not in one_word or labels.label_key(person.name) in one_word]

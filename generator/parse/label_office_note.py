"""An office label whose bracket names a speaker of the document (rule "office-names-speaker").

Records write a minister's or a chair's first label as the office with the person in brackets, and the person's own
label after it: "Minister of State at the Department of Transport (Deputy Hildegarde Naughton): I thank ..." once,
then "Deputy Hildegarde Naughton: ..." (the Irish Dáil and Seanad official report), "Acting Chairman (Deputy Aengus
Ó Snodaigh): Níl an Teachta ..." for a member who takes the chair.  The office label is used once and has a shape of
its own (an office of many words, a note), so neither recurrence nor shape makes it a label; what does is the
bracket: it names a person who speaks under a label the document uses.  The speaker is that person
(``label_parts`` reads the holder out of the bracket).
"""

from __future__ import annotations

from . import people
from .label_evidence import EVIDENCE, EvidenceRule
from .label_parts import label_parts
from .label_seen import Evidence
from .label_single_use import _single_use_ok, _turn_can_start


def _person(label: str) -> str:
    """The person a label names, titles read off, folded for comparing ("Deputy Hildegarde Naughton" ->
    "hildegarde naughton")."""
    return people.fold(people.surname_and_titles(label)[1])


def any_office_note(ev: Evidence) -> bool:
    """Whether a candidate carries a note (the rule's cheap test)."""
    return any(s.candidate.note for s in ev.every)


def office_names_speaker(ev: Evidence, accepted: set[str]) -> set[str]:
    """Keys of the office labels (colon shape) whose bracket names the person of an accepted label, with speech
    after them where a turn can start (see the module's note)."""
    speakers = {_person(s.candidate.label) for s in ev.plain if s.key in accepted and not s.candidate.note}
    speakers.discard("")
    found = set()
    for s in ev.every:  # (an office of many words in lower case is no name's shape: not among ``ev.plain``)
        if s.key in accepted or s.candidate.style != "colon" or not s.candidate.note or not s.candidate.rest:
            continue
        holder = label_parts(s.candidate.label, s.candidate.note).holder
        if holder and people.fold(holder) in speakers and _single_use_ok(s) and _turn_can_start(ev, s):
            found.add(s.key)
    return found


EVIDENCE.register(EvidenceRule("office-names-speaker", any_office_note, office_names_speaker), "office-names-speaker", 27)

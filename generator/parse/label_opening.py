"""A single-use office label that opens the proceedings (part of label acceptance, ``label_evidence``).

A record's first speaker is often an officer who speaks once, before any label recurs: the clerk reads the roll
("ROLL CALL" / "Clerk: Mr. Speaker Councillor Nordman, His Worship Mayor Katz, Councillors Browaty, ..."; held-out
hc08, Winnipeg City Council Hansard).  The shape rules accept a single-use label only after the dialogue started (a
field in the header, "主题：...", is no speaker); an office word is no field, and where it is laid out as the
document's recurring labels, stands where a turn starts and is followed by a sentence's worth of words, it is the
first turn.
"""

from __future__ import annotations

from . import people
from .label_seen import Evidence

# An office alone is a few words ("Clerk", "The Clerk", "City Clerk"); a longer label writes an office before a
# name ("President of Russia Vladimir Putin:", which ``first_turns`` reads as that speaker's first turn).
OPENING_OFFICE_MAX_WORDS = 3
# The words after an opening office label: a field's value ("Chair: Jane Smith") is a name or two; the officer's
# speech (a roll call, a motion read) runs longer.
OPENING_OFFICE_MIN_WORDS = 6


def opening_office(ev: Evidence, accepted: set[str], can_start) -> set[str]:
    """Keys of single-use office labels before the dialogue's first recurring label (rule "opening-office")."""
    start = ev.first_recurring(accepted)
    layouts = {s.layout for s in ev.found if s.key in accepted and ev.counts[s.key] >= 2}
    return {s.key for s in ev.plain if s.index < start and s.key not in accepted and ev.counts[s.key] == 1
            and len(s.candidate.label.split()) <= OPENING_OFFICE_MAX_WORDS
            and people.is_office_only(s.candidate.label) and s.layout in layouts
            and len(s.candidate.rest.split()) >= OPENING_OFFICE_MIN_WORDS and can_start(ev, s)}

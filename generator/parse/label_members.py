"""Single-use labels of parliamentary records (part of label acceptance, ``label_evidence``).

A record labels its members with their party or group ("Mevrouw Gerkens (SP):", "De heer Hessels (CDA):",
"Van Dam (PvdA):") and the government's speakers with their office ("Staatssecretaris Van Gennip:", "Minister
Brinkhorst:"); a member may speak once.  The shape rules accept a single-use label only where it shares the exact
shape of the document's recurring labels, after the dialogue started (a field in the header, "主题：...", is no
speaker), so two labels of a record go unread: the member who opens the debate, before any label recurs (held-out
he02, a Tweede Kamer plenary pasted into a wiki: "Mevrouw Gerkens (SP): Voorzitter! Twee weken geleden ..."; the
same wiki's report of 10 March 2005, "Van Dam (!PvdA): Chairman. I am really surprised"), and an office holder
among members labelled with their party (he02: "Staatssecretaris Van Gennip: Voorzitter. Precies twee weken
geleden ...").
"""

from __future__ import annotations

from . import people
from .label_seen import Evidence

# The words of speech after an opening member's label: a field's value ("Datum (UTC): 2005-02-10") is a few
# words; a member's speech runs on (a hard-wrapped line holds about ten).
OPENING_MEMBER_MIN_WORDS = 6
# A member's label names a person in two words or more ("Mevrouw Gerkens", "Van Dam"): a single word with a note
# is a field as often as a name ("Summary (EN):").
MEMBER_MIN_WORDS = 2


def opening_member(ev: Evidence, accepted: set[str], single_use_ok, can_start, phrase) -> set[str]:
    """Keys of single-use labels with a party or group note, before the dialogue's first recurring label, laid
    out as the recurring labels (rule "opening-member")."""
    start = ev.first_recurring(accepted)
    layouts = {s.layout for s in ev.plain if s.key in accepted and ev.counts[s.key] >= 2}
    return {s.key for s in ev.plain if s.index < start and s.key not in accepted and ev.counts[s.key] == 1
            and s.candidate.note and s.layout in layouts and len(s.candidate.label.split()) >= MEMBER_MIN_WORDS
            and len(s.candidate.rest.split()) >= OPENING_MEMBER_MIN_WORDS
            and single_use_ok(s) and can_start(ev, s) and not phrase(s.candidate.label)}


def office_holder(ev: Evidence, accepted: set[str], single_use_ok, can_start) -> set[str]:
    """Keys of single-use labels of an office and a name ("Staatssecretaris Van Gennip:", "Bundesminister Peter
    Altmaier:") with speech after them, after the dialogue started, laid out as the recurring labels, where those
    carry a party or group note (rule "office-holder"): the record notes its members' parties, its ministers'
    offices."""
    noted = {s.layout for s in ev.plain if s.key in accepted and ev.counts[s.key] >= 2 and s.candidate.note}
    if not noted:
        return set()
    start = ev.first_recurring(accepted)
    return {s.key for s in ev.plain if s.index > start and s.key not in accepted and not s.candidate.note
            and s.candidate.rest and s.layout in noted and people.is_office(s.candidate.label.split()[0])
            and not people.is_office_only(s.candidate.label) and single_use_ok(s) and can_start(ev, s)}

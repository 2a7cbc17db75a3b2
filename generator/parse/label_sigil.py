"""Speaker codes after a sigil: the labels of spoken-language corpus transcripts (rule "sigil-codes").

A spoken-language corpus writes one utterance a line, opened by the speaker's code after a sigil ("@is1984f ну /
они достаточно большие были /", "@mva1988f так /"): no colon, codes of letters and digits that are no name's shape,
so the name-shaped evidence never sees them.  The document's own lines decide: most of its lines open so, with
at least two codes that recur and take turns.
"""

from __future__ import annotations

from collections import Counter

from .label_seen import Evidence
from .rules import takes_turns

SIGIL_MIN_CODES = 2  # a conversation has two voices at least; one code before every line is a list's bullet
SIGIL_LINE_SHARE = 0.5  # at least this share of the document's non-blank lines open with a code: the document is
# written so throughout, where a chat's "@name" replies or a mention at a line's start are a few lines of many
SIGIL_ALTERNATION_SHARE = 0.2  # the code changes between at least this share of consecutive code lines (an
# interview's answers run over several lines of one code, a list of mentions never changes hands back)


def any_sigil(ev: Evidence) -> bool:
    """Whether a line opens with a sigil code (the rule's cheap test)."""
    return any(s.candidate.style == "sigil" for s in ev.every)


def sigil_codes(ev: Evidence, accepted: set[str]) -> set[str]:
    """Keys of the sigil codes when the document writes its utterances so (see the module's note)."""
    found = [s for s in ev.every if s.candidate.style == "sigil"]
    counts = Counter(s.key for s in found)
    recurring = {key for key, n in counts.items() if n >= 2}
    written = sum(1 for line in ev.lines if line.strip())
    keys = [s.key for s in found]
    if (len(recurring) < SIGIL_MIN_CODES or len(found) < SIGIL_LINE_SHARE * written
            or not takes_turns(keys, SIGIL_ALTERNATION_SHARE)):
        return set()
    return set(counts)

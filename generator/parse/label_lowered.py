"""Names written in lower case in the layout of the document's labels (rule "lowered-layout", part of label
acceptance, ``label_evidence``).

Call notes typed during the call write some speakers' labels as their handles or with a slip of the shift key,
exactly where and as the other labels stand: "**pari:**", "**lightclient:**", "**Time beiko:**" and "**Mikhail
kalinin:**" among "**Tim Beiko:**" and "**Péter Szilágyi:**" turns (ethereum/pm All Core Devs notes), "danny:" alone
on its line above the speech among "Pari:" and "Mikhail Kalinin:" (consensus-layer call notes).  The name reading
turns them down (a word in lower case), and the handle rule of ``label_evidence`` asks that a handle stand nowhere
in the text, which a person's handle does ("Lightclient, do you want to give some context?", "### Moderator:
danny"): 19 turns of one speaker were glued to the turns above them.  Lower case does not veto a label the document
plainly uses as one: a handle, or a name whose words after the first are at most half in lower case, is a label where
it opens ``LOWERED_MIN_USES`` lines or more in the layout of the document's recurring labels (style, markup, speech
on the line; not case) and takes turns with them.  A field key ("note:", "update:"), a command of minutes
("action:", "proposal:", ``data/minutes-commands.txt``), a stop word, a joint caption, a stage direction and a
label that only introduces a web address are none, and so is a handle the text writes as a noun, after an article
or a determiner ("the decision", "a vote": ``data/label-determiners.txt``).
"""

from __future__ import annotations

import regex as re
from collections import Counter

from . import labels as L
from .label_minutes import COMMANDS
from .label_seen import Evidence, Seen

# A name may have at most this share of its words after the first in lower case ("Time beiko", "Mikhail kalinin"):
# more is a phrase ("Next steps for the team").
LOWERED_LAYOUT_SHARE = 0.5
# ... and at most this many words (a handle is one; a name two or three).
LOWERED_LAYOUT_MAX_WORDS = 3


def _lowered(c: L.LabelCandidate) -> bool:
    """A handle ("pari", "lightclient"), or a name whose first word is capitalised (not in capitals: "PROBE
    aplicado (si/no):" is a form's field) with words in lower case after it ("Time beiko"); the speech after it on
    its line or below it, as the document's labels have theirs."""
    words = c.label.split()
    if len(words) > LOWERED_LAYOUT_MAX_WORDS or L.JOINT.search(c.label) or L.URL_ONLY.match(c.rest):
        return False
    if len(words) == 1:
        return L.handle(c.label)
    lower = [w for w in words[1:] if w[:1].islower() and w.casefold() not in L.PARTICLES]
    return (words[0][:1].isupper() and not words[0].isupper() and words[0].casefold() not in L.STOP_WORDS
            and 0 < len(lower) <= LOWERED_LAYOUT_SHARE * len(words))  # (a name: "Time beiko", not "PROBE aplicado")


def _layout(s: Seen) -> tuple:
    return s.layout[:2] + s.layout[3:]  # style, markup, speech on the line, time code, number: not case


def _a_noun(ev: Evidence, handle: str) -> bool:
    """Whether the text writes ``handle`` after an article or a determiner ("the decision"): a noun, not a name."""
    noun = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(L.DETERMINERS))})[ \t]+{re.escape(handle)}(?![\w-])", re.I)
    return any(noun.search(line) for line in ev.lines)


def any_lowered(ev: Evidence) -> bool:
    """The rule's cheap test: a line start of that shape."""
    return any(_lowered(s.candidate) for s in ev.every)


def lowered_layout(ev: Evidence, accepted: set[str]) -> set[str]:
    """Keys of the handles and lowered names the document uses as labels (see the module's note)."""
    from .label_evidence import LOWERED_MIN_USES, LOWERED_TAKES_TURNS, direction

    layouts = {_layout(s) for s in ev.found if s.key in accepted and ev.counts[s.key] >= 2}
    found = [s for s in ev.every if s.key not in accepted and s.key not in L.FIELD_KEYS and s.key not in COMMANDS
             and _lowered(s.candidate) and _layout(s) in layouts and not direction(s.candidate)]
    uses = Counter(s.key for s in found)
    keys = {key for key, n in uses.items() if n >= LOWERED_MIN_USES}
    keys -= {s.key for s in found if s.key in keys and " " not in s.candidate.label and _a_noun(ev, s.candidate.label)}
    if not keys:
        return set()
    turns = sorted([s for s in ev.found if s.key in accepted] + [s for s in found if s.key in keys],
                   key=lambda s: s.index)
    taken = Counter(b.key for a, b in zip(turns, turns[1:]) if b.key in keys and a.key != b.key)
    return {key for key in keys if taken[key] >= LOWERED_TAKES_TURNS * uses[key]}


from .label_evidence import EVIDENCE, EvidenceRule  # noqa: E402  (imported by label_evidence, after its registry)

EVIDENCE.register(EvidenceRule("lowered-layout", any_lowered, lowered_layout), "lowered-layout", 39.5)

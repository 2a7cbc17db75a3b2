"""Meeting minutes written by a scribe: lower-case initials or nicknames as speaker labels (part of label
acceptance, ``label_evidence``; rule "minutes-handles").

A scribe of W3C/IETF-style minutes writes who spoke by initials or IRC nickname in lower case ("mk: that makes
sense", "ek: this PR needs some fixes", "kaz: we should use markdown"), each on the line that opens what the
person said, continued by "…" / "..." lines.  Lower case vetoes no label the document plainly uses so: where several
such handles recur at line starts, take turns and are followed by sentences (not by a value, as YAML keys or a
list's "fix: ..." entries are), every handle of that layout is a label, one used once included ("zk:" after the
dialogue started).  A handle that is also a word of the text ("note", "proposal" written in a sentence), a stop
word, a field key ("cc", "re") or a command of the minutes ("topic:", "RESOLUTION:", ``data/minutes-commands.txt``)
is no speaker.
"""

from __future__ import annotations

import re
from collections import Counter

from . import labels as L
from . import vocab
from .label_seen import Evidence, Seen

# A scribe's label: initials ("mk", "dr", "sk") or an IRC nickname ("kaz", "jthomas", "dezell") in lower case.
MINUTES_HANDLE = re.compile(r"^[a-z][a-z0-9_\-]{1,15}$")
# The layout is the document's labels where at least this many distinct handles each open at least
# ``MINUTES_MIN_USES`` lines: a meeting has several participants (one or two repeated prefixes are a list's keys).
MINUTES_MIN_KEYS = 3
MINUTES_MIN_USES = 2
# ... the handle changes between at least this share of consecutive handle lines (the chair speaks in runs in
# minutes -- held-out hf02: mk, mk, mk, mm, dr ... changes on 0.7 of its lines; a list of prefixed entries, "fix: ..."
# "fix: ..." "docs: ...", repeats each prefix in runs and changes on few) ...
MINUTES_ALTERNATION_SHARE = 0.4
# ... and at least this share of the handle lines go on with a sentence of at least ``MINUTES_PROSE_WORDS`` words
# (YAML keys and configuration lines, "id: 1", "db: postgres", hold a value).
MINUTES_PROSE_SHARE = 0.5
MINUTES_PROSE_WORDS = 3
COMMANDS = frozenset(vocab.words("minutes-commands.txt"))


def _handles(ev: Evidence) -> list[Seen]:
    """Line starts written as a lower-case handle before a colon, with words after it, that are no stop word,
    field key, command of the minutes or word of the text."""
    found = [s for s in ev.every if s.candidate.style == "colon" and s.candidate.rest
             and MINUTES_HANDLE.match(s.candidate.label) and s.candidate.label not in L.STOP_WORDS
             and s.key not in L.FIELD_KEYS and s.candidate.label not in COMMANDS]
    written = {s.candidate.label for s in found}
    prose = {label for label in written if _in_prose(ev.lines, label)}
    return [s for s in found if s.candidate.label not in prose]


def _in_prose(lines: list[str], word: str) -> bool:
    """Whether ``word`` stands in the text other than before a colon at a line start."""
    pattern = re.compile(rf"(?<![\w.-]){re.escape(word)}(?![\w-])(?![ \t]*[:\uff1a])")
    return any(pattern.search(line) for line in lines)


def minutes_handles(ev: Evidence, accepted: set[str]) -> set[str]:
    """Keys of the handles a scribe's minutes label turns with (rule "minutes-handles")."""
    found = _handles(ev)
    uses = Counter(s.key for s in found)
    recurring = {key for key, n in uses.items() if n >= MINUTES_MIN_USES}
    if len(recurring) < MINUTES_MIN_KEYS:
        return set()
    keys = [s.key for s in found]
    changes = sum(1 for a, b in zip(keys, keys[1:]) if a != b)
    prose = sum(1 for s in found if len(s.candidate.rest.split()) >= MINUTES_PROSE_WORDS)
    if changes < MINUTES_ALTERNATION_SHARE * (len(keys) - 1) or prose < MINUTES_PROSE_SHARE * len(found):
        return set()
    start = min(s.index for s in found if s.key in recurring)
    return recurring | {s.key for s in found if s.index > start}


def any_handle(ev: Evidence) -> bool:
    """Whether the document has a line start that may be a scribe's handle (the rule's cheap test)."""
    return any(s.candidate.style == "colon" and s.candidate.label[:1].islower() for s in ev.every)


def minutes_commands(ev: Evidence, accepted: set[str]) -> set[str]:
    """Accepted keys that are commands of the minutes ("Scribe: Koster" in the header and "Scribe:" again at the
    end, "Chair:", "Topic:"), where the document is a scribe's minutes (its handles are among ``accepted``): in
    that layout they are fields and headings of the minutes, not people (scribe.perl reads them so)."""
    found = {key for key in accepted if key in COMMANDS}
    if not found or not any(L.handle(key) or MINUTES_HANDLE.match(key) for key in accepted - found):
        return set()
    return found if minutes_handles(ev, set()) & accepted else set()

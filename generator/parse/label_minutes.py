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

import regex as re
from collections import Counter

from . import labels as L
from . import vocab
from .label_seen import Evidence, Seen
from .rules import takes_turns

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
COMMANDS = frozenset(entry for _, entry in vocab.sections("minutes-commands.txt"))
RECORDS = frozenset(entry for section, entry in vocab.sections("minutes-commands.txt") if section == "record")
BOTS = frozenset(vocab.words("minutes-bots.txt"))
# An IRC log or minutes that keep the participants' IRC lines: at least this many distinct nicknames write the
# document's "<nick> text" lines (one nickname in angle brackets is a quoted address or a tag).  (The lines
# themselves must be at least ``label_seen.RARE_STYLE_MIN_LINES``, as for every rarer shape.)
IRC_MIN_NICKS = 2
CLOSING_TAG = re.compile(r"</([A-Za-z][\w-]*)")  # an HTML element the document closes is no IRC nickname


def _handles(ev: Evidence) -> list[Seen]:
    """Line starts written as a lower-case handle before a colon, with words after it, that are no stop word,
    field key, command of the minutes or word of the text."""
    found = [s for s in ev.every if s.candidate.style == "colon" and s.candidate.rest
             and MINUTES_HANDLE.match(s.candidate.label) and s.candidate.label not in L.STOP_WORDS
             and s.key not in L.FIELD_KEYS and s.candidate.label not in COMMANDS]
    if not found:
        return []
    prose = _in_prose(ev.lines, {s.candidate.label for s in found})
    return [s for s in found if s.candidate.label not in prose]


# A word of the text that is not a label: not after a letter, a dot or a hyphen, not before a colon.
PROSE_WORD = re.compile(r"(?<![\w.-])([a-z][a-z0-9_\-]{1,15})(?![\w-])(?![ \t]*[:\uff1a])")


def _in_prose(lines: list[str], words: set[str]) -> set[str]:
    """Which of ``words`` stand in the text other than before a colon (one pass over the lines)."""
    return words.intersection(PROSE_WORD.findall("\n".join(lines)))


def minutes_handles(ev: Evidence, accepted: set[str]) -> set[str]:
    """Keys of the handles a scribe's minutes label turns with (rule "minutes-handles"; read once a document)."""
    found = getattr(ev, "_minutes_handles", None)
    if found is None:
        found = _minutes_handles(ev)
        setattr(ev, "_minutes_handles", found)
    return found


def _minutes_handles(ev: Evidence) -> set[str]:
    found = _handles(ev)
    uses = Counter(s.key for s in found)
    recurring = {key for key, n in uses.items() if n >= MINUTES_MIN_USES}
    if len(recurring) < MINUTES_MIN_KEYS:
        return set()
    keys = [s.key for s in found]
    prose = sum(1 for s in found if len(s.candidate.rest.split()) >= MINUTES_PROSE_WORDS)
    if not takes_turns(keys, MINUTES_ALTERNATION_SHARE) or prose < MINUTES_PROSE_SHARE * len(found):
        return set()
    start = min(s.index for s in found if s.key in recurring)
    return recurring | {s.key for s in found if s.index > start}


def irc_nicks(ev: Evidence, accepted: set[str]) -> set[str]:
    """Keys of the nicknames of a document's IRC lines (rule "irc-nicks"): where several people write such lines,
    each line is its nickname's turn, a nickname used once included ("<jthomas> Reminder there is a new zoom
    link").  The channel's bots ("<Zakim> ...", ``data/minutes-bots.txt``) open lines too, so that their lines stand
    apart from the turn above; the turn parser reads them as notes of the record (``minutes_notes``), not as a
    person's turns."""
    found = [s for s in ev.found if s.candidate.style == "irc" and s.key not in COMMANDS]
    if not found:
        return set()
    closed = {tag.casefold() for tag in CLOSING_TAG.findall("\n".join(ev.lines))}
    found = [s for s in found if s.key not in closed]  # "<li> item" ... "</li>": markup, not a nickname
    keys = {s.key for s in found}
    return keys if len(keys - BOTS) >= IRC_MIN_NICKS else set()


def any_handle(ev: Evidence) -> bool:
    """Whether the document has a line start that may be a scribe's handle or an IRC nickname (the rules' cheap
    test)."""
    return any(s.candidate.style == "irc" or s.candidate.style == "colon" and s.candidate.label[:1].islower()
               for s in ev.every)


def handle_lines(ev: Evidence, accepted: set[str]) -> list[Seen]:
    """The lines the accepted handles of a scribe's minutes open that ``ev.found`` does not hold (initials, "mk:",
    are no name's shape): the other rules that weigh the document's label lines see them too."""
    keys = getattr(ev, "_minutes_handles", None)
    if not keys or not keys & accepted:
        return []
    return [s for s in _handles(ev) if s.key in keys & accepted and not L.handle(s.candidate.label)]


def minutes_records(ev: Evidence, accepted: set[str]) -> set[str]:
    """Record commands of a scribe's minutes or an IRC log ("RESOLVED: ...", "proposal: ...", "<scribe> ACTION:
    ..."), where the document is one (its handles or nicknames are accepted): they open lines as labels do, so
    that a record line stands apart from the turn above it; the turn parser reads it as a note (``minutes_notes``)."""
    if not accepted & (minutes_handles(ev, accepted) | irc_nicks(ev, accepted)):
        return set()
    return {s.key for s in ev.every if s.key in RECORDS and s.candidate.rest}


def minutes_commands(ev: Evidence, accepted: set[str]) -> set[str]:
    """Accepted keys that are field commands of the minutes ("Scribe: Koster" in the header and "Scribe:" again at
    the end, "Chair:", "Present:"), where the document is a scribe's minutes (its handles are among ``accepted``): in
    that layout they are fields and headings of the minutes, not people (scribe.perl reads them so)."""
    found = {key for key in accepted if key in COMMANDS and key not in RECORDS}
    if not found or not any(L.handle(key) or MINUTES_HANDLE.match(key) for key in accepted - found):
        return set()
    return found if minutes_handles(ev, set()) & accepted else set()

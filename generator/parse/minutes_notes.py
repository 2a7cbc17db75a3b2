"""Lines of a meeting's record that are no one's words, in minutes written by a scribe and in IRC logs (rules of
the ``notes`` registry, ``clean_rules``): a command of the minutes that records a decision or a topic
("RESOLUTION: ...", "**RESOLUTION: Take a snapshot ...**", "proposal: ...", "ACTION: ..."), a line of an IRC
channel's bot ("<Zakim> dezell, you wanted to discuss ..."), and a link pasted alone on its line ("-> https://...",
"w3c/wot#1242").  Both are read as narration between the turns.
"""

from __future__ import annotations

import regex as re

from .clean_rules import NOTES
from .label_minutes import BOTS, RECORDS as RECORD_KEYS
from .rules import Rule

RECORDS = sorted(RECORD_KEYS)
NOTE_KEYS = RECORD_KEYS | BOTS  # the keys of the lines that open as labels and are read as notes
# A record command in capitals or in lower case as the scribe tools write them ("RESOLUTION:", "proposal:"), perhaps
# in bold; a word in title case before a colon ("Action: ...", "Summary: ...") is as often a field or a sentence's
# opening, and is left to the turn it stands in.
RECORD_LINE = re.compile(rf"^(?:<[Ss]cribe>[ \t]+)?(?:\*\*|__)?(?:{'|'.join(RECORDS)}|{'|'.join(w.upper() for w in RECORDS)})[ \t]*:[ \t]*\S")
# A bot's line in an IRC log, perhaps after the time it was written ("[12:01] <Zakim> ...", "12:01:33 <RRSAgent> ...").
BOT_LINE = re.compile(rf"^(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+)?<(?:{'|'.join(map(re.escape, sorted(BOTS)))})>[ \t]",
                      re.IGNORECASE)


# A link the scribe pastes into the record, alone on its line: scribe.perl's "-> URL title" convention ("->
# https://github.com/w3c/wot/pull/1270") or a GitHub reference ("w3c/wot#1242", "w3c/transitions#728").
LINK_LINE = re.compile(r"^(?:->[ \t]*<?https?://\S+|[\w.-]+/[\w.-]+#\d+[ \t]*$)")


def _link(text: str, accepted: frozenset[str]) -> bool:
    return "\n" not in text.strip() and bool(LINK_LINE.match(text.strip()))


def record_word(label: str) -> bool:
    """A record command as the scribe tools write it ("RESOLUTION", "proposal"; not "Summary" in title case)."""
    return label.casefold() in RECORD_KEYS and (label.isupper() or label.islower())


def note_line(text: str) -> bool:
    """A unit that a record command opens, or one line of a bot: a note of the record, though a label opens it
    (``label_minutes.minutes_records`` and ``irc_nicks`` let them open lines as labels do)."""
    return bool(RECORD_LINE.match(text)) or bot_line(text)


def _record(text: str, accepted: frozenset[str]) -> bool:
    return bool(RECORD_LINE.match(text))


def bot_line(text: str) -> bool:
    """A unit that is one line of an IRC channel's bot (the turn parser reads it as a note, not as a turn)."""
    return "\n" not in text.strip() and bool(BOT_LINE.match(text))


def _bot(text: str, accepted: frozenset[str]) -> bool:
    return bot_line(text)


NOTES.register(Rule("minutes record", 38, "speech", _record, None,
                    "a command of a scribe's minutes recording a decision or a topic: RESOLUTION: ..., proposal: ..., "
                    "ACTION: ... (W3C/IETF minutes, scribe.perl and scribejs conventions)"))
NOTES.register(Rule("minutes link", 37, "speech", _link, None,
                    "a link pasted into a meeting's record alone on its line: '-> https://...' (scribe.perl), "
                    "'w3c/wot#1242' (a GitHub issue reference)"))
NOTES.register(Rule("bot line", 38, "speech", _bot, None,
                    "a line of an IRC channel's bot in a meeting log or minutes: <Zakim> dezell, you wanted to ..."))

"""A name written as a name (capital initials) alone on its line, the speech below it (part of label acceptance).

The exports of transcription tools and the pages of podcasts write each turn's head so, with no colon: the
speaker's name on a line, often the time on the next, then the words ("Roman Mars" / "[00:00:01]" / "This is 99%
Invisible ...": a crawled 99% Invisible page, held-out hp07; "Anna Berg" / "00:01:42" / text: Trint and Happy
Scribe text exports; "Kathy" / speech: hand-typed interviews).  The names-in-capitals layout of
``label_caps_alone`` is the same layout, in capitals.  The shape is also a heading in title case ("Introduction" /
paragraph), a roster's names one per line, a song's "Chorus": so the document must plainly write its dialogue so,
by the evidence of ``label_caps_alone._pattern`` (several names, each used again and again, taking turns, the
document's main label shape, most of its words below them).  A name used once is a voice only with a time line
below it or as a full name (``_voice_once``): a single word used once ("Okay") is as likely a reply or a heading.

In: the document's lines (blank lines between blocks).  Out: candidates of style "name-alone" (``name_alone``) and
the document's decision (``keep_pattern``, ``names``).
"""

from __future__ import annotations

import regex as re
from collections import Counter

from . import labels as L
from .label_caps_alone import SEPARATOR, _pattern

STYLE = "name-alone"
# A name is at most this many words ("Mary Beth Lee Hamilton"; particles count): longer is a heading or a phrase.
NAME_ALONE_MAX_WORDS = 4
# A line longer than this is no name alone (the pre-test of ``label_seen.starts``, which asks every line).
NAME_ALONE_MAX_CHARS = L.rules.LABEL_MAX_CHARS
# Letters, spaces, the full stops of initials, apostrophes and hyphens inside names: no digit (a numbered heading,
# a date), no colon (a colon label has its own shape), no sentence end, no brackets or commas (a heading's subtitle).
SHAPE = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.\-])*(?: [^\W\d_](?:[^\W\d_]|['’.\-])*)*$")
TIME_LINE = re.compile(r"^\s*[\[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?[\])]?\s*$")  # "[00:00:01]", "0:03", "(01:02)"


def name_alone(lines: list[str], index: int) -> L.LabelCandidate | None:
    """The candidate of line ``index`` when it holds only a name written as one, the first line of a block (first,
    after a blank line or a separator), with speech on the next line or after a time line; else None."""
    if index and lines[index - 1].strip() and not SEPARATOR.match(lines[index - 1]):
        return None
    found = name_alone_line(lines[index])  # (first: most lines asked are sentences, refused by the shape alone)
    if found is None:
        return None
    below = index + 1
    if below < len(lines) and TIME_LINE.match(lines[below]):
        below += 1
    return found if below < len(lines) and _speech(lines[below]) else None


def name_alone_line(line: str) -> L.LabelCandidate | None:
    """The label of a line that holds only a name with capital initials ("Roman Mars", "Katie Thornton", "Kathy"),
    or None (capitals alone are ``label_caps_alone``'s)."""
    text = line.strip()
    words = text.split()
    if not words or len(words) > NAME_ALONE_MAX_WORDS or len(text) > NAME_ALONE_MAX_CHARS or text.isupper() \
            or not SHAPE.match(text) or text.endswith("."):
        return None
    for position, word in enumerate(words):
        folded = word.casefold()
        if word[:1].islower() and not (position and folded in L.PARTICLES):  # "Ludwig van Beethoven"
            return None
        if folded in L.STOP_WORDS and folded not in L.PARTICLES:
            return None
    if words[0].casefold() in L.STOP_WORDS or L.not_a_name(text):  # "The Divided Dial": a title
        return None
    return L.LabelCandidate(text, None, "", len(line.rstrip()), None, STYLE)


def _speech(line: str) -> bool:
    """A line that may be speech: not blank, no separator, not itself a name alone (a roster's next name)."""
    text = line.strip()
    return bool(text) and not SEPARATOR.match(text) and name_alone_line(text) is None


def keep_pattern(found: list, lines: list[str]) -> list:
    """``found`` (``label_seen.Seen``) without the candidates of this style unless the document writes its dialogue
    so (``label_caps_alone._pattern``), and without those of its names used once."""
    alone = [s for s in found if s.candidate.style == STYLE]
    if not alone:
        return found
    if not _pattern(alone, found, lines):
        return [s for s in found if s.candidate.style != STYLE]
    uses = Counter(s.key for s in alone)
    return [s for s in found if s.candidate.style != STYLE or uses[s.key] >= 2 or _voice_once(s, lines)]


def _voice_once(seen, lines: list[str]) -> bool:
    """A name used once that still heads a turn: one with a time line below it, as the export writes every turn's
    head ("Glenn Beck" / "[00:02:32]": a clip in a podcast), or a full name ("Glenn Beck"); a single word used once
    ("Okay", "Chorus") is as likely a reply or a heading."""
    below = seen.index + 1
    return below < len(lines) and bool(TIME_LINE.match(lines[below])) or len(seen.candidate.label.split()) >= 2


def names(ev, accepted: set[str]) -> set[str]:
    """The names of the document's names-alone pattern (rule "name-alone"): ``keep_pattern`` kept its candidates
    only where the document writes its dialogue so."""
    return {s.key for s in ev.found if s.candidate.style == STYLE}


def near_pattern(found: list) -> bool:
    """Whether ``found`` (candidates) holds enough recurring names alone for a rejection of them to be worth a
    warning: a heading in title case that recurs ("Chorus") is no near miss of a dialogue."""
    uses = Counter(c.key for c in found if c.style == STYLE)
    return sum(1 for n in uses.values() if n >= 2) >= 2

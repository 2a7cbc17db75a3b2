"""Name + time lines ("Anna Smith  0:37", "**Anna** [0:00]"): the evidence that a document uses them as labels.

Speech-to-text and editor exports put one before every turn; a schedule, a running head or a table of chapter
times writes lines of the same shape.  ``timed_keys_of`` asks the document for a pattern: see the TIMED_*
constants for the evidence asked for.
"""

from __future__ import annotations

import regex as re
from collections import Counter

from . import labels as L

# Name + time lines ("Anna Smith  0:37") are a label pattern when the document writes at least this many (an
# export puts one before every turn; one or two such lines are a caption, a schedule entry) ...
TIMED_MIN_LINES = 3
# ... at least this share of them name a speaker who comes back (a conversation, or a talk with questions, returns
# to its speakers; a list of dated entries or a running head with a changing name does not) ...
TIMED_RECUR_SHARE = 0.5
# ... their time codes run forward, each later than the one before (a recording's clock; a slip or two where an
# editor moved a paragraph; a running head repeats one clock time) ...
TIMED_ORDER_SHARE = 0.8
# ... and at least this share of them has text after it on the next line (the speech below the label), where a
# table of times or a list of chapters holds label after label.
TIMED_SPEECH_SHARE = 0.5
SENTENCE_END = re.compile(r"[.!?…\"”’')\]]$")
WEEKDAY = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)  # "Monday 10:30": a date line


def _seconds(time: str) -> float:
    parts = time.replace(",", ".").split(":")
    return sum(float(part) * 60 ** power for power, part in enumerate(reversed(parts)))


def _next_text(lines: list[str], index: int) -> int | None:
    """Index of the first non-blank line after ``index`` (None at the end)."""
    for below in range(index + 1, len(lines)):
        if lines[below].strip():
            return below
    return None


def timed_keys_of(found: list, lines: list[str]) -> set[str]:
    """Keys of the name + time lines among ``found`` (``label_evidence.Seen``) that this document uses as its
    labels."""
    timed = [s for s in found if s.candidate.style == "timed" and not WEEKDAY.match(s.candidate.label)]
    if len(timed) < TIMED_MIN_LINES:
        return set()
    counts = Counter(s.key for s in timed)
    times = [_seconds(s.candidate.time) for s in timed]
    forward = sum(1 for a, b in zip(times, times[1:]) if b > a)
    at = {s.index for s in timed}
    speech = sum(1 for s in timed if (below := _next_text(lines, s.index)) is not None and below not in at
                 and not L.time_only(lines[below]))
    if sum(1 for s in timed if counts[s.key] >= 2) < TIMED_RECUR_SHARE * len(timed) \
            or forward < TIMED_ORDER_SHARE * (len(times) - 1) or speech < TIMED_SPEECH_SHARE * len(timed):
        return set()
    # a name used once is a label when written like the recurring ones (markup, case) where a turn can start: after
    # a blank line (``lines`` may hold the blank lines between blocks), a label or a sentence's end: "Unknown
    # Speaker  0:35" among "Emma  0:00" lines, not "... the train left from / Kings Cross 10:30 / and ..."
    styles = {(s.markup, L.is_caps(s.candidate.label)) for s in timed if counts[s.key] >= 2}
    return {s.key for s in timed if counts[s.key] >= 2 or (s.markup, L.is_caps(s.candidate.label)) in styles
            and (s.index == 0 or s.index - 1 in at or SENTENCE_END.search(lines[s.index - 1].rstrip())
                 or not lines[s.index - 1].strip())}


# A role written in sentence case after a time code ("00:07:01 Élu principal", "00:09:58 Conseiller d’opposition
# 1", as anonymised meeting transcripts name their voices) has words in lower case, which the name reading turns
# down; the time code before it is the document's label layout.  Such a label may have at most this many words ...
TIMED_ROLE_MAX_WORDS = 6
# ... and at most this share of them in lower case (particles aside): "Personne chargée de l’appel"; a sentence
# after a time code ("10:30 we met at the station") is mostly lower case.
TIMED_ROLE_LOWER_SHARE = 0.5


def _timed_role(c: L.LabelCandidate) -> bool:
    words = c.label.split()
    lower = [w for w in words if w[:1].islower() and w.casefold() not in L.PARTICLES]
    return (c.style == "timed" and bool(lower) and words[0][:1].isupper() and len(words) <= TIMED_ROLE_MAX_WORDS
            and len(lower) <= TIMED_ROLE_LOWER_SHARE * len(words) and not L.JOINT.search(c.label)
            and words[0].casefold() not in L.STOP_WORDS)


def timed_roles(ev, accepted: set[str]) -> set[str]:
    """Roles in sentence case on name + time lines (rule "timed-roles"): where the document's time-code lines,
    these included, are a label pattern by ``timed_keys_of``'s evidence (they recur, their clock runs forward,
    speech follows them), each such role is a label, and so is each name on such a line (a "Speaker 1" once).
    (The line starts are the evidence's own, ``ev.every``: the document's lines are not read for them again.)"""
    from .label_seen import _name_shaped

    every = [s for s in ev.every if s.candidate.style == "timed"]
    roles = [s for s in every if _timed_role(s.candidate)]
    if not roles:
        return set()
    named = {s.index for s in every if _name_shaped(s.candidate)}  # (names: "Speaker 1" once)
    named |= {s.index for s in roles}
    return timed_keys_of([s for s in every if s.index in named], ev.lines)


TIME_FIRST = re.compile(r"^(?:#{1,6} |\*\*)?\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+[^\W\d_]")  # "00:07:01 Élu ..."


def any_timed(ev) -> bool:
    """Does the document write enough lines that open with a time code and a word for "timed-roles" to look?"""
    return sum(1 for line in ev.lines if line[:1] in TIME_OPENS and TIME_FIRST.match(line)) >= TIMED_MIN_LINES


TIME_OPENS = frozenset("0123456789#*[")

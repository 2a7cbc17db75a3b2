"""The keys a document accepts as its labels: the rules of ``label_evidence.EVIDENCE`` in priority order, less the
filters (numbered lists, continued lines, titled headings, numbering fields, tallies, a scribe's commands, an oral
history's cover, a credits block after the dialogue) and the cue lines of a talk script.

In: a document's lines.  Out: the accepted label keys and cue keys (``accept_labels_and_cues``, ``accept_labels``),
the name + time label keys (``timed_labels``).  Split from ``label_evidence`` (which re-exports every name) along
meaning; no behaviour changed.
"""

from __future__ import annotations

from typing import Iterable

import regex as re

from . import label_chat, label_cues, label_minutes as minutes, oral_cover
from .label_evidence import EVIDENCE
from .label_filters import _continued_lines, _numbered_list, _numbering_fields, _tallies, _titled_headings
from .label_seen import Evidence, Seen, evidence, seen

# Labels in a credits block after the dialogue are no speakers (``_trailer_credits``) when the dialogue has at least
# this many label lines with speech (one label line is no dialogue to stand after) ...
DIALOGUE_MIN_LINES = 3
# ... and each of their values is at most this long (a name or a list of handles; a speaker's closing words that
# run longer are speech).
CREDIT_MAX_CHARS = 60
# ... and the block credits at least this many names (one short last line is a speaker's "thanks bye", as speech-to-
# text writes it without punctuation).
CREDIT_MIN_KEYS = 2
CREDIT_SENTENCE_END = re.compile(r"[.!?…。！？][\"”’'」』）)]?\s*$")  # speech ends a sentence; "某某（文成）" does not


def _trailer_credits(ev: Evidence, accepted: set[str]) -> set[str]:
    """Accepted keys that are a credits block, by their position and what follows them: every use stands after
    the dialogue (the last line a label with speech opens) and holds a short value that ends no sentence -- the
    transcribers of a livestream ("战友之声听写组：【文竺】", "加拿大红叶农场： 软红香土" after the "郭文贵先生："
    turns), a list of contributors in a trailer."""
    found = ev.found + minutes.handle_lines(ev, accepted)  # (a scribe's "mk:" lines are no name's shape)
    speech = [s for s in found if s.key in accepted and not _credit(s)]
    if len(speech) < DIALOGUE_MIN_LINES:
        return set()
    uses: dict[str, list[Seen]] = {}
    for s in found:
        if s.key in accepted:
            uses.setdefault(s.key, []).append(s)
    last_of: dict[str, int] = {}  # each key's last line of speech (read once, not once for every key)
    for s in speech:
        last_of[s.key] = max(last_of.get(s.key, s.index), s.index)
    latest = sorted(last_of.items(), key=lambda item: -item[1])[:2]  # (any other key's last speech is one of these:
    # each key is compared with two keys, not with every other key, which a parliament's hundreds of speakers made slow)
    out = {key for key, found in uses.items() if all(
        s.index > next((at for other, at in latest if other != key), len(ev.lines)) and _credit(s) for s in found)}
    return out if len(out) >= CREDIT_MIN_KEYS else set()


def _credit(s: Seen) -> bool:
    """A label line whose value is a credit, not speech: short, no sentence end ("【文竺】【小白】", "某某（文成）")."""
    rest = s.candidate.rest
    return bool(rest) and len(rest) <= CREDIT_MAX_CHARS and not CREDIT_SENTENCE_END.search(rest)


def _accepted_and_cues(evidence: Evidence) -> tuple[set[str], set[str]]:
    """The keys the document uses as labels, and those of its talk script's cue lines (``label_cues``)."""
    accepted: set[str] = set()
    for rule in EVIDENCE:
        if rule.test(evidence):
            accepted |= rule.action(evidence, accepted)
    accepted -= _numbered_list(evidence, accepted) | _continued_lines(evidence, accepted) \
        | _titled_headings(evidence, accepted) | _numbering_fields(evidence, accepted) | _tallies(evidence, accepted)
    accepted -= minutes.minutes_commands(evidence, accepted)  # "Scribe: Koster" in a scribe's minutes
    if oral_cover.any_cover(evidence):  # "RONALD ARKIN: An Interview Conducted by ...", "INTERVIEWER: Peter Asaro"
        accepted -= oral_cover.cover_lines(evidence, accepted)
    accepted -= _trailer_credits(evidence, accepted) | label_chat.appendix(evidence, accepted)
    cues = label_cues.cue_keys(evidence, accepted)
    return accepted - cues, cues


def accept_labels_and_cues(lines: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """``accept_labels`` and the keys of the document's cue lines (stage directions of a talk script)."""
    accepted, cues = _accepted_and_cues(evidence(lines))
    return frozenset(accepted), frozenset(cues)


def accept_labels(lines: Iterable[str]) -> frozenset[str]:
    """Keys of the labels this document supports, judged over all its lines (blank lines between blocks may be
    included: they show where a turn can start)."""
    return frozenset(_accepted_and_cues(evidence(lines if isinstance(lines, list) else list(lines)))[0])


def timed_labels(lines: Iterable[str]) -> frozenset[str]:
    """Keys of the name + time label lines the document uses as labels (for the cleaner: such lines repeat with
    their numbers changing, like a running page header, and must never be removed as one)."""
    from .label_timed import timed_keys_of

    lines = list(lines)
    return frozenset(timed_keys_of(seen(lines), lines))

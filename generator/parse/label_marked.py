"""Labels bounded by markup after a time code: the document's label layout whatever the case of its words.

Call and chat exports write every line as ``[00:15] **kushti**: text`` (ergo community calls, cannonQ/ergo-
transcripts; Latent Space podcast pages: ``[00:00:13] **swyx:** text``): a time code, then the speaker between bold
markers, then a colon.  The markup and the time code bound the label, so what stands between is the label however
it is written -- a lower-case handle ("kushti", "tmr.erg", "anon_real"), a short one ("c8"), one with brackets
("qx()") -- where the word lists and name shapes of ``labels`` would read a phrase.  ``marked_layout`` (rule
"marked-layout" of ``label_evidence.EVIDENCE``) accepts every label of that layout where the layout is the
document's: it opens most of the document's label-shaped line starts, on enough lines, its time codes running
forward.  One voice on every line is that voice's monologue: its one label is accepted too.

``bold_names`` (rule "bold-names") reads the podcast layout with no colon, a time code, a bold name and the speech
on one line ("0:00:13.7 **Adam Garrett-Harris** Hello", orbitfm/orbit.fm), where the document writes it as a
pattern of recurring names taking turns.
"""

from __future__ import annotations

import regex as re
from collections import Counter

from . import labels as L
from .label_seen import Evidence, Seen
from .label_timed import TIMED_ORDER_SHARE, TIMED_RECUR_SHARE, _seconds

# The layout is a pattern from this many lines on (one or two bold words before a colon are emphasis in prose) ...
MARKED_MIN_LINES = 3
# ... when at least this share of the document's label-shaped line starts (any shape) are written in it: an export
# writes every turn so; an article that quotes a timed chat line or two writes its own text otherwise ...
MARKED_MAIN_SHARE = 0.5
# ... and its time codes run forward as a recording's clock does (``label_timed.TIMED_ORDER_SHARE``): a list of
# dated changelog entries or a schedule need not.
MARKED_ORDER_SHARE = TIMED_ORDER_SHARE
# ... and at least this share of its lines name a speaker who comes back (a call returns to its speakers; a list of
# timed chapters, "[00:00] **Introduction**: ...", names each chapter once).
MARKED_RECUR_SHARE = TIMED_RECUR_SHARE
# The shapes a marked label is read in: a name before a colon, or anything markup bounds ("**qx()**:").
MARKED_STYLES = frozenset({"colon", "marked"})
BOLD_MARK = re.compile(r"\*\*|__|</?(?:strong|b)>")  # an opening or closing bold marker


def bounded(line: str, s: Seen) -> bool:
    """A colon label with speech after a time code, whose line sets the label between two bold markers before the
    speech ("[00:15] **kushti**: ...", "[00:00:13] **swyx:** ..."); or, where the reader took the markup away (a
    Markdown page: "[00:00:13] swyx: ..."), a label of one handle-like word or a name, not a phrase."""
    c = s.candidate
    if c.style not in MARKED_STYLES or not c.rest or c.time is None:
        return False
    return _marked(line, c) or c.style == "colon" and (L.handle(c.label) or not L.not_a_name(c.label))


def _marked(line: str, c: L.LabelCandidate) -> bool:
    """Two bold markers (one opening, one closing) before the speech of ``line``."""
    return len(BOLD_MARK.findall(line, 0, c.end)) >= 2


def marked_layout(ev: Evidence, accepted: set[str]) -> set[str]:
    """Every label the document writes in its marked layout (see the module), whatever its case or spelling; none
    where the layout is not the document's (too few lines, not its main label shape, time codes not running
    forward, most of its labels not coming back).  A stage direction in that place ("**(laughs)**:") is no label."""
    from .label_evidence import direction

    rows = [s for s in ev.every if bounded(ev.lines[s.index], s)]
    if len(rows) < MARKED_MIN_LINES or len(rows) < MARKED_MAIN_SHARE * len(ev.every):
        return set()
    uses = Counter(s.key for s in rows)
    if sum(1 for s in rows if uses[s.key] >= 2) < MARKED_RECUR_SHARE * len(rows):
        return set()
    times = [_seconds(s.candidate.time) for s in rows]
    if sum(1 for a, b in zip(times, times[1:]) if b >= a) < MARKED_ORDER_SHARE * (len(times) - 1):
        return set()
    # (a field key written once without markup, "[05:00] Source: ...", is a field: it must be bounded or recur)
    return {s.key for s in rows if not direction(s.candidate)
            and (s.key not in L.FIELD_KEYS or uses[s.key] >= 2 or _marked(ev.lines[s.index], s.candidate))}


def any_marked(ev: Evidence) -> bool:
    """Cheap test: a colon candidate after a time code."""
    return any(s.candidate.time is not None and s.candidate.style in MARKED_STYLES for s in ev.every)


# Bold names before the speech with no colon ("0:00:13.7 **Adam Garrett-Harris** Hello") are a label pattern where at
# least this many distinct names recur in that shape (a conversation; one bold word that recurs is emphasis) ...
BOLD_MIN_NAMES = 2
# ... at least this share of the bold lines name one who comes back (an article's bold sentence openers, a glossary's
# terms, name each thing once) ...
BOLD_RECUR_SHARE = 0.5
# ... the name changes between at least this share of consecutive bold lines (speakers take turns; a list of
# "**Step** ..." lines repeats one word) ...
BOLD_TURN_SHARE = 0.5
# ... and at least this share of them opens a block (first, or after a blank line): a turn opens a paragraph.
BOLD_BLOCK_SHARE = 0.5


def bold_names(ev: Evidence, accepted: set[str]) -> set[str]:
    """The names the document writes in bold before the speech as its labels (rule "bold-names"; see the
    BOLD_* constants for the evidence asked for), the single-use ones among them where they open a block, and
    several of them sharing a turn ("**Jen Luker & Safia Abdalla** Yay!") where every one of them is such a
    label.  A stage direction in bold ("**(Long Pause)**") is no name."""
    from .label_evidence import direction

    found = [s for s in ev.found if s.candidate.style == "bold" and not direction(s.candidate)]
    uses = Counter(s.key for s in found)
    recurring = {key for key, n in uses.items() if n >= 2}
    if len(recurring) < BOLD_MIN_NAMES or sum(uses[key] for key in recurring) < BOLD_RECUR_SHARE * len(found):
        return set()
    if sum(1 for a, b in zip(found, found[1:]) if a.key != b.key) < BOLD_TURN_SHARE * (len(found) - 1):
        return set()
    opens = [s for s in found if s.index == 0 or not ev.lines[s.index - 1].strip()]
    if len(opens) < BOLD_BLOCK_SHARE * len(found):
        return set()
    keys = recurring | {s.key for s in opens}
    joint = {s.key for s in ev.every if s.candidate.style == "bold" and L.JOINT.search(s.candidate.label)
             and all(L.label_key(part) in keys for part in JOINED.split(s.candidate.label) if part.strip())}
    return keys | joint


JOINED = re.compile(r"\s*(?:,\s*)?(?:&|\band\b)\s*|\s*,\s*")  # between the names of a joint label

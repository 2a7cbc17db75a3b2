"""Cue lines of a talk script: label-shaped lines that are stage directions, not voices (rule "cue-lines").

A speaker's script of a talk marks what the audience sees between the paragraphs it speaks ("IMAGE: KITT in
Knight Rider", "SLIDE: Wake Word summary", "DEMO: Mimic recording studio", "WEBSITE: https://..."): a capitalised
word and a colon, as a speaker's label is written, and it recurs.  What follows shows the difference: a cue is a
short line standing alone as a block, naming a picture or a page (no sentence), and the text after it is the
talk's unlabelled prose, which carries nearly all the document's words, in paragraphs of their own (not a
hard-wrapped record, whose every line is as short as a cue).  A speaker's label opens words spoken,
and the next turn opens with a label again.
"""

from __future__ import annotations

import regex as re

from .label_seen import Evidence, Seen

CUE_MIN_LINES = 3  # cue lines recur through a talk (a slide cue for every slide, a picture now and then); one or
# two short label lines before prose are an interview's opening exchange as often as cues
CUE_MAX_WORDS = 12  # a cue names a picture, a slide title or a web address; a longer rest is a sentence spoken
CUE_FOLLOWED_SHARE = 0.6  # at least this share of a cue's lines is followed by unlabelled prose (the talk goes
# on); a speaker's short answers are followed by the next label
CUE_TEXT_SHARE = 0.2  # the cues' own words are at most this share of the document's words: the talk is the prose
CUE_WRAP_CHARS = 100  # a line longer than the column typewritten, court-reporter and e-mail text wraps at (60-80)
CUE_LONG_LINE_SHARE = 0.15  # at least this share of the written lines run past it: a script's paragraphs are lines
# of their own; a hard-wrapped (often double-spaced) record sets every line apart as short as a cue ("MS. COOK:
# AnnMarie Cook, president & CEO of" / "Lifespan of Greater Rochester."), and its labels are speakers'
WORD = re.compile(r"[^\W\d_]{2,}")  # a cue names a picture, a slide or a page in words
SENTENCE_END = re.compile(r"[.!?…。！？:;,]['\"”’)]*$")  # a cue names a thing; a spoken line ends a sentence


def _alone(ev: Evidence, index: int) -> bool:
    """Whether line ``index`` is a block of its own (blank or nothing before and after it)."""
    lines = ev.lines
    return (index == 0 or not lines[index - 1].strip()) and (index + 1 >= len(lines) or not lines[index + 1].strip())


def _cue_line(ev: Evidence, s: Seen) -> bool:
    """A line in a cue's layout: a short rest naming a thing, alone as a block."""
    rest = s.candidate.rest.strip()  # (a name of a thing: words, not a time code, "NVK: 00:01:10" being a label's)
    return (WORD.search(rest) is not None and len(rest.split()) <= CUE_MAX_WORDS and not SENTENCE_END.search(rest)
            and s.candidate.label.isupper() and _alone(ev, s.index))


def _followed_by_prose(ev: Evidence, s: Seen, labelled: set[int]) -> bool:
    """Whether the next written line after the cue is unlabelled text."""
    index = next((i for i in range(s.index + 1, len(ev.lines)) if ev.lines[i].strip()), None)
    return index is not None and index not in labelled


def cue_keys(ev: Evidence, accepted: set[str]) -> set[str]:
    """Keys of the document's cue lines (see the module's note): the capitalised colon candidates whose every line
    is in a cue's layout, where such lines recur (``CUE_MIN_LINES``, a key among them used twice or more), are
    mostly followed by unlabelled prose and carry few of the document's words; a cue used once beside them
    ("DEMO: Mimic recording studio" among "SLIDE:" cues) is one of them."""
    by_key: dict[str, list[Seen]] = {}
    for s in ev.every:
        if s.candidate.style == "colon":
            by_key.setdefault(s.key, []).append(s)
    laid_out = {key for key, seen in by_key.items() if all(_cue_line(ev, s) for s in seen)}
    cue_lines = [s for key in laid_out for s in by_key[key]]
    if len(cue_lines) < CUE_MIN_LINES or not any(len(by_key[key]) >= 2 for key in laid_out):
        return set()
    written = [line for line in ev.lines if line.strip()]
    if sum(len(line) > CUE_WRAP_CHARS for line in written) < CUE_LONG_LINE_SHARE * len(written):
        return set()
    labelled = {s.index for s in ev.every if s.key in accepted or s.key in laid_out}
    followed = sum(_followed_by_prose(ev, s, labelled) for s in cue_lines)
    words = sum(len(line.split()) for line in ev.lines)
    cued = sum(len(s.candidate.rest.split()) + 1 for s in cue_lines)
    if followed < CUE_FOLLOWED_SHARE * len(cue_lines) or cued > CUE_TEXT_SHARE * words:
        return set()
    return laid_out

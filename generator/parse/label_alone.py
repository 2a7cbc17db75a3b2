"""Names alone on their line, the speech below them (part of label acceptance, ``label_seen.evidence``).

Two layouts write a turn's head as a name on a line of its own: a name in emphasis above the speaker's paragraphs
(``*Adam*`` / paragraphs / ``*Alethe Denis*``: hand-edited meeting notes and interviews in Markdown), and the terms
of a Markdown definition list (``Ruth`` / ``:    Ich wusste nicht ...``: Pandoc transcripts).  The same shapes are
a manual's parameter names (``*Host*`` above its description) and a glossary's terms, so a document's candidates of
these styles are kept only where it plainly writes its dialogue so: several names, each used again and again, taking
turns, never written in lower case in the text (a name keeps its capital; "host", "port" are words), and the speech
under them is most of the document's words.

In: the document's lines and its candidates (``Seen``).  Out: the candidates without those of the styles above the
document does not use as its dialogue's pattern.
"""

from __future__ import annotations

import regex as re
from collections import Counter

from .label_seen import Seen
from .rules import takes_turns

ALONE_STYLES = frozenset({"emph", "term"})
# At least this many distinct names must recur in the layout (each on two lines or more): a conversation has two
# voices at least; one recurring name is a section label ("*Note*").
ALONE_MIN_NAMES = 2
# ... the name changes between at least this share of consecutive name lines (speakers take turns; a manual repeats
# its "*Host*" / "*Port*" pairs in a fixed order, which alternates too, hence the tests below) ...
ALONE_ALTERNATION_SHARE = 0.5
# ... and the text under the name lines (down to the next name line or Markdown heading) holds at least this share of
# the document's words: the dialogue is the document, where a manual's labelled snippets are a small part of it.
ALONE_SPEECH_SHARE = 0.5
HEADING = re.compile(r"^\s*#{1,6}\s")


def keep_pattern(found: list[Seen], lines: list[str]) -> list[Seen]:
    """``found`` without the candidates of ``ALONE_STYLES`` unless the document uses them as its dialogue's
    pattern (see the module)."""
    alone = [s for s in found if s.candidate.style in ALONE_STYLES]
    if not alone:
        return found
    if _pattern(alone, lines):
        return found
    return [s for s in found if s.candidate.style not in ALONE_STYLES]


def _pattern(alone: list[Seen], lines: list[str]) -> bool:
    uses = Counter(s.key for s in alone)
    recurring = [s.candidate.label for s in alone if uses[s.key] >= 2]
    names = {label for label in recurring if not _written_lower(label, lines)}
    if len({n.casefold() for n in names}) < ALONE_MIN_NAMES:
        return False
    keys = [s.key for s in alone]
    if not takes_turns(keys, ALONE_ALTERNATION_SHARE):
        return False
    return _speech_words(alone, lines) >= ALONE_SPEECH_SHARE * sum(len(line.split()) for line in lines)


def _written_lower(label: str, lines: list[str]) -> bool:
    """Whether the text writes the label's first word in lower case ("host", "port"): a word, not a name."""
    word = label.split()[0].casefold()
    if word == label.split()[0]:
        return True
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    return any(word in line and pattern.search(line) for line in lines)


def _speech_words(alone: list[Seen], lines: list[str]) -> int:
    """Words of the lines under the name lines, down to the next name line or Markdown heading."""
    starts = {s.index for s in alone}
    words, inside = 0, False
    for index, line in enumerate(lines):
        if index in starts:
            inside = True
            continue
        if HEADING.match(line):
            inside = False
        elif inside:
            words += len(line.split())
    return words + sum(len(s.candidate.label.split()) for s in alone)


def alone_names(ev, accepted: set[str]) -> set[str]:
    """Every name of the document's names-alone pattern (rule "alone-names"): ``keep_pattern`` kept the candidates
    of these styles only where the document writes its dialogue so, and a speaker named once in full ("*Alethe
    Denis*", then "*Alethe*") is one of its voices."""
    return {s.key for s in ev.found if s.candidate.style in ALONE_STYLES}

"""Where a label written once may be a speaker's: the shape it shares with the document's recurring labels, and a
place where a turn can start.

The single-use rules of ``label_evidence`` (shared shape, article offices, honorifics, capitals) accept a label
used once only where the document's own evidence vouches for it: the label has the shape of labels the document
uses again and again (``_shape_shared``; a single capitalised word only in a cast named so, ``_cast_name``), it
carries no digit (``_single_use_ok``), and it stands where a turn can start (``_turn_can_start``).
"""

from __future__ import annotations

import regex as re

from . import labels as L
from .label_seen import Evidence, Seen

# A label written once is accepted when its shape is the shape of at least this many distinct labels the document
# uses again and again ("Ivan Petrov:" among "Vladimir Putin:" lines; "陳志全議員：" among "主席：" lines), where a
# turn can start (see ``_turn_can_start``); a single capitalised word is not enough (``SHAPE_MIN_WORDS``).
SHAPE_MIN_LABELS = 1
# A title-case label written once must have at least this many words to pass on its shape: a single capitalised
# word before a colon is as often a word of the text ("Remember:", "Example:") as a surname.
SHAPE_MIN_WORDS = 2
# A name of several words written once shares the shape of recurring names this many words longer or shorter: a
# middle initial, a title or a second surname adds a word ("Mr. Leon E. Benoit", "The Hon. John Manley"), and a
# single-use voice need not match the length of the document's two hosts' names.  (Single words keep to their
# exact shape: "Remember:" among "Host:" lines is a word of the text.)
NAME_WORDS_SLACK = 1
# A single capitalised word written once passes on its shape where at least this many distinct recurring labels are
# single capitalised words in that shape: a cast named by first name (a script, a chat, a sitcom transcript); one or
# two such labels ("Host:", "Guest:") are too few to tell a name from a word of the text ("Remember:").
CAST_MIN_NAMES = 3

def _single_use_ok(s: Seen) -> bool:
    """A single-use candidate may pass on its shape only without digits (a numbered heading, "Part 2", reads
    like "Dawn 1"): a call sign proves itself by recurring."""
    return not any(ch.isdigit() for ch in s.candidate.label) or L.is_automatic(s.candidate.label)


# A line that ends a sentence (Latin and CJK punctuation): the line after it may start a turn.
SENTENCE_END = re.compile(r"[.!?…\"”’')\]。！？」』）]\s*$")
# A line broken off by a dash ends the speech above too: records mark an interrupted speaker so ("Their attitudes
# could have-", "to spend more- " above "Mr. Bill Casey:" in Canadian Hansard; "and then —" in press transcripts).
# (A dash after a letter or after a space; a hard-wrapped word split at its hyphen continues in lower case on the
# next line, which no label opens.)
INTERRUPTED = re.compile(r"(?:(?<=[^\W\d_])|\s)[-–—]+\s*$")
# A heading or a separator ends what stands above it too: a Markdown heading, a line in capitals with no lower-case
# letter ("GOVERNMENT RESPONSE TO PETITIONS", "SCRUTINY OF REGULATIONS" above a Hansard member's first and only
# label), "* * *".
HEADING_LINE = re.compile(r"^\s*(?:#{1,6}\s.*|[^\Wa-z\d_]?(?=[^a-z]*[A-Z]{2})[^a-z]{3,}|[*\-_=~ ]{3,})\s*$")


def _turn_can_start(ev: Evidence, s: Seen) -> bool:
    """A single-use label stands where a turn can start: first, after a blank line (``lines`` may hold the blank
    lines between blocks), after a label line or after a sentence's end; in hard-wrapped text a line that opens
    "...其中一項內容：" or "...the following:" continues the sentence above it."""
    if s.index == 0:
        return True
    above = ev.lines[s.index - 1]
    return (not above.strip() or s.index - 1 in ev.bare or bool(SENTENCE_END.search(above))
            or bool(INTERRUPTED.search(above)) or bool(HEADING_LINE.match(above)))


def _shape_shared(shapes: dict[tuple, set[str]], s: Seen) -> bool:
    """``s`` has the shape of ``SHAPE_MIN_LABELS`` recurring labels: the very shape, or a name of several words
    one word longer or shorter than theirs ("Sunny D Commercial:" among "Jerod Santo:", "The Hon. John Manley:"
    among "Mr. Bill Casey:"), with or without a question number before it ("Question No. 62- Mr. Leon E.
    Benoit:" among "Mr. Leon E. Benoit:"): people's names differ in length, a label's markup, case and layout do not."""
    if len(shapes.get(s.shape, ())) >= SHAPE_MIN_LABELS:
        return True
    if s.shape[3] < SHAPE_MIN_WORDS:  # (a single word keeps to its exact shape: see ``_cast_name``)
        return False
    near = set()
    for shape, keys in shapes.items():
        if shape[:3] == s.shape[:3] and shape[4:7] == s.shape[4:7] and shape[3] >= SHAPE_MIN_WORDS \
                and abs(shape[3] - s.shape[3]) <= NAME_WORDS_SLACK:
            near |= keys
    return len(near) >= SHAPE_MIN_LABELS


def _cast_name(ev: Evidence, s: Seen, shapes: dict[tuple, set[str]]) -> bool:
    """A single capitalised word used once is a label where the document names its speakers so: at least
    ``CAST_MIN_NAMES`` distinct recurring labels of that very shape (a script or a chat labels its cast by first
    name: "Phoebe:", "Frank:", "Joey:" ... and "Jasmine:" once; held-out hb01, fangj/friends), and the word is never
    written in lower case in the text (a name keeps its capital; "Remember:", "Example:", "Note:" are words the text
    also writes as "remember", "example", "note")."""
    if len(shapes.get(s.shape, ())) < CAST_MIN_NAMES:
        return False
    word = s.candidate.label.strip(".")
    lower = re.compile(rf"(?<![\w-]){re.escape(word.casefold())}(?![\w-])")
    return word[:1].isupper() and not any(lower.search(line) for line in ev.lines)

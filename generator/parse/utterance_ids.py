"""Utterance ids before each line's text (structure, before labels).

Speech corpora written out as text put an id and a tab before every utterance (the reader
writes the tab as spaces): ParlaMint's ``.txt`` files
("ParlaMint-EE_2015-01-12_U12<TAB>Austatud Riigikogu! ..."), and corpora built the same way (one id a line,
``corpus_date_uN``).  The id names the utterance in the corpus's metadata; it is not speech, and not a speaker.
``unidentified`` takes such ids off where the document's own lines show the pattern: most filled lines open with an
id (a token with letters and digits, no spaces or colons) and a tab, the ids share one prefix before their last
number, and each id stands once (a diarisation label, "SPEAKER_00<TAB>", recurs: it is a speaker, not an id).
"""

from __future__ import annotations

import regex as re
from collections import Counter

from ..model import Removal

# an id, then a tab (the reader writes a tab as four spaces) or a wider gap than a word's space
UTTERANCE_ID = re.compile(r"^(?P<id>(?=[\w.-]*[^\W\d_])(?=[\w.-]*\d)[\w.-]+)(?:\t|[ ]{2,})(?=\S)")
LAST_NUMBER = re.compile(r"\d+$")
ID_MIN_LINES = 3  # utterances: one or two tabbed lines are a table's row or a pasted cell, not a corpus's ids
ID_SHARE = 0.8  # filled lines that open with an id: a corpus file carries one on every utterance (a title or a
# note line above them is allowed)
UNIQUE_SHARE = 0.9  # ids that stand once: an id names one utterance; a recurring token is a speaker's label
REASON = "utterance ids of a speech corpus before each line: the corpus's references, not speech"


def unidentified(lines: list[str], first_line: int = 1) -> tuple[list[str], list[Removal]]:
    """``lines`` without their utterance ids, and one removal for them all (``lines`` itself, when the document
    has no such ids)."""
    filled = [line for line in lines if line.strip()]
    ids = [m.group("id") for line in filled if (m := UTTERANCE_ID.match(line))]
    if len(ids) < ID_MIN_LINES or len(ids) < ID_SHARE * len(filled) or len(set(ids)) < UNIQUE_SHARE * len(ids):
        return lines, []
    prefixes = Counter(LAST_NUMBER.sub("", i) for i in ids)
    prefix, shared = prefixes.most_common(1)[0]
    if not prefix or shared < ID_SHARE * len(ids) or not LAST_NUMBER.search(ids[0]):
        return lines, []
    at = next(i for i, line in enumerate(lines) if UTTERANCE_ID.match(line))
    out = [line[m.end():] if (m := UTTERANCE_ID.match(line)) and m.group("id").startswith(prefix) else line
           for line in lines]
    return out, [Removal(first_line + at, f"{shared} utterance ids ({ids[0]} to {ids[-1]})", REASON)]

"""What kind of text an unlabelled document is (part of stage 3, header): several voices, a record of speech
(rule "transcribed"), notes of a discussion (rule "discussion-notes"), or a dialogue whose labels were not read.

``monologue.speaker`` asks these before it names one speaker: a document that says several people speak gets no
single speaker from weak evidence, a record of speech is said words even where nothing names the speaker, and
a dialogue whose labels were not accepted is no monologue.
"""

from __future__ import annotations

import regex as re
from collections import Counter

from . import labels
from ..model import Block, CleanDoc
from ..read import turn_tables
from .monologue_names import _plain
from .monologue_vocab import BYLINE_BLOCKS, OPENING_CHARS, SAMPLE_CHARS, vocabulary, word_count

RECURRING_LABEL = 3  # a label-shaped name this often is a speaker's label, so the text is a dialogue
# A name in capitals before a colon, or before a full stop and a dash that a space follows ("MR. SPEAKER.- Order";
# "U.S.-made" is a compound word, not a label)
CAPITALS_LABEL = re.compile(r"\b([A-Z][A-Z.'’ -]{1,40}[A-Z])\s*(?::|\.-(?=\s|$))")
LABEL_LINE_NOISE = re.compile(rf"[*_#\[\]()<>]|\b{labels.TIMESTAMP}\b")  # markup and time codes around a name
LABEL_LINE_WORDS = 4  # a name on a line of its own: a few words
SUBTITLE_FORMATS = ("WebVTT subtitles", "SubRip subtitles", "SubViewer subtitles")  # captions carry words, not voices
LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")  # "- point", "* point", "1. point"
# Notes of a discussion write it a point a line: at least this share of the text's lines are list items (an
# article or a speech runs in paragraphs; the developer meetings written up as notes run 76-100 %) ...
NOTES_LIST_SHARE = 0.5
# ... and tell no one's words: at most this many reported-speech verbs ("said", "told") per word (a news report
# on a debate runs at 0.1-6 per 100 words; meeting notes at 0-0.3, their "said" being a participant's).
NOTES_REPORTED_MAX = 0.005


def several_voices(doc: CleanDoc, texts: list[str], opening: str) -> str | None:
    """Why the document is not one person speaking, or None: subtitles without voices, front matter naming
    two or more speakers, or a title, description or opening that calls it a podcast, interview, hearing ..."""
    if doc.source.format in SUBTITLE_FORMATS:
        return f"{doc.source.format} without voices"
    front = dict(doc.source.front_matter)
    for key in vocabulary().keys + vocabulary().voices:
        value = front.get(key)
        if isinstance(value, list) and len(value) >= 2:
            return f"front matter '{key}' names {len(value)} people"
    for text in texts:
        if found := vocabulary().multi.search(_what_it_says(text or "")):
            return f"it is called a {found.group(0).lower()}"
    if found := vocabulary().opening.search(opening or ""):
        return f"its opening says '{found.group(0)}'"
    return None


def _what_it_says(text: str) -> str:
    """The part of a title or description that says what the recording is: a description's opening paragraph
    ("A conversation with NAME about ..."); its chapters, takeaways, quoted sound bites and generated summary
    further on ("the kind of interview style", "The conversation discusses ...") describe the content."""
    return text.strip().split("\n\n", 1)[0][:OPENING_CHARS]


def _reports_no_one(text: str) -> bool:
    """Whether ``text`` quotes no one's words (``NOTES_REPORTED_MAX``): a formal statement at a press conference
    ("I am here today to report ...") says "I" too rarely to count as spoken by ``FIRST_PERSON_MIN``, where a
    report about the event tells what was said."""
    sample = text[:SAMPLE_CHARS]
    return len(vocabulary().reported.findall(sample)) <= NOTES_REPORTED_MAX * max(1, word_count(sample))


def transcribed(doc: CleanDoc, texts: list[str]) -> str | None:
    """Why the document is a record of what was said, not an article about it, or None (rule "transcribed"): a table of
    speech, a model's video description (``media_description``), a transcriber in the front matter (``transcript_by``)
    or a title or description calling it a transcript (an article names its writer: ``author``, a byline)."""
    if doc.source.format in turn_tables.FORMATS.values() or doc.described:
        return "a model's description of a video holds its words" if doc.described else \
            f"it is a {doc.source.format} of transcribed speech"
    front = dict(doc.source.front_matter)
    for key in vocabulary().transcribed_keys:
        if front.get(key):
            return f"front matter '{key}' names its transcriber"
    for text in texts:
        if found := vocabulary().transcribed.search(text):
            return f"it is called a {found.group(0).lower()}"
    return None


def discussion_notes(doc: CleanDoc, texts: list[str], body: list[Block], lines: list[str]) -> str | None:
    """Why the document is notes of a discussion (rule "discussion-notes"), or None: its text is a point a line
    (``NOTES_LIST_SHARE``), no writer is named (an ``author`` key, a byline), its title calls it no written piece
    ("Fact Sheet: ...", "Press Release") and it reports no one's words (``NOTES_REPORTED_MAX``).  What was said at
    a meeting, written down in the third person: 'Unknown speaker', where a fact sheet or an article stays
    narration."""
    front = dict(doc.source.front_matter)
    if any(front.get(key) for key in vocabulary().authors) or any(vocabulary().written.search(t) for t in texts):
        return None
    if any(vocabulary().byline.match(_plain(t.strip())) for t in (lines + [b.text for b in body])[:BYLINE_BLOCKS]):
        return None
    text_lines = [line for b in body for line in b.text.split("\n") if line.strip() and not line.startswith("#")]
    items = sum(1 for line in text_lines if LIST_ITEM.match(line))
    if not text_lines or items < NOTES_LIST_SHARE * len(text_lines):
        return None
    words = sum(len(line.split()) for line in text_lines)
    if len(vocabulary().reported.findall("\n".join(text_lines))) > NOTES_REPORTED_MAX * words:
        return None
    return f"its text is notes, {items} of its {len(text_lines)} lines list items, with no writer named"


def _unread_labels(body: list[Block], removed: list[str], cues: frozenset[str] = frozenset()) -> bool:
    """Whether the text shows speaker labels that were not accepted (a dialogue, not a monologue): a label
    candidate or a short line opening blocks again and again ("**Emma**  0:00"), a name in capitals before a
    colon or ".-" repeated anywhere (a page whose lines were not split), or a label in the hearing shape that
    ends with a full stop ("Mr. REID. Mr. President, ...") at the start of a block.  A talk script's cue lines
    (``cues``: "SLIDE: ...") are notes, no labels."""
    counts: Counter[str] = Counter()
    for text in removed:  # label lines the cleaner took for a running header count too
        short = _short_line(text.split("\n", 1)[0])
        if 0 < len(short.split()) <= LABEL_LINE_WORDS:
            counts[short] += 1
    for block in body:
        first = block.text.split("\n", 1)[0]
        found = labels.candidate(first)
        if found and found.key in cues:
            continue
        if found and found.style == "period":
            return True
        short = _short_line(first)
        if found or 0 < len(short.split()) <= LABEL_LINE_WORDS:
            counts[found.key if found else short] += 1
        counts.update(m.group(1) for m in CAPITALS_LABEL.finditer(block.text))
    repeated = [n for n in counts.values() if n >= 2]
    return any(n >= RECURRING_LABEL for n in repeated) or len(repeated) >= 2  # or two names that alternate


def _short_line(line: str) -> str:
    """A line without its markup and time codes, folded; empty when no letter is left (a cue timing
    "0:00:01.040,0:00:04.670" of a caption file read as text names no one, however often it recurs)."""
    short = LABEL_LINE_NOISE.sub(" ", line).strip().casefold()
    return short if any(c.isalpha() for c in short) else ""

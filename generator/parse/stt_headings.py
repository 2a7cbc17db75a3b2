"""Speakers in the timed headings of speech-to-text exports (part of structure, before labels).

Meeting and podcast transcription tools that write Markdown (Whisper + pyannote scripts, Otter-, Notta- and
tl;dv-style exports) put each speaker's turn under a heading that names the voice and times it:
``### 🔵 Speaker 1 &nbsp;•&nbsp; `00:01 – 57:59` ``, ``## SPEAKER_01 [00:12:05]``, ``### Anna · 03:14``.  A colour
mark or emoji may open the heading, HTML entities, bullets and code spans separate the time from the name.

The same shape is a video's chapter heading (``## Introduction 00:00 – 02:30``), so the document's evidence decides:
every name of its timed headings is a numbered voice of a transcription tool (``Speaker 1``, ``SPEAKER_00``:
``labels.is_automatic``, a speaker from its first use, so a one-voice export's single heading counts) or heads two
turns or more (a chapter is named once).

In: the document's text.  Out: the text, line for line, with each such heading written as a label line
(``Speaker 1:``), and the labels so written.
"""

from __future__ import annotations

import html
import regex as re
from collections import Counter

from . import labels
from .label_rules import TIMESTAMP

HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?P<text>\S.*)$")  # (closing hashes are read off in ``speaker``)
HEADING_MAX_CHARS = 200  # a speaker, a mark and a time range; a longer heading is a title or a sentence
# the heading once entities are read and code spans and emphasis marks dropped: a mark, the name, separators, the
# time or time range ("🔵 Speaker 1 • 00:01 – 57:59", "SPEAKER_01 [00:12:05]", "Anna · 03:14")
TIMED = re.compile(
    rf"^[^\w\s]{{0,4}}\s*(?P<name>[^\W_][\w'’.\-]*(?:[ ][\w'’.\-]+){{0,5}}?)\s*[•·|,:\-–—]*\s*"
    rf"[\[(]?(?P<time>{TIMESTAMP})(?:\s*[-–—]\s*{TIMESTAMP})?[\])]?$")
MARKUP = re.compile(r"`+|\*+|(?<!\w)_+|_+(?!\w)")  # code spans, emphasis; not the "_" of "SPEAKER_01"
SPACES = re.compile(r"[\s\u00a0\u202f]+")
MIN_TURNS = 2  # a name that heads this many timed headings takes turns; a chapter is named once


def speaker(heading: str) -> str | None:
    """The voice a timed heading names ("🔵 Speaker 1 &nbsp;•&nbsp; `00:01 – 57:59`" -> "Speaker 1"), or None."""
    if len(heading) > HEADING_MAX_CHARS:
        return None
    text = SPACES.sub(" ", MARKUP.sub("", html.unescape(heading.rstrip(" \t#")))).strip()
    found = TIMED.match(text)
    return found.group("name").strip() if found else None


def rewrite(text: str) -> tuple[str, frozenset[str]]:
    """``text`` with the timed speaker headings of a transcription tool's export written as label lines (see the
    module), and the labels written so; ``text`` and no labels when its timed headings are not turns."""
    if "#" not in text:
        return text, frozenset()
    lines = text.split("\n")
    named = {i: name for i, line in enumerate(lines) if (m := HEADING.match(line)) and (name := speaker(m.group("text")))}
    if not named:
        return text, frozenset()
    uses = Counter(labels.label_key(name) for name in named.values())
    if not all(labels.is_automatic(name) or uses[labels.label_key(name)] >= MIN_TURNS for name in named.values()):
        return text, frozenset()
    return ("\n".join(f"{named[i]}:" if i in named else line for i, line in enumerate(lines)),
            frozenset(named.values()))

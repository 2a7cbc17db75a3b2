"""Subtitles whose cues have lost their times, read as text (part of stage 1, read; used by ``formats``).

A subtitle file whose timing lines were blanked or stripped (exports from "SRT to text" tools, cleaned caption
files: "1" / "  " / "hi it's Nick ..." / "" / "2" / ...) holds no cue the subtitle reader can time, so every block
would be left out as text outside the cues and the document would be empty.  When no block of the file is timed,
its blocks are the transcript: the cue numbers alone on their lines are listed as removed, the cues' words are
joined into paragraphs of about ``PARAGRAPH_WORDS`` words (no pause tells where one ends), each ended at a cue.
"""

from __future__ import annotations

import regex as re

from ..model import Removal

CUE_NUMBER = re.compile(r"^\d{1,6}$")
CUE_NUMBER_REASON = "cue number of a subtitle file whose cues have no times (the file is read as text)"
FORMAT = "subtitles without times"
# Without times there is no pause to start a paragraph at; about a minute of speech (150 words at the usual 120-160
# words a minute) makes a paragraph a reader can follow, ended at the cue that reaches it.
PARAGRAPH_WORDS = 150


def as_text(blocks: list[tuple[int, list[str]]]) -> tuple[str, list[Removal]]:
    """The text and the removed cue numbers of ``blocks`` ((first line, lines) of each untimed block)."""
    removed: list[Removal] = []
    paragraphs: list[list[str]] = [[]]
    words = 0
    for line, lines in blocks:
        for offset, text in enumerate(lines):
            if CUE_NUMBER.match(text):
                removed.append(Removal(line + offset, text, CUE_NUMBER_REASON))
                continue
            paragraphs[-1].append(text)
            words += len(text.split())
        if words >= PARAGRAPH_WORDS:
            paragraphs.append([])
            words = 0
    text = "\n\n".join(" ".join(each) for each in paragraphs if each)
    return (text + "\n" if text else ""), removed

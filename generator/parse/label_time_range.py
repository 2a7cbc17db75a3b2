"""The time code read off a line before its label (``label_rules.LEADING_TIME``): a clock time, or a segment's range.

Speech-to-text scripts built on Whisper, WhisperX and pyannote print one segment a line, its start and end before
the speaker: in seconds in brackets ("[0.0, 3.26] - SPEAKER_02:  text", WillIsback/Report_Maker's meeting reports;
"(0.00s - 3.26s) Speaker 1: text"), or as subtitle clock times ("[00:00:01.000 --> 00:00:03.000] SPEAKER_01:
text").  The whole range is the line's time code, read off with the brackets and a dash after them, so that the
label after it is read by the label shapes as on any other line.  A number of seconds alone is no time code ("1.5
million people:"): seconds only as a range, inside brackets.
"""

from __future__ import annotations

import regex as re

# A start or end in seconds: digits with a decimal part or the unit ("3.26", "3.26s", "3s"), as the scripts print
# them; whole numbers alone are years or counts ("(2019-2020) Season 1: ...").
SECONDS = r"\d{1,6}(?:[.,]\d{1,3}s?|s)"
# Between start and end: a comma, a hyphen or dash, or the subtitle arrow.
RANGE_SEPARATOR = r"[ \t]*(?:-->|[-–,])[ \t]*"


def leading_time(timestamp: str) -> re.Pattern:
    """The pattern of a leading time code, ``timestamp`` being a clock time's: a clock time (brackets optional, as
    before), perhaps the range's end after it, or a range in seconds inside brackets; a dash may follow a closing
    bracket.  The group ``time`` is the start alone (the stages read it as a number of seconds)."""
    after = rf"{RANGE_SEPARATOR}{SECONDS}[\])]"  # the range's end and the closing bracket
    start_seconds = rf"(?<=[\[(])\d{{1,6}}(?:[.,]\d{{1,3}}(?=s?{after})|(?=s{after}))"
    end = rf"(?:s?{RANGE_SEPARATOR}(?:{timestamp}|{SECONDS}(?=[\])])))?"
    return re.compile(rf"^[\[(]?(?P<time>{timestamp}|{start_seconds}){end}[\])]?(?:(?<=[\])])[ \t]+[-–—](?=[ \t]))?[ \t]+")

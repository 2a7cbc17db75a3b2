"""Speech-to-text and caption exports in Markdown and text (round 7b of issue 13, fourth held-out set: hh03, hh05,
hh06).

* A sound tag before the first words of captions (``[Music] What is ROOT?``) is no speech, unless sound tags open
  many cues (a music video's lyric captions).
* A quoted field list with full-width colons (``> **節目**：Kaloh's Podcast``) is the header's, not the first turn.
* The timed speaker headings of speech-to-text exports (``### 🔵 Speaker 1 &nbsp;•&nbsp; `00:01 – 57:59` ``) are
  labels when their names are numbered voices or recur (a talk's timed chapter headings are not).
Cases: ``tests/cases/stt8/NAME.(srt|vtt|sbv|txt|md)`` with ``NAME.yml`` (the format of ``tests/test_byline6.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case
from generator.model import SegmentKind
from generator.read import subtitles

CASES = Path(__file__).parent / "cases" / "stt8"
SUFFIXES = (".txt", ".md", ".srt", ".vtt", ".sbv")


def _cases() -> list[Path]:
    return case_inputs(CASES, SUFFIXES)


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_stt8_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech, text=_spoken)


def _spoken(turn) -> str:
    """A turn's words without its time codes ("**`00:38`** —" is the time of the paragraph, not its words)."""
    return " ".join(s.text for para in turn.paragraphs for s in para if s.kind is not SegmentKind.TIME)


def test_cases_are_documented_with_both_kinds():
    check_documented(_cases(), both_kinds=True)


@pytest.mark.parametrize("line, sound", [
    ("[Music] What is ROOT?", "[Music]"), ("[Applause] Thank you all", "[Applause]"),
    ("[Music]", None), ("[Es] Over the last two decades", None), ("[man] What?", None), ("plain words", None),
])
def test_opening_sound(line, sound):
    assert subtitles.Tags(frozenset()).opening_sound(line)[0] == sound


@pytest.mark.parametrize("heading, name", [
    ("🔵 Speaker 1 &nbsp;•&nbsp; `00:01 – 57:59`", "Speaker 1"), ("SPEAKER_01 [00:12:05]", "SPEAKER_01"),
    ("Anna · 03:14", "Anna"), ("Introduction (00:00:00 - 00:13:47)", "Introduction"),
    ("Speaker 1", None), ("What we learned in 2023", None),
])
def test_timed_heading_speaker(heading, name):
    from generator.parse import stt_headings
    assert stt_headings.speaker(heading) == name

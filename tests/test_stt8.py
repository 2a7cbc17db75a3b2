"""Speech-to-text and caption exports in Markdown and text (round 7b of issue 13, fourth held-out set: hh03, hh05,
hh06).

* A sound tag before the first words of captions (``[Music] What is ROOT?``) is no speech, unless sound tags open
  many cues (a music video's lyric captions).
Cases: ``tests/cases/stt8/NAME.(srt|vtt|sbv|txt|md)`` with ``NAME.yml`` (the format of ``tests/test_byline6.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, check_documented, converted_case
from generator.read import subtitles

CASES = Path(__file__).parent / "cases" / "stt8"
SUFFIXES = (".txt", ".md", ".srt", ".vtt", ".sbv")


def _cases() -> list[Path]:
    return case_inputs(CASES, SUFFIXES)


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_stt8_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_cases_are_documented_with_both_kinds():
    check_documented(_cases(), kinds=True)
    kinds = {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in _cases()}
    assert kinds == {"positive", "must-not-fire"}


@pytest.mark.parametrize("line, sound", [
    ("[Music] What is ROOT?", "[Music]"), ("[Applause] Thank you all", "[Applause]"),
    ("[Music]", None), ("[Es] Over the last two decades", None), ("[man] What?", None), ("plain words", None),
])
def test_opening_sound(line, sound):
    assert subtitles.Tags(frozenset()).opening_sound(line)[0] == sound

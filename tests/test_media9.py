"""Media transcripts of the sixth held-out set, half l (round 9 of issue 13): speakers in HTML elements of their
own, corpus speaker codes, cue lines of talk scripts, header blocks of speech-to-text exports.

Cases: ``tests/cases/media9/NAME.(html|md|txt|srt)`` with ``NAME.yml`` (the format of ``tests/test_markup7.py``:
``title`` is the transcript's title, ``not_title`` strings not in it, ``nowhere`` strings in neither the title nor any text, ``not_warns`` strings
in no diagnostic).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, check_documented, converted_case, segments_text, turn_text

CASES = Path(__file__).parent / "cases" / "media9"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".html", ".md", ".txt", ".srt"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_media_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    if "title" in expected:
        assert transcript.title == expected["title"]
    for words in expected.get("not_title", []):
        assert words not in transcript.title, transcript.title
    everything = " ".join([transcript.title, segments_text(transcript.introduction)]
                          + [turn_text(t) for t in transcript.turns])
    for words in expected.get("nowhere", []):
        assert words not in everything, words
    messages = " ".join(str(d) for d in transcript.diagnostics)
    for words in expected.get("not_warns", []):
        assert words not in messages, messages[:300]


def test_cases_documented_with_both_kinds():
    check_documented(_cases(), kinds=True)
    kinds = {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in _cases()}
    assert kinds == {"positive", "must-not-fire"}

"""Media transcripts of the sixth held-out set, half l (round 9 of issue 13, set l): speakers in HTML elements of their
own, corpus speaker codes, cue lines of talk scripts, repeated radio lines, header blocks of speech-to-text exports,
sermon heads, subtitles that name no voice.

Cases: ``tests/cases/media_l/NAME.(html|md|txt|srt)`` with ``NAME.yml`` (``check_case`` and
``check_title_and_text`` in ``conftest.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, check_documented, check_title_and_text, converted_case

CASES = Path(__file__).parent / "cases" / "media_l"


@pytest.mark.parametrize("path", case_inputs(CASES, (".html", ".md", ".txt", ".srt")), ids=lambda p: p.stem)
def test_media_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    check_title_and_text(expected, transcript)


def test_cases_documented_with_both_kinds():
    paths = case_inputs(CASES, (".html", ".md", ".txt", ".srt"))
    check_documented(paths, kinds=True)
    assert {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in paths} \
        == {"positive", "must-not-fire"}

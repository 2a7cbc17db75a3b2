"""An AI model's scene-by-scene description of a video (rule "model-description", ``media_description``; held-out
hp02 and its family in 7shi/gemini-youtube-test): the head, time ranges, picture fields and the model's closing are
narration, the words said are one unnamed voice's; a transcription's timed sections and labelled timed lines are
read as before.  Cases: ``tests/cases/described/NAME.md`` with ``NAME.yml`` (the format of ``tests/test_media9.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case

CASES = Path(__file__).parent / "cases" / "described"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".md",))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_described_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_cases_are_documented_with_both_kinds():
    check_documented(_cases(), both_kinds=True)

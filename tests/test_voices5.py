"""Round 5, voices: who speaks a monologue, names across subtitle cues, titles and dates.

Each case is a small real excerpt ``tests/cases/voices5/NAME.(txt|md|html|vtt)`` with an expectation ``NAME.yml``
beside it (the keys of ``conftest.check_case``, and ``title`` / ``not_title`` / ``date``); ``source`` names where
the excerpt comes from.  The whole pipeline runs on each file (``pipeline.convert_source``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, converted_case

CASES = Path(__file__).parent / "cases" / "voices5"
SUFFIXES = (".txt", ".md", ".html", ".vtt", ".srt")


def _cases() -> list[Path]:
    return case_inputs(CASES, SUFFIXES)


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_voices_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    if "title" in expected:
        assert transcript.title == expected["title"]
    for words in expected.get("not_title", []):
        assert words not in (transcript.title or ""), transcript.title
    if "date" in expected:
        assert transcript.date == expected["date"], transcript.date


def test_every_case_has_an_expectation_and_a_source():
    import yaml
    assert _cases()
    for path in _cases():
        expected = yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))
        assert expected.get("source"), f"{path.name}: name the real source of the excerpt"

"""Page furniture found by a held-out set of real transcripts (issue 13, round 5: furniture).

Cases are small transcripts ``tests/cases/furn4/NAME.txt`` (or ``.md``, ``.html``) with an expectation
``NAME.yml`` beside it, in the format of ``tests/test_structure.py`` (``removed``, ``not_removed``,
``not_in_speech``, ``kept_as_text``, ``speakers`` ...).  Each case says which family of documents it stands for and
which real sources show that family; every rule has positive and must-not-fire cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, converted_case

CASES = Path(__file__).parent / "cases" / "furn4"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_furn4_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation():
    assert _cases() and all(p.with_suffix(".yml").exists() for p in _cases())

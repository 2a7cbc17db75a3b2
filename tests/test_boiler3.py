"""Boilerplate and notes of the record inside turns (issue 13, round 3: points 3, 4d and 5).

Cases are small transcripts ``tests/cases/boiler3/NAME.txt`` (or ``.md``, ``.html``) with an expectation
``NAME.yml`` beside it, in the format of ``tests/test_structure.py`` (``removed``, ``not_removed``,
``not_in_speech``, ``kept_as_text`` ...).  The registry rules added for them have their positive and
must-not-fire cases in ``tests/cases/rules/`` (``tests/test_rule_cases.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, converted_case

CASES = Path(__file__).parent / "cases" / "boiler3"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_boiler3_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation():
    assert _cases() and all(p.with_suffix(".yml").exists() for p in _cases())

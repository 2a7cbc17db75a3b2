"""Interviews whose questions and answers are told apart by markup or a dash, not by a label (``parse/marked_qa``).

Each case is an excerpt of a real interview, FAQ, README or story ``tests/cases/markup_qa/NAME.md`` (or ``.html``)
with an expectation ``NAME.yml`` beside it, in the format of ``tests/cases/labels/`` (see
``tests/test_label_grammar.py``); each expectation names the ``family`` of real documents it stands for and the
source of the excerpt.  The whole pipeline runs on the file (``pipeline.convert_source``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case

CASES = Path(__file__).parent / "cases" / "markup_qa"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_markup_qa_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation_and_a_family():
    check_documented(_cases(), kinds=True)

"""Debate records in their XML schema's markup inside Markdown and HTML pages (``read/speech_markup.py``).

Akoma Ntoso's ``<speech by><from>``, TEI's ``<sp who><speaker>`` and ParlaMint's ``<note type="speaker">`` before
``<u who>``: each turn element's speaker is written as a label line.  Cases:
``tests/cases/debate_markup/NAME.(md|html)`` with ``NAME.yml`` (``check_case`` in ``conftest.py``, plus ``family``
and ``sources``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case
from generator.read import speech_markup

CASES = Path(__file__).parent / "cases" / "debate_markup"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.name)
def test_debate_markup_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    assert expected.get("sources"), "say which real sources show the family"
    check_case(expected, transcript, names, speech)


def test_cases_documented_with_both_kinds():
    check_documented(_cases(), both_kinds=True)


def test_linear_on_many_openings():
    import time
    start = time.perf_counter()
    for text in ("<speech by='#a'><from>" * 20000, "<note type='speaker'>" * 20000 + "<u who='#b'>" * 20000):
        speech_markup.rewrite(text)
    assert time.perf_counter() - start < 2  # (no label element closes: each opening read once)

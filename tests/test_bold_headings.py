"""Section titles set wholly in bold between the turns of a labelled dialogue (``parse/bold_headings.py``).
Cases: ``tests/cases/bold_headings/NAME.md`` with ``NAME.yml`` (``check_case`` in ``conftest.py``, plus ``family``
and ``sources``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case, turn_text
from generator.model import TurnType

CASES = Path(__file__).parent / "cases" / "bold_headings"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".md",))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.name)
def test_bold_heading_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    assert expected.get("sources"), "say which real sources show the family"
    check_case(expected, transcript, names, speech)


def test_cases_documented_with_both_kinds():
    check_documented(_cases(), both_kinds=True)


def test_bold_markdown_headings_keep_their_text():
    _, transcript, _, _ = converted_case(CASES / "md_headings_set_in_bold.md")
    headings = [turn_text(t) for t in transcript.turns if t.type is TurnType.HEADING]
    assert headings and not any(h.startswith("#") for h in headings), headings

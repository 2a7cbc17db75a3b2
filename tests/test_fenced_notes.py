"""Code fences between the turns of a labelled transcript (``fences.whole``, read by ``turns._cue``; held-out hp06):
a block that is one fence from its first line to its last is a note (a learner's dictionary entry, a listing shown
during a talk), not the previous speaker's words; backticks inside a spoken line stay in the turn.
Cases: ``tests/cases/fenced_notes/NAME.md`` with ``NAME.yml`` (the format of ``tests/test_media9.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case

CASES = Path(__file__).parent / "cases" / "fenced_notes"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".md",))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_fenced_notes_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_cases_are_documented_with_both_kinds():
    check_documented(_cases(), both_kinds=True)

"""A page whose one author introduces themselves by name in its opening ("こんにちは、ナオです。",
``monologue_names.author_introduced``) and a line alone naming the transcript below a preface ("📝 文字起こしを表示",
``layouts.split_preface``; held-out hb04).  Cases: ``tests/cases/author_intro/NAME.md`` with ``NAME.yml``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case

CASES = Path(__file__).parent / "cases" / "author_intro"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".md",))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_author_intro_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_cases_are_documented_with_both_kinds():
    check_documented(_cases(), both_kinds=True)

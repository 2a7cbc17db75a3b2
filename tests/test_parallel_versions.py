"""A paragraph's other version (a translation's original) in a ``<details>`` element after it
(``read/parallel_versions.py``): the same turn, its caption removed.  Cases:
``tests/cases/parallel_versions/NAME.md`` with ``NAME.yml`` (``check_case`` in ``conftest.py``, plus ``family`` and
``sources``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import yaml

from conftest import case_inputs, check_case, check_documented, check_shape_line, converted_case
from generator.read import parallel_versions

CASES = Path(__file__).parent / "cases" / "parallel_versions"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".md",))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.name)
def test_parallel_version_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    assert expected.get("sources"), "say which real sources show the family"
    check_case(expected, transcript, names, speech)


@pytest.mark.parametrize("case", yaml.safe_load((CASES / "name_dot_shapes.yml").read_text(encoding="utf-8")),
                         ids=lambda c: c["line"][:30])
def test_name_dot_label_shape(case: dict):
    check_shape_line(case)


def test_cases_documented_with_both_kinds():
    check_documented(_cases(), both_kinds=True)


def test_linear_on_many_openings():
    import time
    start = time.perf_counter()
    for text in ("a\n\n<details>\n" * 20000, "a\n\n<details>\n<summary>x</summary>\n" + "b\n" * 50000):
        parallel_versions.rewrite(text)
    assert time.perf_counter() - start < 2

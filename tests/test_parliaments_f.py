"""Official records of parliaments and councils surveyed family by family (``devcorpus/parliaments``): statements
opened by a circle and the speaker in Japanese assembly minutes (``parse/label_marker.py``), in text exports and a
minutes viewer's HTML page.

Cases: ``tests/cases/parliaments_f/NAME.(txt|html)`` with ``NAME.yml`` (``check_case`` in ``conftest.py``), and
single lines in ``shapes.yml`` (``check_shape_line``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, check_documented, check_shape_line, converted_case

CASES = Path(__file__).parent / "cases" / "parliaments_f"
SUFFIXES = (".txt", ".html")


@pytest.mark.parametrize("path", case_inputs(CASES, SUFFIXES), ids=lambda p: p.stem)
def test_parliament_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


@pytest.mark.parametrize("case", yaml.safe_load((CASES / "shapes.yml").read_text(encoding="utf-8")),
                         ids=lambda c: c["line"][:24])
def test_shape_line(case: dict):
    check_shape_line(case)


def test_cases_documented_with_both_kinds():
    check_documented(case_inputs(CASES, SUFFIXES), kinds=True, both_kinds=True)

"""Label shapes found by the second held-out set (round 5, group hd/hc), tested on cases kept as data.

Each case is a small excerpt of a real transcript or page ``tests/cases/shapes6/NAME.md`` (or ``.txt``, ``.html``)
with an expectation ``NAME.yml`` beside it, in the format of ``tests/cases/labels/`` (see
``tests/test_label_grammar.py``); each expectation names the ``family`` of real documents it stands for and the
source of the excerpt.  The whole pipeline runs on the file (``pipeline.convert_source``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, check_documented, check_shape_line, converted_case

CASES = Path(__file__).parent / "cases" / "shapes6"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_shapes6_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation_and_a_family():
    check_documented(_cases(), kinds=True)


SHAPE_LINES = yaml.safe_load((CASES / "shapes.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", SHAPE_LINES, ids=lambda c: c["line"][:40])
def test_shape_line(case: dict):
    """A real line read by ``labels.candidate``: the label, note and speech start of its shape rule."""
    check_shape_line(case)


@pytest.mark.parametrize("path", [p for p in _cases() if "accepted" in yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))],
                         ids=lambda p: p.stem)
def test_case_labels_accepted(path: Path):
    """The label evidence on the case's lines alone (``labels.accept_labels``): the keys listed as ``accepted``
    are the document's labels (the turn stage may find a speaker another way; the evidence must not lose it)."""
    from generator.parse import labels

    expected = yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))
    accepted = labels.accept_labels(path.read_text(encoding="utf-8").split("\n"))
    assert set(expected["accepted"]) <= accepted, sorted(accepted)

"""Label shapes and label evidence found by the held-out set (round 5), tested on cases kept as data.

Each case is a small transcript ``tests/cases/shapes4/NAME.txt`` (or ``.md``, ``.html``) with an expectation
``NAME.yml`` beside it, in the format of ``tests/cases/labels/`` (see ``tests/test_label_grammar.py``); each
expectation also names the ``family`` of real documents it stands for and where they come from.  The whole
pipeline runs on the file (``pipeline.convert_source``), so a case checks what the reader sees.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, check_documented, converted_case

CASES = Path(__file__).parent / "cases" / "shapes4"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_shapes4_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation_and_a_family():
    check_documented(_cases())


ACCEPT = CASES / "accept"


@pytest.mark.parametrize("path", sorted(ACCEPT.glob("*.yml")), ids=lambda p: p.stem)
def test_accepted_labels(path: Path):
    """Label evidence on a document's lines alone (``labels.accept_labels``): ``accepted`` keys must be accepted,
    ``rejected`` keys must not be."""
    from generator.parse import labels

    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert case.get("family")
    accepted = labels.accept_labels(case["lines"])
    assert set(case.get("accepted", [])) <= accepted, sorted(accepted)
    assert not set(case.get("rejected", [])) & accepted, sorted(accepted)

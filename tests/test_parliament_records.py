"""Parliamentary records pasted or converted into Markdown, HTML or text (round 7, held-out he02, he10, he11 and
records of the same families from other sources), tested on cases kept as data.

Each case is a small excerpt of a real record ``tests/cases/parliament/NAME.md`` (or ``.txt``, ``.html``) with an
expectation ``NAME.yml`` beside it, in the format of ``tests/cases/labels/`` (see ``tests/test_label_grammar.py``);
each expectation names the ``family`` of real documents it stands for and the source of the excerpt.  The whole
pipeline runs on the file (``pipeline.convert_source``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, check_documented, check_shape_line, converted_case

CASES = Path(__file__).parent / "cases" / "parliament"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_parliament_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation_and_a_family():
    check_documented(_cases(), kinds=True)


SHAPE_LINES = yaml.safe_load((CASES / "shapes.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", SHAPE_LINES, ids=lambda c: c["line"][:40])
def test_shape_line(case: dict):
    """A real line read by ``labels.candidate``: the label, note and speech start of its shape rule."""
    check_shape_line(case)

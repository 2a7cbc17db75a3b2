"""Government records and speech-to-text reports of the seventh held-out set's half m (round 8: hm01, hm02, hm04)
and documents of the same families from other sources, tested on cases kept as data.

Each case is a small excerpt of a real document ``tests/cases/gov10/NAME.md`` (or ``.txt``) with an expectation
``NAME.yml`` beside it (the keys of ``conftest.check_case``), naming the ``family`` of real documents it stands for
and the source of the excerpt; ``shapes.yml`` holds single real lines read by ``labels.candidate``.  The whole
pipeline runs on each file (``pipeline.convert_source``).  Families: labels alone before a spaced colon, in lower
case as tokenised parallel corpora write them (``label_spaced``) and the topic headings between their turns
(``record_topics``); the Spanish-language stenographic label closed by ".-" (``label_courtesy_dash``); speech-to-text
segments with a time range before the label (``label_time_range``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, check_documented, check_shape_line, converted_case
from generator.parse import labels

FOLDER = Path(__file__).parent / "cases" / "gov10"
DOCUMENTS = case_inputs(FOLDER, (".txt", ".md"))
LINES = yaml.safe_load((FOLDER / "shapes.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_a_document_of_the_family_converts_as_its_expectation_says(path: Path):
    check_case(*converted_case(path))


@pytest.mark.parametrize("case", LINES, ids=lambda c: c["line"][:40])
def test_a_real_line_reads_as_its_shape_and_time(case: dict):
    check_shape_line(case)
    assert "time" not in case or labels.candidate(case["line"]).time == case["time"]


def test_the_cases_name_their_family_and_hold_both_kinds():
    check_documented(DOCUMENTS, both_kinds=True)

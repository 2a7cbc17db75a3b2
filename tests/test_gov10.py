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

CASES = Path(__file__).parent / "cases" / "gov10"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_gov10_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation_and_a_family():
    check_documented(_cases(), both_kinds=True)


SHAPE_LINES = yaml.safe_load((CASES / "shapes.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", SHAPE_LINES, ids=lambda c: c["line"][:40])
def test_shape_line(case: dict):
    """A real line read by ``labels.candidate``: the label, note, speech start (and time) of its shape rule."""
    check_shape_line(case)
    if "time" in case:
        from generator.parse import labels

        assert labels.candidate(case["line"]).time == case["time"]

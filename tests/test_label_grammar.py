"""Label grammar decided by each document's own evidence, tested on cases kept as data.

Each case is a small transcript ``tests/cases/labels/NAME.txt`` (or ``.md``) with an expectation
``NAME.yml`` beside it::

    rule: what the case exercises (free text)
    kind: positive | must-not-fire
    speakers: [...]       # optional: the speaker name of every speech turn, in order
    not_speakers: [...]   # optional: names that must not be speakers of the document
    starts: [...]         # optional: how each speech turn's text begins, in order
    kept_as_text: [...]   # optional: strings that must stand inside the text (not read as labels)
    warns: [...]          # optional: strings that must appear in the document's diagnostics

The whole pipeline runs on the file (``pipeline.convert_source``), so a case checks what the reader sees.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, converted_case
from generator.parse import labels
from generator.parse.people import display_name

CASES = Path(__file__).parent / "cases" / "labels"


def _cases() -> list[Path]:
    return case_inputs(CASES)


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_label_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation():
    assert _cases() and all(p.with_suffix(".yml").exists() for p in _cases())


@pytest.mark.parametrize("line", ["Thank you. Bye now", "Mr. smith. He left", "OK. Sure", "MS. SMITH:—as I said"])
def test_not_a_full_stop_label(line):
    found = labels.candidate(line)
    assert found is None or found.style != "period"


@pytest.mark.parametrize("label,shown", [("Mr. SMITH", "Mr. Smith"), ("The CHAIRMAN", "The Chairman"),
                                         ("Senator KENNEDY", "Senator Kennedy"), ("CBS News", "CBS News"),
                                         ("Voice of America", "Voice of America")])
def test_hearing_names_shown_in_title_case(label, shown):
    assert display_name(label) == shown

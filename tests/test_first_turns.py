"""The first turns of a dialogue whose opening label the document writes once: a full office + name label
introducing a recurring short label, the opening label after a header of fields, a question asked on notice
(``generator/parse/first_turns.py``).

Each case is ``tests/cases/first-turns/NAME.txt`` (or ``.md``) with ``NAME.yml`` beside it, in the format of
``tests/test_turn_shapes.py`` (speakers, starts, not_speakers).  The whole pipeline runs on the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, converted_case
from generator.parse import first_turns
from generator.site import export

CASES = Path(__file__).parent / "cases" / "first-turns"


def _spoken(turn) -> str:
    return export._text(turn).replace("\n\n", " ")


@pytest.mark.parametrize("path", case_inputs(CASES), ids=lambda p: p.stem)
def test_first_turn_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech, text=_spoken)
    for text in expected.get("removed", []):
        assert text in [r.text for r in transcript.removed], text


def test_every_rule_has_both_kinds_of_case():
    kinds = {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in case_inputs(CASES)}
    assert kinds == {"positive", "must-not-fire"}


@pytest.mark.parametrize("label,note,short,expected", [
    ("President of Russia Vladimir Putin", None, "vladimir putin", True),
    ("Mr David Hanson", "Delyn, Lab", "mr hanson", True),
    ("Mr Philip Hollobone", "Kettering, Con", "mr hanson", False),
    ("Vladimir Putin", None, "vladimir putin", False),  # the short label itself
    ("The President Putin", None, "putin", False),  # one word ends too many phrases
])
def test_introduces(label, note, short, expected):
    assert first_turns._introduces(label, note, short) is expected


def test_asked_label_needs_the_labels_case():
    line = "HON. RATU N.T. LALABALAVU asked the Government, upon notice:"
    assert first_turns.asked_label(line, {"caps"}) == "HON. RATU N.T. LALABALAVU"
    assert first_turns.asked_label(line, {"title"}) is None
    assert first_turns.asked_label(line + "\nCan the Minister say", {"caps"}) is None

"""Speaker names from office labels and full-stop labels (issue 13, point 6, round 3), tested on cases kept as
data in ``tests/cases/names3/``.

``NAME.txt``/``NAME.md`` with ``NAME.yml`` beside it is one document (the format of ``test_names.py``:
``speakers`` in order, ``roles``, ``not_speakers``, ``kept_as_text``); ``label_parts.yml`` takes session-diary
and Congressional Record labels apart; ``full_forms.yml`` joins surnames to the full name a text writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import CASE_KINDS, case_inputs, check_case, converted_case
from generator.parse import label_rules
from generator.parse.label_parts import label_parts
from generator.parse.surnames import FullNames

CASES = Path(__file__).parent / "cases" / "names3"


@pytest.mark.parametrize("path", case_inputs(CASES), ids=lambda p: p.stem)
def test_names3_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    roles = {s.name: s.role for s in transcript.speakers}
    for name, role in expected.get("roles", {}).items():
        assert roles[name] == role, (name, roles[name], role)


def test_every_case_has_an_expectation():
    inputs = case_inputs(CASES)
    assert inputs and all(p.with_suffix(".yml").exists() for p in inputs)
    kinds = {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in inputs}
    assert kinds == CASE_KINDS  # positive and must-not-fire cases both


LABEL_PARTS = yaml.safe_load((CASES / "label_parts.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", LABEL_PARTS, ids=lambda c: f"{c['label']}|{c.get('note')}")
def test_label_parts(case: dict):
    assert case["kind"] in CASE_KINDS
    parts = label_parts(case["label"], case.get("note"))
    assert (parts.name, list(parts.notes), parts.holder) == (case["name"], case.get("notes", []), case.get("holder"))


FULL_FORMS = yaml.safe_load((CASES / "full_forms.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", FULL_FORMS, ids=lambda c: f"{c['surnames']}|{c['text'][:30]}")
def test_full_form(case: dict):
    assert case["kind"] in CASE_KINDS
    assert FullNames(case["text"]).full_form(case["surnames"]) == case["full"]


@pytest.mark.parametrize("line, label, note", [
    ("The PRESIDING OFFICER (Mr. Salazar.) The clerk will call the roll.", "The PRESIDING OFFICER", "Mr. Salazar."),
    ("The ACTING PRESIDENT pro tempore (Mr. Smith). Without objection.", "The ACTING PRESIDENT pro tempore", "Mr. Smith"),
    ("Ms. JONES of Ohio. I yield back.", "Ms. JONES of Ohio", None),
    ("The SPEAKER pro tempore. The gentleman is recognized.", "The SPEAKER pro tempore", None),
    ("The Presiding Officer (Mr. Salazar). The clerk will call the roll.", "The Presiding Officer", "Mr. Salazar"),
    ("MR. POTTER.1 Yes, sir.", "MR. POTTER", "1"),
    ("The USA (and Canada) said so.", None, None),
    ("Mr. Smith (of Ohio) said so.", None, None),
    ("Mr. Andrew Telegdi (Kitchener-Waterloo, Lib.) moved: That Bill C-24 be amended", None, None),
    ("Mr. Janko Peric (Cambridge, Lib.) moved for leave to introduce Bill C-316.", None, None),
])
def test_full_stop_shapes(line: str, label: str | None, note: str | None):
    """The full-stop shapes read the chair in brackets, a state and "pro tempore"; a bracket with no full stop
    in or after it is a sentence's."""
    found = None
    for rule in (label_rules.PERIOD_LABEL, label_rules.TITLE_PERIOD_LABEL):
        if match := rule.match(line):
            found = label_rules._not_abbreviation(match)
            break
    assert (found and found["label"], found and found["note"]) == (label, note)

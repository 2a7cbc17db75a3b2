"""Label families found failing on new real repositories (round 5), tested on cases kept as data.

Each case is a small transcript ``tests/cases/shapes5/NAME.txt`` (or ``.md``) with an expectation ``NAME.yml`` beside
it, in the format of ``tests/cases/labels/`` (see ``tests/test_label_grammar.py``); each expectation also names the
``family`` of real documents it stands for and where the excerpt comes from.  The whole pipeline runs on the file
(``pipeline.convert_source``), so a case checks what the reader sees.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case
from generator.parse import labels

CASES = Path(__file__).parent / "cases" / "shapes5"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_shapes5_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation_and_a_family():
    check_documented(_cases())


@pytest.mark.parametrize("line,label", [("[00:10] **qx()**: Happy New Year, Ergo.", "qx()"),
                                        ("[00:11] **2ndTLMining**: Okay, so here we are", "2ndTLMining"),
                                        ("[00:01] **qx():** text", "qx()")])
def test_markup_bounds_a_label(line, label):
    """Bold markup opens and closes the label: brackets and a leading digit stay in it (shape "marked")."""
    found = labels.candidate(line)
    assert found and found.label == label and found.style == "marked"


@pytest.mark.parametrize("line", ["qx()**: no opening markup", "[00:10] 2nd thing: x", "**1. Intro** text"])
def test_no_marked_label_without_markup(line):
    found = labels.candidate(line)
    assert found is None or found.style != "marked"


@pytest.mark.parametrize("line,label", [("0:00:13.7 **Adam Garrett-Harris** Hello and welcome", "Adam Garrett-Harris"),
                                        ("0:45:49.2 **Jen Luker & Safia Abdalla & Adam Garrett-Harris** (laughing)",
                                         "Jen Luker & Safia Abdalla & Adam Garrett-Harris"),
                                        ("00:00:15.1 **Speaker 0** Hello and welcome", "Speaker 0")])
def test_bold_name_shape(line, label):
    found = labels.candidate(line)
    assert found and found.label == label and found.style == "bold"


@pytest.mark.parametrize("line", ["**so** what", "Adam Garrett-Harris** Hello", "**Anna**: hi"])
def test_no_bold_name_shape(line):
    found = labels.candidate(line)
    assert found is None or found.style != "bold"


def test_marked_layout_keeps_a_field_written_once():
    """In a marked layout (rule marked-layout) every label is accepted whatever its case, but a field key written
    once without markup ("[02:21] Source: youtube", the ergo summaries' field) stays a field."""
    lines = (CASES / "marked_handles.txt").read_text(encoding="utf-8").split("\n")
    accepted = labels.accept_labels(lines[:6] + ["", "[02:21] Source: youtube", ""] + lines[6:])
    assert {"qx()", "kushti", "dan friedman"} <= accepted and "source" not in accepted, sorted(accepted)

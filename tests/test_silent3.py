"""Documents that came out with no speaker at all (issue 13, point 4b, round 3), tested on cases kept as data.

Each case is a small document ``tests/cases/silent3/NAME.(txt|md)`` with an expectation ``NAME.yml`` in the format
of ``tests/cases/labels/`` (see ``conftest.check_case``): a title "Remarks by NAME" however the remarks are
written; a record of speech (a transcriber in the front matter) as 'Unknown speaker', never narration; lower-case
handles that label a dialogue by themselves; a speech opened once by an honorific full-stop label; and the
must-not-fire cases beside each (an article, a changelog's prefixes, field words, a dateline).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import CASE_KINDS, case_inputs, check_case, converted_case
from generator.parse import label_evidence, labels, monologue

CASES = Path(__file__).parent / "cases" / "silent3"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_silent3_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation():
    assert _cases() and all(p.with_suffix(".yml").exists() for p in _cases())
    kinds = {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in _cases()}
    assert kinds == CASE_KINDS


def test_handle_dialogue_is_a_registered_evidence_rule():
    assert "handle-dialogue" in label_evidence.EVIDENCE


@pytest.mark.parametrize("lines,accepted", [
    (["stark: Hello there.", "", "adam3us: Hi.", "", "stark: Next question?", "", "adam3us: Sure."],
     {"stark", "adam3us"}),
    (["fix: a", "fix: b", "fix: c", "docs: d", "docs: e"], set()),  # runs, not a conversation
    (["stark: Hello there.", "", "stark: Again."], set()),  # one handle is no dialogue by itself
    (["alpha: Hello.", "beta: Hi.", "alpha: The alpha release is out.", "beta: Good."], set()),  # a word of the text
])
def test_handle_dialogue_needs_alternating_handles_that_are_no_words(lines, accepted):
    assert label_evidence.accept_labels(lines) == frozenset(accepted)


@pytest.mark.parametrize("text", [
    "Compounds such as U.S.-based or U.K.-made are words.",
    "The U.S.-led talks and the E.U.-wide rules.",
])
def test_compound_abbreviation_is_no_capitals_label(text):
    assert not monologue.CAPITALS_LABEL.search(text)


def test_capitals_label_still_reads_stop_dash_labels():
    assert monologue.CAPITALS_LABEL.search("MR. SPEAKER.- Order, order.").group(1) == "MR. SPEAKER"


@pytest.mark.parametrize("line,label", [
    ("Mr. RUDMAN.", "Mr. RUDMAN"),  # a hearing's label alone in its paragraph, the speech in the next
    ("Chairman INOUYE.", "Chairman INOUYE"),
    ("MODE CONTROL.", None),  # capitals alone on a line end a hard-wrapped sentence (Apollo 13 air-to-ground)
    ("STOWAGE VENT.", None),
])
def test_full_stop_label_alone_on_its_line(line, label):
    found = labels.candidate(line)
    assert (found.label if found else None) == label
    assert found is None or (found.style == "period" and not found.rest)

"""A speaker's name with capital initials alone on its line, the speech below it (round nine of issue 13, eighth
held-out set: hp07).

Podcast pages and the text exports of transcription tools write each turn's head as the name on a line of its own,
often the time on the next line, with no colon (``label_name_alone``); the same layout in capitals is
``label_caps_alone``'s.  Cases: ``tests/cases/alone9/NAME.(txt|md)`` with ``NAME.yml`` beside it, in the format of
``tests/cases/labels/``; each expectation names the ``family`` of real documents it stands for and its source.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import case_inputs, check_case, check_documented, converted_case
from generator.parse import label_name_alone, labels

CASES = Path(__file__).parent / "cases" / "alone9"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_alone9_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_cases_are_documented_and_of_both_kinds():
    check_documented(_cases(), both_kinds=True)


@pytest.mark.parametrize("line", ["Roman Mars ", "Katie Thornton", "Kathy", "Mary Beth O’Neil", "Jean-Luc Picard",
                                  "Ludwig van Beethoven", "Dr. Okafor"])
def test_a_name_alone_is_a_candidate(line):
    found = label_name_alone.name_alone_line(line)
    assert found and found.label == line.strip() and found.style == "name-alone" and not found.rest


@pytest.mark.parametrize("line", ["ROMAN MARS", "The Divided Dial", "Part 2", "Chapter One.", "Early life, and work",
                                  "Roman Mars: hello", "van Beethoven", "This Is Where It Gets Really Long", "okay"])
def test_headings_sentences_capitals_and_labels_are_no_name_alone(line):
    assert label_name_alone.name_alone_line(line) is None


def test_one_recurring_name_is_no_pattern():
    """Two recurring names are needed: one title-case line recurring above text is a section heading."""
    lines = ["Intro text here.", "", "Summary", "What was said first.", "", "Summary", "What was said later on."]
    assert not {"summary"} & labels.accept_labels(lines)


def test_a_roster_of_names_is_no_dialogue():
    """Names one per line (a roster) have no speech below them: no candidate."""
    lines = ["", "Anna Berg", "Tom Smith", "Carla Diaz", "", "Anna Berg", "Tom Smith"]
    assert all(label_name_alone.name_alone(lines, i) is None for i in range(len(lines)))

"""Families found by the round-7 breadth triage (devcorpus/triage-7.yaml: eight repositories nobody here had used),
tested on cases kept as data.

Each case is an excerpt of a real transcript ``tests/cases/triage7/NAME.md`` (or ``.txt``, ``.html``, ``.vtt``) with
an expectation ``NAME.yml`` beside it, in the format of ``tests/cases/labels/`` (see ``tests/test_label_grammar.py``);
each expectation names the ``family`` of real documents it stands for and the source of the excerpt, and may list
``times``: the time codes of the first speech turns, in order.  The whole pipeline runs on the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case
from generator.parse import labels

CASES = Path(__file__).parent / "cases" / "triage7"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html", ".vtt", ".srt"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_triage7_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    times = expected.get("times", [])
    assert [turn.time for turn in speech[:len(times)]] == times


def test_every_case_has_an_expectation_a_family_and_both_kinds():
    cases = _cases()
    check_documented(cases, kinds=True)
    kinds = {}
    for path in cases:
        import yaml

        kinds.setdefault(path.stem.split("_")[0], set()).add(yaml.safe_load(path.with_suffix(".yml").read_text())["kind"])
    assert all(found == {"positive", "must-not-fire"} for found in kinds.values()), kinds


@pytest.mark.parametrize("line,label,time,rest", [
    ("Danny 7:18:  Okay, welcome to the call", "Danny", "7:18", "Okay, welcome to the call"),
    ("Parithosh Jayanthi 3:01: I am just", "Parithosh Jayanthi", "3:01", "I am just"),
    ("stokes 1:18:26:  Yeah, we're sorry", "stokes", "1:18:26", "Yeah, we're sorry"),
])
def test_time_colon_shape_reads_parts(line, label, time, rest):
    """Lines of the ethereum/pm call notes once their Markdown is read (bold gone, the time link its text)."""
    found = labels.candidate(line)
    assert found is not None and (found.label, found.time, found.rest, found.style) == (label, time, rest, "colon")


@pytest.mark.parametrize("line", ["Meeting Duration: 1:33:02 Mins", "Timestamp 5:38", "Monday 10:00: Deploy New Model", "Dienstag 10:00: Sitzung",
                                  "Day 3, 10:00: #1 = Beslist", "Mainnet Missed Slots 1:30"])
def test_time_colon_shape_leaves_fields_schedules_and_headings(line):
    """A field holding a duration, a bare time link, a schedule's weekday and a heading with a time are no
    name + time + colon (the schedule lines are of the kind the code search finds in public notes)."""
    found = labels.candidate(line)
    assert found is None or found.time is None or found.style != "colon"


def test_bold_name_alone_keeps_its_emphasis_and_other_bold_goes():
    """The reader keeps a whole line's bold name as emphasis ("**Tim Beiko**" -> "*Tim Beiko*", as in the ethereum/pm
    notes), and reads other bold as its text, as before ("**Bold** words", "**Action item**: Luke ...")."""
    from generator.read.formats import markdown_to_text

    assert markdown_to_text("**Tim Beiko**\nOkay welcome everyone.") == "*Tim Beiko*\nOkay welcome everyone."
    assert markdown_to_text("**Action item**: Luke to follow up.") == "Action item: Luke to follow up."
    assert markdown_to_text("Some **bold** words") == "Some bold words"

"""Name + time-code label lines ("Anna Smith  0:37", "**Jonas Nick** 00:00:18", "Anna [00:01:02]",
"Name 00:00:05-00:00:14 (9 sec)"): read as labels when the document uses the shape as its labels, never removed
as a running page header; page headers, time stamps alone and date lines are not such labels.

Each case is ``tests/cases/time-labels/NAME.txt`` (or ``.md``) with ``NAME.yml`` beside it, in the format of
``tests/test_label_grammar.py``, plus::

    times: [...]        # optional: the time code of every speech turn, in order
    not_removed: [...]  # optional: lines that must not be listed as removed
    removed: [[text, reason], ...]  # optional: lines that must be removed, with the reason

The whole pipeline runs on the file (``pipeline.convert_source``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, converted_case
from generator.parse import clean, labels

CASES = Path(__file__).parent / "cases" / "time-labels"


def _cases() -> list[Path]:
    return case_inputs(CASES)


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_time_label_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    if "times" in expected:
        assert [t.time for t in speech] == expected["times"]


def test_every_case_has_an_expectation():
    assert _cases() and all(p.with_suffix(".yml").exists() for p in _cases())


@pytest.mark.parametrize("line,label,time", [
    ("Anna Smith  0:37", "Anna Smith", "0:37"),
    ("Anna Smith  1:02:03", "Anna Smith", "1:02:03"),
    ("**Jonas Nick** 00:00:18", "Jonas Nick", "00:00:18"),
    ("Anna [00:01:02]", "Anna", "00:01:02"),
    ("**Anna** [0:00]", "Anna", "0:00"),
    ("Name 00:00:05-00:00:14 (9 sec)", "Name", "00:00:05"),
    ("Speaker 1  0:00", "Speaker 1", "0:00"),
])
def test_name_and_time_line_is_a_candidate(line, label, time):
    found = labels.candidate(line)
    assert found is not None and (found.label, found.time, found.style, found.rest) == (label, time, "timed", "")


@pytest.mark.parametrize("line", ["Page 3 of 12", "HOUSE OF REPRESENTATIVES 1234", "O5S1GUO1 Le Zhou - Direct",
                                  "[00:01:02]", "00:01:02", "Anna Smith 0:37 and then she left",
                                  "We met at 10:30", "Chapter 3 10:30"])
def test_not_a_name_and_time_line(line):
    found = labels.candidate(line)
    # digits do not decide a name ("Dawn 1", "C6"): a numbered heading once is turned down by the evidence
    assert found is None or found.style != "timed" or labels.not_a_name(found.label) \
        or found.key not in labels.accept_labels([line])


WORDS = ["Hello there.", "Thanks for coming.", "Where were you?", "At home, all day.", "Alone?", "With my cat."]


def _otter(count: int) -> str:
    return "\n\n".join(f"{'Anna Smith' if i % 2 else 'Ben Jones'}  {i}:{i * 7 % 60:02d}\n{WORDS[i % len(WORDS)]}"
                       for i in range(count))


def test_label_lines_are_not_running_page_headers():
    """The repeated-line rule sees label lines as labels: the same shape with numbers changing, 3+ times."""
    blocks = clean.split_blocks(_otter(6))
    assert clean._page_furniture(blocks) == {}


def test_unaccepted_name_and_time_lines_can_still_be_headers():
    """A running head with a name and one clock time (not a label pattern) is still furniture."""
    text = "\n".join(f"EVENING NEWS 18:00\nHOST: Story {i} of the night.\nREPORTER: Report {i}." for i in range(3))
    furniture = clean._page_furniture(clean.split_blocks(text))
    assert sorted(furniture.values()) == ["running page header"] * 3


def test_timed_labels_need_a_pattern():
    assert labels.timed_labels(_otter(4).split("\n")) == {"anna smith", "ben jones"}
    assert labels.timed_labels(_otter(2).split("\n")) == frozenset()  # two lines are no pattern yet
    table = ["Keynote 9:30", "Keynote 10:30", "Panel 11:00", "Panel 12:00"]  # label after label: a schedule
    assert labels.timed_labels(table) == frozenset()

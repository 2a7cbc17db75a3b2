"""Tables of speech-recognition segments (generator/read/turn_tables.py): a header that names a text column
decides though its cells are a few words each; a note row above the header is skipped and listed; integer
millisecond starts, a column of corrections read where filled, an empty speaker column read as one unlabelled voice.

Each case is ``tests/cases/tables6/NAME.<suffix>`` with ``NAME.yml`` beside it, in the format of
``tests/test_readers4.py`` (``check_case`` in ``conftest.py``; ``format`` and ``times`` as there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, converted_case
from generator.parse import header
from generator.read import files, turn_tables

CASES = Path(__file__).parent / "cases" / "tables6"
SUFFIXES = (".txt", ".csv", ".tsv")


def _cases() -> list[Path]:
    return [p for p in case_inputs(CASES, SUFFIXES) if p.with_suffix(".yml").exists()]


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.name)
def test_table_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    assert expected.get("family") and expected.get("sources"), "say which family and which real sources show it"
    check_case(expected, transcript, names, speech)
    if "format" in expected:
        assert transcript.source.format == expected["format"]
    if "times" in expected:
        assert [t.time for t in speech] == expected["times"]


def test_every_case_has_an_expectation():
    inputs = case_inputs(CASES, SUFFIXES)
    assert len(inputs) >= 5 and all(p.with_suffix(".yml").exists() or p.name == "codes_named_text.csv"
                                    for p in inputs)


def test_a_named_text_column_of_codes_is_still_no_speech():
    """must not fire: a column named 'text' holding codes of two letters is no column of speech."""
    path = CASES / "codes_named_text.csv"
    with pytest.raises(files.InputError) as error:
        files.read_source(path, path.name)
    assert "is a table with no column of speech" in str(error.value)


def test_whisper_milliseconds_become_clock_times():
    table = turn_tables.read_table((CASES / "whisper_tsv_ms.tsv").read_text(encoding="utf-8"), ".tsv")
    stamps = [p[1:9] for p in table.text.split("\n\n") if p.startswith("[")]
    assert stamps[:3] == ["00:00:00", "00:00:01", "00:00:04"] and stamps[-1] == "00:00:37"


@pytest.mark.parametrize("rows,unit", [
    (["0\t6000\tone", "6000\t11000\ttwo", "11000\t17000\tthree"], True),  # Whisper's TSV: a segment every few s
    (["0\t9\tone", "10\t17\ttwo", "17\t20\tthree"], False),  # whole seconds a segment apart
    (["0\t400\tone", "400\t900\ttwo", "900\t1500\tthree"], False),  # one row a speech, minutes apart: seconds
])
def test_integer_starts_are_milliseconds_only_a_segment_apart(rows, unit):
    parsed = [(i + 2, r.split("\t")) for i, r in enumerate(rows)]
    assert turn_tables._milliseconds("start", parsed, 0) is unit
    assert turn_tables._milliseconds("Start time (ms after ~1:02)", parsed, 0)  # the name says so


def test_a_bracketed_unit_note_does_not_hide_the_column_name():
    assert turn_tables._named(["Speaker", "Start time (seconds after ~1:05:44)", "Raw transcription"], "time") == [1]
    assert turn_tables._named(["Speaker", "Start time (seconds after ~1:05:44)", "Raw transcription"], "text") == [2]


def test_more_than_the_allowed_note_rows_is_no_header():
    notes = "".join(f"Note {i}, about the recording of this meeting and where to find it.\n"
                    for i in range(turn_tables.MAX_NOTE_ROWS + 1))
    rows = "".join(f"{i}\t{i + 5}\tA sentence of speech long enough to be read as text, {i}.\n" for i in range(8))
    assert turn_tables.read_table(notes + "start\tend\ttext\n" + rows, ".txt") is None
    assert turn_tables.read_table(notes[notes.index("\n") + 1:] + "start\tend\ttext\n" + rows, ".txt") is not None


@pytest.mark.parametrize("text,headline", [
    ("[00:00:00] So I'm going to move on with the other item", False),  # a timed segment: never the title
    ("[00:01] and that is the item on the", False),
    ("Council meeting, 12 May", True),
    ("[Draft] Council meeting", True),
])
def test_a_timed_segment_is_never_a_title(text, headline):
    assert bool(header.TIMED_SEGMENT.match(text)) is not headline

"""Readers for layouts the held-out set showed: tables of turns (CSV, TSV, .tab, and .txt whose content is one),
YouTube SubViewer captions (.sbv, also under .txt), and SDH subtitles' bracketed voice tags and sound cues.

Each case is ``tests/cases/readers4/NAME.<suffix>`` with ``NAME.yml`` beside it, in the format of
``tests/test_label_grammar.py`` (``check_case`` in ``conftest.py``), plus ``family`` and ``sources`` (the family of
documents the rule is for and the real sources that show it), and optionally::

    format: ...   # the format the reader names (Source.format)
    date: ...     # the document's date
    title: ...    # the document's title
    times: [...]  # the time code of every speech turn, in order

The whole pipeline runs on the file (``pipeline.convert_source``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, converted_case
from generator import pipeline
from generator.read import files, subtitles, turn_tables

CASES = Path(__file__).parent / "cases" / "readers4"
SUFFIXES = (".txt", ".md", ".csv", ".tsv", ".tab", ".srt", ".vtt", ".sbv")


def _cases() -> list[Path]:
    return case_inputs(CASES, SUFFIXES)


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.name)
def test_reader_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    assert expected.get("family") and expected.get("sources"), "say which family and which real sources show it"
    check_case(expected, transcript, names, speech)
    if "format" in expected:
        assert transcript.source.format == expected["format"]
    if "date" in expected:
        assert transcript.date == expected["date"]
    if "title" in expected:
        assert transcript.title == expected["title"]
    if "times" in expected:
        assert [t.time for t in speech] == expected["times"]


def test_every_case_has_an_expectation():
    assert _cases() and all(p.with_suffix(".yml").exists() for p in _cases())


def test_table_and_caption_suffixes_are_read(tmp_path: Path):
    for suffix in (".csv", ".tsv", ".tab", ".sbv"):
        assert suffix in files.SUFFIXES
        (tmp_path / f"a{suffix}").write_text("x", encoding="utf-8")
    found, _ = pipeline.discover([tmp_path])
    assert sorted(f.path.suffix for f in found) == [".csv", ".sbv", ".tab", ".tsv"]


def test_a_table_with_no_column_of_speech_is_reported(tmp_path: Path):
    path = tmp_path / "budget.csv"
    path.write_text("year,amount,unit\n2001,12,EUR\n2002,14,EUR\n", encoding="utf-8")
    with pytest.raises(files.InputError) as error:
        files.read_source(path)
    assert "is a table with no column of speech" in str(error.value) and "budget.csv:1:" in str(error.value)


def test_tab_table_read_without_quoting_when_a_cell_opens_with_a_quote():
    """A TSV written with no quoting: a speech that opens with '"' is text, not a quoted cell running on."""
    text = ('speaker\ttext\nAnna Smith\t"Go," she said, and we went down to the harbour together.\n'
            'Ben Jones\tAnd then the boat left without us, which nobody had expected.\n')
    table = turn_tables.read_table(text, ".tsv")
    assert table is not None
    assert table.text.split("\n\n")[1].startswith("Ben Jones: And then the boat left")


def test_a_broken_row_is_listed():
    rows = "".join(f"Speaker {i % 2}\tThis is a long enough sentence of speech, number {i}.\n" for i in range(12))
    table = turn_tables.read_table("speaker\ttext\n" + rows + "Speaker 1\tone\ttoo\tmany\tcells\n", ".tsv")
    assert table is not None and [r.line for r in table.removed if r.reason == turn_tables.ROW_REASON] == [14]


def test_too_many_broken_rows_is_no_table():
    rows = "".join(f"Anna\tA long enough sentence of speech, number {i}.\textra\n" for i in range(5))
    assert turn_tables.read_table("speaker\ttext\n" + rows + "Ben\tAnother long sentence of speech here.\n",
                                  ".txt") is None


@pytest.mark.parametrize("text,sbv", [
    ("0:00:01.040,0:00:04.670\nEins\n\n0:00:04.670,0:00:08.930\nZwei\n\n0:00:08.930,0:00:12.900\nDrei\n", True),
    ("0:00:01.040,0:00:04.670\nEins\n\nZwei\n", False),  # one timing: no captions
    ("Anna: hello\n0:00:01.040,0:00:04.670\n0:00:04.670,0:00:08.930\n0:00:08.930,0:00:12.900\n", False),
])
def test_sbv_by_content(text, sbv):
    assert subtitles.is_sbv(text) is sbv


@pytest.mark.parametrize("tag,voice", [
    ("Es", "Es"), ("director", "Director"), ("man 2", "Man 2"), ("Jonas Weber", "Jonas Weber"), ("SPEAKER 1", "SPEAKER 1"),
    ("sighs", None), ("Music", None), ("Door Slams", None), ("Phone Ringing", None), ("light switch echoes", None),
    ("Laughter", None), ("00:01:02", None), ("a very long tag of many words", None), ("all laugh", None),
    ("Bekah laughs", None), ("TV reporter", "TV reporter"), ("podcast host 1", "Podcast host 1"), ("tv", None),
    ("man in Greek", None), ("Unintelligible", None), ("Dan and Bekah chuckle", None),
])
def test_voice_tags(tag, voice):
    assert subtitles.Tags(frozenset()).voice(tag) == voice


def test_a_tag_before_no_words_opens_no_speech():
    assert subtitles.Tags(frozenset()).speaker("[Anna].") == (None, "[Anna].")
    assert subtitles.Tags(frozenset()).speaker("[Anna][laughs].") == (None, "[Anna][laughs].")


def test_a_tag_alone_in_a_cue_is_a_sound_everywhere():
    tags = subtitles.Tags.of(["[Thunder Roll]", "[Thunder Roll] Run!"])
    assert tags.speaker("[Thunder Roll] Run!") == (None, "[Thunder Roll] Run!")


def test_subtitles_whose_cues_lost_their_times_are_read_as_text(tmp_path: Path):
    """An SRT whose timing lines were blanked ("1" / "  " / text: an "SRT to text" tool's output, held-out hr06)
    has no timed cue: its blocks are the transcript, its cue numbers listed as removed; nothing is lost."""
    cues = ["hi it's Nick from the label machine here", "and on today's podcast", "we have Harry from Daily",
            "Harry how are you", "good thanks Nick"]
    (tmp_path / "stripped.srt").write_text("".join(f"{i}\n  \n{text}\n\n" for i, text in enumerate(cues, 1)),
                                           encoding="utf-8")
    source = files.read_source(tmp_path / "stripped.srt")
    assert source.format == "subtitles without times"
    assert source.text.split() == " ".join(cues).split()
    assert [r.text for r in source.removed] == ["1", "2", "3", "4", "5"]
    timed = "1\n00:00:01,000 --> 00:00:02,000\nhello there\n\nNOTE a comment\n\n2\n00:00:03,000 --> 00:00:04,000\nbye\n"
    (tmp_path / "timed.srt").write_text(timed, encoding="utf-8")  # one timed cue: the untimed block stays out
    source = files.read_source(tmp_path / "timed.srt")
    assert source.format == "SubRip subtitles" and "comment" not in source.text

"""Transcripts kept as Markdown tables of timed rows (generator/read/tables.py): read by their own evidence,
a column of clock times in nearly every row and a column of prose; any other table stays as written."""

from __future__ import annotations

import pytest

from generator import pipeline
from generator.model import TurnType
from generator.read import files, tables

ROWS = ["We're already standing.", "I'd like to call the meeting of council to order.",
        "We'll ask Ms. Pilo to give the invocation.", "If you'll bow your heads, please.",
        "Our Father, it's good to come before you.", "Thank you. Please be seated."]


def table(times: list[str], header: str | None = "| Time| Transcript| Video|", link: bool = True) -> str:
    lines = [header, "|------|------|------|"] if header else []
    for stamp, text in zip(times, ROWS):
        lines.append(f"| {stamp}| {text}|" + (f" [source video](https://example.org/v?start={len(lines)})|" if link else ""))
    return "\n".join(lines)


CLOCKS = ["0:00:00", "0:00:08", "0:00:11", "0:00:17", "0:00:21", "0:00:30"]


@pytest.mark.parametrize("times", [CLOCKS, ["00:00", "00:08", "00:11", "00:17", "00:21", "00:30"],
                                   ["0h00m00s", "0h00m08s", "0h00m11s", "0h00m17s", "0h00m21s", "0h00m30s"]])
def test_a_timed_table_becomes_timed_text(times):
    text, removed = tables.timed_tables("## City Council 090421\n\n" + table(times) + "\n\nAdjourned.\n")
    assert "|" not in text and "source video" not in text
    assert text.startswith("## City Council 090421\n\n[00:00:00] We're already standing.")
    assert all(row in text for row in ROWS) and text.endswith("\n\nAdjourned.\n")
    assert [r.text for r in removed] == ["Time | Transcript | Video", "source video (in every row)"]
    assert removed[0].line == 3  # the table's first line in the file


def test_a_table_with_no_header_row_and_no_repeated_column():
    text, removed = tables.timed_tables(table(CLOCKS, header=None, link=False))
    assert text.startswith("[00:00:00] We're already standing.") and not removed


@pytest.mark.parametrize("document", [
    table(CLOCKS[:3]),  # three timed rows: an agenda, not a transcript
    "| Speaker | Party |\n|---|---|\n" + "\n".join(f"| Member {i} | Party {i} |" for i in range(8)),  # no times
    "| Time | Event |\n|---|---|\n" + "\n".join(f"| {c} | Lunch |" for c in CLOCKS),  # one value in every row
    "Anna: We met at 10:30 | and left at 11:00 |\nTom: Fine.",  # pipes in speech
])
def test_other_tables_stay_as_written(document):
    assert tables.timed_tables(document) == (document, ())


def test_a_timed_table_document_converts_with_its_words_and_its_removals_listed(tmp_path):
    path = tmp_path / "council.md"
    path.write_text("## City Council 090421\n\n" + table(CLOCKS) + "\n", encoding="utf-8")
    transcript = pipeline.convert_source(files.read_source(path, path.name))
    said = " ".join(s.text for t in transcript.turns for p in t.paragraphs for s in p)
    assert all(row in said for row in ROWS) and "source video" not in said and "Transcript |" not in said
    assert {r.text for r in transcript.removed} >= {"Time | Transcript | Video", "source video (in every row)"}
    assert not any(t.type is TurnType.SPEECH and t.label for t in transcript.turns)  # no label invented

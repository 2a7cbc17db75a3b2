"""Media transcripts of the eighth held-out set, half p (round 10 of issue 13: hp02, hp06, hb04 and their families).

* An AI model's scene-by-scene description of a video (``media_description``, rule "model-description"): the head,
  time ranges, picture fields and the model's closing are narration, the words said one unnamed voice's; a
  transcription's timed sections and labelled timed lines are read as before.  Cases: ``cases/described/``.
* A block that is one code fence from its first line to its last between the turns of a labelled transcript (a
  learner's dictionary note, a listing shown during a talk) is a note (``fences.whole``, read by ``turns._cue``);
  backticks inside a spoken line stay in the turn.  Cases: ``cases/fenced_notes/``.
* A page whose one author introduces themselves by name in its opening ("こんにちは、ナオです。",
  ``monologue_names.author_introduced``), and a line alone naming the transcript below a preface ("📝 文字起こしを表示",
  ``layouts.split_preface``).  Cases: ``cases/author_intro/``.
Each case: ``NAME.md`` with ``NAME.yml`` (the format of ``tests/test_media9.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case

FOLDERS = [Path(__file__).parent / "cases" / name for name in ("described", "fenced_notes", "author_intro")]


def _cases() -> list[Path]:
    return [path for folder in FOLDERS for path in case_inputs(folder, (".md",))]


@pytest.mark.parametrize("path", _cases(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_media10_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_cases_are_documented_with_both_kinds(folder: Path):
    check_documented(case_inputs(folder, (".md",)), both_kinds=True)

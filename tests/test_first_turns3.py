"""First turns, round 3: the principal's unlabelled opening statement, stage notes where a turn starts, labels
that run inline after OCR line joins, and labels before a tight colon (``generator/parse/first_turns.py`` point
4, ``generator/parse/turns.py``).

Each case is ``tests/cases/first-turns3/NAME.txt`` (or ``.md``) with ``NAME.yml`` beside it, in the format of
``tests/test_first_turns.py`` (speakers, starts, first_starts, not_in_speech, kept_as_text), and ``notes``: the
note of each speech turn in order (null for none).  The whole pipeline runs on the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, converted_case
from generator.model import RawTurn, Segment, SegmentKind, TurnType
from generator.parse import first_turns, inline_labels, stage_notes, turns
from generator.site import export

CASES = Path(__file__).parent / "cases" / "first-turns3"


def _spoken(turn) -> str:
    return export._text(turn).replace("\n\n", " ")


@pytest.mark.parametrize("path", case_inputs(CASES), ids=lambda p: p.stem)
def test_first_turns3_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech, text=_spoken)
    if "notes" in expected:
        assert [t.note for t in speech] == expected["notes"]


def test_every_case_has_both_kinds():
    kinds = {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in case_inputs(CASES)}
    assert kinds == {"positive", "must-not-fire"}


def _turn(label: str, text: str) -> RawTurn:
    return RawTurn(1, TurnType.SPEECH, label, None, ((Segment(SegmentKind.TEXT, text),),))


def test_principal_answers_the_questions_the_page_names():
    dialogue = [_turn("Q", "What now?"), _turn("MINISTER LEE", "We wait."), _turn("Q", "Why?"),
                _turn("MINISTER LEE", "Because.")]
    assert first_turns.principal(dialogue, "Good morning. I have a statement.", "Remarks by Minister Lee")[0] \
        == "MINISTER LEE"
    assert first_turns.principal(dialogue, "Good morning. I have a statement.", "Remarks") is None
    assert first_turns.principal(dialogue, "We met Lee at noon.", "Remarks by Minister Lee") is None


def test_chair_needs_three_partners_and_the_call():
    members = ["MR A. ONE", "MR SPEAKER", "MR B. TWO", "MR SPEAKER", "MR C. THREE", "MR SPEAKER"]
    dialogue = [_turn(label, "Thank you.") for label in members]
    assert first_turns.principal(dialogue, "The Honourable Member Ann One.", "")[0] == "MR SPEAKER"
    assert first_turns.principal(dialogue, "The Honourable Member Ann Else.", "") is None
    assert first_turns.principal(dialogue[:4], "The Honourable Member Ann One.", "") is None  # two partners


@pytest.mark.parametrize("text,note", [("(As interpreted.) It is", "As interpreted."), ("(OFF-MIKE) Thanks", "OFF-MIKE"),
                                       ("(Laughter.) Well", "Laughter."), ("(1) The first", None),
                                       ("(Mr. Lane) will go", None), ("[glossary:AGS] Roger", None),
                                       ("(Inaudible.)", None)])
def test_stage_note_shape(text, note):
    lifted = stage_notes.opening_notes([RawTurn(1, TurnType.SPEECH, "X", None, (turns.segments(text),))])[0]
    assert lifted.note == note


def test_inline_labels_need_repeated_sentence_end_evidence():
    lines = ["Smith: Hi.", "Brown: Hello. " + " ".join(["Smith: Yes. Brown: No."] * 2)]
    assert inline_labels.pattern(lines, frozenset({"smith", "brown"})) is None  # four uses after a sentence end
    lines[1] += " Smith: Again."
    assert inline_labels.pattern(lines, frozenset({"smith", "brown"})) is not None


def test_inline_labels_leave_the_lines_own_label():
    lines = ["Smith: Hi.", "Brown: Hello."] + ["[00:00:04] Smith: Yes. Brown: No. Smith: So. Brown: Well. Smith: Then."] * 2
    pattern = inline_labels.pattern(lines, frozenset({"smith", "brown"}))
    split = turns._split_mid_labels(lines[2], frozenset({"smith", "brown"}), pattern).split("\n")
    assert split == ["[00:00:04] Smith: Yes.", "Brown: No.", "Smith: So.", "Brown: Well.", "Smith: Then."]

"""Turn shapes decided by the document's own evidence: a speech labelled once, label-shaped section markers
("**Break:** \\[23:45\\]"), time codes where a turn starts, full names introducing the initials that label their
turns, and untranscribed voices between two turns of one label.

Each case is ``tests/cases/turn-shapes/NAME.txt`` (or ``.md``) with ``NAME.yml`` beside it, in the format of
``tests/test_label_grammar.py``, plus::

    times: [...]            # optional: the start time of every speech turn, in order (null for none)
    headings: [...]         # optional: the text of every section heading, in order
    heading_times: [...]    # optional: the time code of every section heading, in order
    spoken_excludes: [...]  # optional: strings that must not stand in the spoken words (corpus.json's text)
    no_warns: [...]         # optional: strings that must not appear in the document's diagnostics
    removed: [...]          # optional: blocks that must be listed as removed (and so stand in no turn)

The whole pipeline runs on the file (``pipeline.convert_source``); spoken words are read as ``corpus.json``
writes them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, converted_case, segments_text
from generator.model import Segment, SegmentKind, Turn, TurnType
from generator.parse import layouts
from generator.site import export

CASES = Path(__file__).parent / "cases" / "turn-shapes"


def _spoken(turn) -> str:
    """A turn's words as ``corpus.json`` gives them, on one line."""
    return export._text(turn).replace("\n\n", " ")


def _cases() -> list[Path]:
    return case_inputs(CASES)


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_turn_shape_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech, text=_spoken)
    if "times" in expected:
        assert [t.time for t in speech] == expected["times"]
    headings = [t for t in transcript.turns if t.type is TurnType.HEADING]
    if "headings" in expected:
        assert [segments_text(t.paragraphs) for t in headings] == expected["headings"]
    if "heading_times" in expected:
        assert [t.time for t in headings] == expected["heading_times"]
    spoken = "\n".join(export._text(t) for t in transcript.turns)
    for text in expected.get("spoken_excludes", []):
        assert text not in spoken, text
    everything = " ".join([segments_text(transcript.introduction)] + [segments_text(t.paragraphs) for t in transcript.turns])
    for text in expected.get("kept_as_text", []):
        assert text in everything
    for text in expected.get("removed", []):
        assert text in [r.text for r in transcript.removed] and text not in spoken, text
    messages = " ".join(d.message for d in transcript.diagnostics)
    for text in expected.get("warns", []):
        assert text in messages
    for text in expected.get("no_warns", []):
        assert text not in messages, messages


def test_every_case_has_an_expectation():
    assert _cases() and all(p.with_suffix(".yml").exists() for p in _cases())


def test_every_rule_has_both_kinds_of_case():
    kinds = {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in _cases()}
    assert kinds == {"positive", "must-not-fire"}


@pytest.mark.parametrize("text,time,rest", [
    ("00:07:15", "00:07:15", ""), ("[03:43] And so", "03:43", "And so"), ("\\[03:43\\] And so", "03:43", "And so"),
    ("[54:08] to [54:27]", "54:08", ""), ("[0.00 → 5.82] Well", "0.00", "Well"), ("[00:13]I tried", "00:13", "I tried"),
    ("00:07:15 So", "00:07:15", "So"), ("(1:02:03) yes", "1:02:03", "yes"), ("[1:19]", "1:19", ""),
])
def test_turn_time(text, time, rest):
    assert layouts.turn_time(text) == (time, rest)


@pytest.mark.parametrize("text", ["1.5 million people", "10:30 the train left", "[3] a footnote", "12:30 is when",
                                  "2020 was a year", "1:19", "12:30"])
def test_not_a_turn_time(text):
    assert layouts.turn_time(text) is None


def test_time_codes_are_not_spoken_words_in_corpus_json():
    """A time code inside a turn (where two lines of one speaker were joined) stays in the model and the page,
    and is listed in the turn's record, but never stands in its text."""
    para = (Segment(SegmentKind.TIME, "[00:13]"), Segment(SegmentKind.TEXT, "I tried"))
    record = export._turn(Turn("t-1", TurnType.SPEECH, "a", "A", None, (para,), False, 1))
    assert record["text"] == "I tried" and record["times"] == ["[00:13]"]

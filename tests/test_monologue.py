"""Monologues: a document with prose and no accepted labels is one speaker's, named from the strongest evidence
the document gives (front matter, a header line, a byline, a self-introduction, the title), else 'Unknown
speaker' with a warning; and never a speaker where the document says several people speak or is a report.

Each case is a small document ``tests/cases/monologue/NAME.(txt|md|vtt)`` with an expectation ``NAME.yml``::

    rule: what the case exercises (free text)
    kind: positive | must-not-fire
    speakers: [...]       # optional: the speaker name of every speech turn, in order ([] for none)
    not_speakers: [...]   # optional: names that must not be speakers of the document
    starts: [...]         # optional: how each speech turn's text begins, in order
    not_in_speech: [...]  # optional: strings that must not stand in any speech turn
    warns: [...]          # optional: strings that must appear in the document's diagnostics

The whole pipeline runs on the file (``pipeline.convert_source``), so a case checks what the reader sees.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import CASE_KINDS, case_inputs, check_case, converted_case
from generator.parse import monologue, vocab
from generator import pipeline
from generator.read import files as read

CASES = Path(__file__).parent / "cases" / "monologue"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html", ".srt", ".vtt"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_monologue_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation():
    assert _cases() and all(p.with_suffix(".yml").exists() for p in _cases())
    kinds = {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in _cases()}
    assert kinds == CASE_KINDS  # both positive and must-not-fire cases


def test_unknown_speaker_warning_says_where_and_how_to_fix():
    path = CASES / "unknown_speaker.txt"
    transcript = pipeline.convert_source(read.read_source(path, "talks/unknown_speaker.txt", path.read_bytes()))
    warning = next(str(d) for d in transcript.diagnostics if "no speaker found" in d.message)
    assert warning.startswith("talks/unknown_speaker.txt:1: warning: no speaker found")
    assert warning.endswith("name the speaker in front matter (speaker: NAME) or a sidecar")


def test_unknown_speaker_is_a_role_not_one_person():
    path = CASES / "unknown_speaker.txt"
    transcript = pipeline.convert_source(read.read_source(path, path.name, path.read_bytes()))
    assert [s.generic for s in transcript.speakers] == [True]


def test_inferred_turns_say_which_evidence_named_the_speaker():
    path = CASES / "self_introduction.txt"
    transcript = pipeline.convert_source(read.read_source(path, path.name, path.read_bytes()))
    assert "introduces themselves" in transcript.turns[-1].inferred_from
    assert transcript.turns[-1].label is None  # no label was written: the page shows no label


@pytest.mark.parametrize("text,spoken", [
    ("I want to thank you all. We have come a long way, and I am proud of what you did.", True),
    ("The council approved the bridge on Tuesday after a long debate about its cost to the city.", False),
    ("Olá a todos. Eu quero mostrar para vocês o nosso trabalho.", True),
    ("我想从头开始，确认我们对比特币的理解是一致的。", True),
])
def test_first_person_separates_speech_from_report(text, spoken):
    assert (monologue.first_person_share(text) >= monologue.FIRST_PERSON_MIN) is spoken


@pytest.mark.parametrize("accepted,talk", [
    ({"q", "a"}, True), ({"question", "answer"}, True), ({"p", "r"}, True), ({"问", "答"}, True),
    ({"q", "a", "darosior"}, True), ({"q"}, False), ({"a", "alice"}, False), ({"alice", "bob"}, False), (set(), False),
])
def test_talk_then_questions(accepted, talk):
    assert monologue.talk_then_questions(frozenset(accepted)) is talk


@pytest.mark.parametrize("value,name", [
    ("Jane Doe", "Jane Doe"), ("Howard, John", "John Howard"), ("Jane Doe (Acme Corp)", "Jane Doe"),
    ("Jane Doe, Chief Executive of Acme", "Jane Doe"), ("felix", None), ("the team at Acme", None), (["x"], None),
])
def test_person_from_a_value(value, name):
    assert monologue._person(value) == name


def test_every_evidence_entry_says_where_it_comes_from():
    for name in ("monologue-evidence.txt", "first-person.txt"):
        for line in (vocab.DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                assert "#" in line and line.split("#", 1)[1].strip(), (name, line)

"""Names from labels, speakers inside and across documents (issue 13, point 6), tested on cases kept as data.

``tests/cases/names/NAME.txt`` with ``NAME.yml`` beside it is one document (the format of
``test_label_grammar.py``, plus ``roles: {speaker name: role}``); ``tests/cases/names/corpus/CASE/`` is a
small corpus whose ``expect.yml`` lists turns that must (``same``) or must not (``different``) be one person
across documents, each as ``[file, label, file, label]``; ``label_parts.yml`` takes single labels apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import CASE_KINDS, case_inputs, converted_case
from generator import pipeline
from generator.parse import people
from generator.parse.label_parts import label_parts

CASES = Path(__file__).parent / "cases" / "names"
CORPORA = sorted(p for p in (CASES / "corpus").iterdir() if p.is_dir())


@pytest.mark.parametrize("path", case_inputs(CASES), ids=lambda p: p.stem)
def test_names_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    assert [names.get(t.speaker) for t in speech] == expected["speakers"]
    for name in expected.get("not_speakers", []):
        assert name not in names.values()
    roles = {s.name: s.role for s in transcript.speakers}
    for name, role in expected.get("roles", {}).items():
        assert roles[name] == role, (name, roles[name], role)


def test_every_case_has_an_expectation():
    assert case_inputs(CASES) and all(p.with_suffix(".yml").exists() for p in case_inputs(CASES))


def _speaker_of(corpus, file: str, label: str) -> str:
    transcript = next(t for t in corpus.transcripts if t.source.path.name == file)
    return next(t.speaker for t in transcript.turns if t.label == label)


@pytest.mark.parametrize("folder", CORPORA, ids=lambda p: p.name)
def test_names_across_documents(folder: Path):
    expected = yaml.safe_load((folder / "expect.yml").read_text(encoding="utf-8"))
    assert expected["kind"] in CASE_KINDS
    corpus = pipeline.convert([folder])
    for file_a, label_a, file_b, label_b in expected.get("same", []):
        assert _speaker_of(corpus, file_a, label_a) == _speaker_of(corpus, file_b, label_b)
    for file_a, label_a, file_b, label_b in expected.get("different", []):
        assert _speaker_of(corpus, file_a, label_a) != _speaker_of(corpus, file_b, label_b)


LABEL_PARTS = yaml.safe_load((CASES / "label_parts.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", LABEL_PARTS, ids=lambda c: c["label"])
def test_label_parts(case: dict):
    assert case["kind"] in CASE_KINDS
    parts = label_parts(case["label"], case.get("note"))
    assert (parts.name, list(parts.notes), parts.holder) == (case["name"], case.get("notes", []), case.get("holder"))


SAME_PERSON = yaml.safe_load((Path(__file__).parent / "cases" / "names" / "same_person.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", SAME_PERSON, ids=lambda c: f"{c['a']}|{c['b']}")
def test_same_person(case: dict):
    """A compound given name is not the short form of its first part; a short form, an initial or a
    transliteration is the same person."""

    assert people.same_person(case["a"], case["b"]) is (case["kind"] == "positive")
    assert people.same_person(case["b"], case["a"]) is (case["kind"] == "positive")


TITLES = yaml.safe_load((Path(__file__).parent / "cases" / "names" / "titles.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", TITLES, ids=lambda c: c["name"])
def test_titles_taken_off(case: dict):
    """'Right Hon.', 'The Honourable' are titles before a name; 'The' before an office is part of the office."""
    titles, rest = people.surname_and_titles(case["name"])
    assert rest == case["rest"]
    assert bool(titles) is (case["kind"] == "positive")

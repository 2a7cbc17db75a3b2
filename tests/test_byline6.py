"""A talk's speaker named in the text's head (round 6 of issue 13, third held-out set: he05, hf04, hf09, hf10).

A monologue whose speaker is named by a phrase byline ("Tal till nationen av statsminister NAME ...", "Rede von
Bundeskanzler NAME ..."), a list-item field under the title ("- 발표자: NAME", "* **Speaker: NAME**"), or a segment
of a video dump's "Title:" line with a title of address ("... - Pr. NAME | Sermon"); the byline, the fields, the
delivery notice ("Det talade ordet gäller.", "Es gilt das gesprochene Wort.") and the "FULL TRANSCRIPT:" key are
the page's, not speech.  Cases: ``tests/cases/byline6/NAME.(txt|md)`` with ``NAME.yml`` (the format of
``tests/test_monologue.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, converted_case
from generator.parse import clean_rules, monologue

CASES = Path(__file__).parent / "cases" / "byline6"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_byline_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_cases_have_both_kinds():
    kinds = {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in _cases()}
    assert kinds == {"positive", "must-not-fire"}


@pytest.mark.parametrize("title, name", [
    ("Planted in Christ - Pr. Stephen Tirop | Sermon", "Stephen Tirop"),
    ("On Grace – Dr. Jane Doe", "Jane Doe"),
    ("Rooted and Growing - Youth Camp Highlights | Sermon", None),
    ("Planted in Christ | Sermon", None),
])
def test_title_segment_name(title, name):
    assert monologue._title_segment_name(title) == name


@pytest.mark.parametrize("line, key", [
    ("FULL TRANSCRIPT:", True), ("Timestamped transcript:", True), ("Transcript:", True),
    ("And here is the transcript:", False), ("TRANSCRIPT: the words follow", False),
])
def test_section_key(line, key):
    assert bool(clean_rules.SECTION_KEY.match(line)) is key


@pytest.mark.parametrize("notice", ["Det talade ordet gäller.", "Es gilt das gesprochene Wort.",
                                    "Seul le prononcé fait foi.", "Det talte ord gælder.", "Check against delivery"])
def test_delivery_notice(notice):
    assert clean_rules.DISCLAIMER.match(notice)


def test_phrase_byline_gives_the_date():
    _, transcript, _, _ = converted_case(CASES / "sv_phrase_byline.md")
    assert transcript.date == "2022-05-01"


def test_fences_split_in_pairs_only():
    from generator.model import Block
    from generator.parse import fences
    talk = [Block(1, "[Time 0:00:00]\n```\nslide title: X", 0), Block(5, "Jane Doe\n```", 1), Block(8, "Hello all.", 1)]
    assert [(b.text, inside) for b, inside in fences.split(talk)] == [
        ("[Time 0:00:00]", False), ("```\nslide title: X", True), ("Jane Doe\n```", True), ("Hello all.", False)]
    cut = [Block(1, "[footer]\n```", 0), Block(4, "- **feat**: New feature", 1)]  # an excerpt opening inside a fence
    assert [inside for _, inside in fences.split(cut)] == [False, False]

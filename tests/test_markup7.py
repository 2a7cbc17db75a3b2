"""Markup a page's maker leaves in Markdown, and generic voices in sentence case (round 7 of issue 13).

A heading's attribute block (pandoc, kramdown, Python-Markdown's attr_list: ``## Full Transcript {#transcript}``)
is taken off when the Markdown is read, so titles and section headings carry no ``{#anchor}``; a generic voice
written in sentence case (``**Audience member:**``) in the layout of the document's recurring labels is a speaker.
Captions: ">>" opens a new voice, named where a label follows it.  Cases: ``tests/cases/markup7/NAME.(md|vtt)`` with ``NAME.yml`` (the format of ``tests/test_byline6.py``, plus ``title``:
the transcript's title, and ``nowhere``: strings in neither the title nor any text); heading lines in
``heading_attribute_lines.yml``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, check_title_and_text, converted_case
from generator.read import formats

CASES = Path(__file__).parent / "cases" / "markup7"
LINES = yaml.safe_load((CASES / "heading_attribute_lines.yml").read_text(encoding="utf-8"))


def _cases() -> list[Path]:
    return case_inputs(CASES, (".md", ".vtt"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_markup_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    check_title_and_text(expected, transcript)


def test_cases_have_both_kinds():
    kinds = {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in _cases()}
    assert kinds == {"positive", "must-not-fire"}


@pytest.mark.parametrize("line, read, _source", LINES["positive"])
def test_heading_attributes_taken_off(line, read, _source):
    assert formats.markdown_to_text(line) == read


@pytest.mark.parametrize("line, _source", LINES["must_not_fire"])
def test_heading_without_attributes_kept(line, _source):
    assert formats.markdown_to_text(line) == line


def test_heading_attributes_linear_on_many_braces():
    line = "# " + "{a " * 20000 + "}"
    assert formats.markdown_to_text(line) == line  # ("{a {a ... }" holds no attribute: kept, and read once)


@pytest.mark.parametrize("head, read", [
    # bitcointranscripts advancing-bitcoin-2022 (Michael Folkson): a list item of a talk that ends in "):" like a
    # noted label; the underscore inside the descriptor's name is a word's, not the conversion's markup
    ("PR 24043 (Add multi_a descriptor for k-of-n multisig inside tr):", "PR 24043 (Add multi_a descriptor for k-of-n multisig inside tr):"),
    # held-out he02 (FFII wiki, pandoc): escaped emphasis around a party note is markup
    (r"De heer Vendrik (\*GroenLinks\*):", "De heer Vendrik (GroenLinks):"),
])
def test_list_label_residue_keeps_words(head, read):
    from generator.parse import list_labels

    assert list_labels.RESIDUE.sub("", head) == read

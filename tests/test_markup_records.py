"""Records whose markup says who speaks and what is no speech (the eighth held-out set's government families).

* ``debate_markup``: Akoma Ntoso's ``<speech by><from>``, TEI's ``<sp who><speaker>`` and ParlaMint's ``<note
  type="speaker">`` before ``<u who>`` inside Markdown and HTML pages (``read/speech_markup.py``);
* ``parallel_versions``: a translated turn's original in a ``<details>`` element after it, the same turn
  (``read/parallel_versions.py``), and the dot of a transliterated name inside a label (``name_dot_shapes.yml``);
* ``bold_headings``: section titles set wholly in bold between bold-labelled turns (``parse/bold_headings.py``).

Cases: ``tests/cases/FOLDER/NAME.(md|html)`` with ``NAME.yml`` (``check_case`` in ``conftest.py``, plus ``family``
and ``sources``); each folder has positive and must-not-fire cases.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, check_documented, check_shape_line, converted_case, turn_text
from generator.model import TurnType
from generator.read import parallel_versions, speech_markup

CASES = Path(__file__).parent / "cases"
FOLDERS = ("debate_markup", "parallel_versions", "bold_headings")


def _cases(folder: str) -> list[Path]:
    return case_inputs(CASES / folder, (".md", ".html"))


@pytest.mark.parametrize("path", [p for f in FOLDERS for p in _cases(f)], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    assert expected.get("sources"), "say which real sources show the family"
    check_case(expected, transcript, names, speech)


@pytest.mark.parametrize("folder", FOLDERS)
def test_cases_documented_with_both_kinds(folder: str):
    check_documented(_cases(folder), both_kinds=True)


@pytest.mark.parametrize("case", yaml.safe_load((CASES / "parallel_versions" / "name_dot_shapes.yml").read_text(
    encoding="utf-8")), ids=lambda c: c["line"][:30])
def test_name_dot_label_shape(case: dict):
    check_shape_line(case)


def test_bold_markdown_headings_keep_their_text():
    _, transcript, _, _ = converted_case(CASES / "bold_headings" / "md_headings_set_in_bold.md")
    headings = [turn_text(t) for t in transcript.turns if t.type is TurnType.HEADING]
    assert headings and not any(h.startswith("#") for h in headings), headings


def test_readers_linear_on_many_openings():
    start = time.perf_counter()
    for text in ("<speech by='#a'><from>" * 20000, "<note type='speaker'>" * 20000 + "<u who='#b'>" * 20000):
        speech_markup.rewrite(text)  # (no label element closes: each opening read once)
    for text in ("a\n\n<details>\n" * 20000, "a\n\n<details>\n<summary>x</summary>\n" + "b\n" * 50000):
        parallel_versions.rewrite(text)
    assert time.perf_counter() - start < 4

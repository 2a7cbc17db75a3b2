"""One plain dialogue in the everyday layouts users bring (notes, blogs, exports), converted whole, and the merged
speaker sequence of each document compared with the dialogue's (``tests/layout_variants.py`` writes them: two
speakers; three, one heard once; the same dialogue in German; Markdown documents with a title, a date line and an
introduction above the dialogue).

Layouts that still come out wrong are listed in ``KNOWN_WRONG`` with the reason and run as expected failures, so
that the day they come out right is seen.  Cases of the families fixed for these layouts (real members and
must-not-fire members, each naming its source) are under ``tests/cases/common/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case
from generator import pipeline
from generator.model import TurnType
from generator.read import files

import layout_variants as lv

KNOWN_WRONG = {
    ("heading_alone", "three"): "a heading written once ('### Lena Park') is read as a topic heading, not a turn: "
                                "a heading is a label only where the document writes it twice or more",
}
CASES = Path(__file__).parent / "cases" / "common"


def _params():
    for dialogue in lv.DIALOGUES:
        for layout in lv.LAYOUTS:
            reason = KNOWN_WRONG.get((layout, None)) or KNOWN_WRONG.get((layout, dialogue))
            marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
            yield pytest.param(layout, dialogue, marks=marks, id=f"{dialogue}-{layout}")


def _speakers(layout: str, dialogue: str) -> list[str]:
    name, text = lv.document(layout, dialogue)
    transcript = pipeline.convert_source(files.read_source(Path(name), name, text.encode("utf-8")))
    names = {s.key: s.name for s in transcript.speakers}
    return lv.merged([names.get(t.speaker, t.speaker) for t in transcript.turns if t.type is TurnType.SPEECH])


@pytest.mark.parametrize("layout, dialogue", list(_params()))
def test_layout_keeps_the_speakers(layout, dialogue):
    assert _speakers(layout, dialogue) == lv.merged([n for n, _ in lv.DIALOGUES[dialogue]])


@pytest.mark.parametrize("path", case_inputs(CASES, (".txt", ".md", ".html")), ids=lambda p: p.stem)
def test_common_layout_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_cases_are_documented_with_both_kinds():
    check_documented(case_inputs(CASES, (".txt", ".md", ".html")), both_kinds=True)

"""Families of the tenth held-out set (round 11, sets hs and ht; ``devcorpus/holdout/SCORES.md``).

* Embedded media and scripts in Markdown are taken out only as far as their own element goes and listed
  (``read/embeds``; ht05's flashcards lost 32 KB after a self-closed ``<iframe ... />``).  Cases: ``embeds_*``.
* Two voices told apart only by layout (``parse/layout_voices``, hooked in ``marked_qa.dialogue``): answers opening
  with a speech dash (italic or not) after plain or heading questions (ht01, ht06), host's questions as headings that
  run to sentences (ht04); the interviewee named by a name alone above the interview or in the page header.  A page's
  own ``<header>`` with one link back home is its heading (``read/html_text``).  Cases: ``voices_*``.
* Speakers named in metadata: "Interview mit NAME" in a subtitle names the answerer and no host (``layouts``,
  ``interviewee.person_in``); "X reçoit Y" in a podcast description names both.  Cases: ``names_*``.
Each case: ``NAME.md`` (or ``.html``) with ``NAME.yml`` (the format of ``tests/test_media9.py``), under
``cases/fixS/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case

CASES = case_inputs(Path(__file__).parent / "cases" / "fixS", (".md", ".html"))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fixS_case(path: Path):
    check_case(*converted_case(path))


def test_cases_are_documented_with_both_kinds():
    check_documented(CASES, both_kinds=True)

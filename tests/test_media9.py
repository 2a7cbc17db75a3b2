"""Media transcripts of the fifth held-out set (round 9 of issue 13: hj01, hj02, hj03, hj06, hj08 and their
families).

* Labels that open lines only before a page's "Transcript" heading (an AI summary's or content review's
  ``**Sensitivity: 😱😱**``, show notes' ``**Quote:**``) are the preface's fields, not the transcript's speakers
  (``layouts.preface_labels``).
* A Markdown heading titled "Topic: subtopic" (``## SECCIÓN A: DATOS GENERALES``, ``# Regions: net.h``) is a
  section heading, not a turn (``label_filters._titled_headings``); so is a heading written "Field: value"
  (``### Moderator: Danny Ryan``, ``### Discussion: Canonicalization``) in notes whose labels are never headings
  (``label_filters._field_headings``; second large corpus, ``devcorpus/LEAKS.md``).
* A recurring label whose every line holds only a bracketed note (``**[NOTAS DE OBSERVACIÓN]:** [Sonríe]``,
  ``**E1 (probe):** [NO APLICÓ]``) records the interviewer's annotations: its blocks are notes, not turns
  (``annotations.annotation_labels``).
* Hugo's TOML front matter (``+++``) is front matter; a one-word name with its initial ("Kiki (K):") introduces
  the speaker whom "K:" labels after; "A:" is a speaker's initial, not "Answer", where no label asks.
* A lecture around quoted questions and answers is the answering label's (``quoted_qa``).
Cases: ``tests/cases/media9/NAME.(md|txt)`` with ``NAME.yml`` (the format of ``tests/test_byline6.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case

CASES = Path(__file__).parent / "cases" / "media9"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_media9_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_cases_are_documented_with_both_kinds():
    check_documented(_cases(), both_kinds=True)

"""A speaker label alone on its own line with no colon (round 7b of issue 13, fourth held-out set: hg06, hh07).

Zoom's saved closed captions write "[Display Name] HH:MM:SS" above each caption (``label_rules.BRACKET_TIMED_LABEL``);
stenographic versions of government events write the speaker's name or office in capitals alone on a line, the
office after a comma, the speech below (``label_caps_alone``).  Cases: ``tests/cases/alone8/NAME.(txt|md)`` with
``NAME.yml`` beside it, in the format of ``tests/cases/labels/`` (see ``tests/test_label_grammar.py``); each
expectation names the ``family`` of real documents it stands for and the source of the excerpt.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import case_inputs, check_case, check_documented, converted_case
from generator.parse import labels

CASES = Path(__file__).parent / "cases" / "alone8"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_alone8_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_cases_are_documented():
    check_documented(_cases(), kinds=True)


@pytest.mark.parametrize("line, label, time", [
    ("[Saar Moshiashvili] 13:32:23", "Saar Moshiashvili", "13:32:23"),
    ("[ATL - WonderFrog] 13:32:28", "ATL - WonderFrog", "13:32:28"),
    ("[Speaker A] 15:05:17", "Speaker A", "15:05:17"),
])
def test_zoom_caption_head_is_a_timed_candidate(line, label, time):
    found = labels.candidate(line)
    assert found and found.style == "timed" and found.label == label and found.time == time and not found.rest


@pytest.mark.parametrize("line", ["[Smith] 12:30 said so", "[1] 12:30", "[see above] 12:30 and 14:00"])
def test_bracket_time_in_a_sentence_is_no_zoom_head(line):
    found = labels.candidate(line)
    assert not found or found.style != "timed"

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


def test_cases_are_documented_and_of_both_kinds():
    check_documented(_cases(), both_kinds=True)


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


@pytest.mark.parametrize("line, label, note", [
    ("MODERADOR", "MODERADOR", None),
    ("MIGUEL BARBOSA HUERTA, GOBERNADOR DE PUEBLA", "MIGUEL BARBOSA HUERTA", "GOBERNADOR DE PUEBLA"),
    ("PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO", "CLAUDIA SHEINBAUM PARDO", "PRESIDENTA DE MÉXICO"),
    ("ZOÉ ROBLEDO, DIRECTOR GENERAL DEL INSTITUTO MEXICANO DEL SEGURO SOCIAL (IMSS)", "ZOÉ ROBLEDO",
     "DIRECTOR GENERAL DEL INSTITUTO MEXICANO DEL SEGURO SOCIAL (IMSS)"),
    ("CRISTINA FERNÁNDEZ DE KIRCHNER, PRESIDENTA DE LA NACIÓN", "CRISTINA FERNÁNDEZ DE KIRCHNER", "PRESIDENTA DE LA NACIÓN"),
])
def test_caps_alone_line_reads_name_and_office(line, label, note):
    from generator.parse import label_caps_alone

    found = label_caps_alone.caps_alone_line(line)
    assert found and found.label == label and found.note == note and found.style == "caps-alone"


@pytest.mark.parametrize("line", ["OK", "COMM.", "I.- GEÇEN TUTANAK ÖZETİ", "CHAPTER 12", "WHAT WE DID IN THE WAR", "Moderador",
                                  "RULES OF THE HOUSE: AMENDMENTS", "WE WILL ROCK YOU!"])
def test_caps_alone_line_refuses_non_names(line):
    from generator.parse import label_caps_alone

    assert label_caps_alone.caps_alone_line(line) is None


def test_lone_caps_heading_is_no_pattern():
    """Two recurring names are needed: one line in capitals recurring above text is a section heading."""
    lines = ["Intro text here.", "", "PREGUNTAS", "Primera pregunta del público.", "", "PREGUNTAS", "Otra pregunta más."]
    assert not {"preguntas"} & labels.accept_labels(lines)


def test_caps_word_ending_a_wrapped_sentence_is_no_turn_start():
    """Spacelog's Apollo 13 transcript wraps "CDR: Okay. Understand handover, we might lose the" / "COMM." where COMM
    is also a label of the document: the line in capitals inside a block, not after a separator, starts no turn."""
    from generator.model import Block
    from generator.parse import turns

    block = Block(1, "CDR: Okay. Understand handover, we might lose the\nCOMM\nmomentarily.", 0)
    assert len(turns._label_units([block], frozenset({"cdr", "comm"}))) == 1
    block = Block(1, "Gracias.\n---\nCOMM\nBuenas tardes.", 0)
    assert len(turns._label_units([block], frozenset({"comm"}))) == 2

"""Label families of round 2 (issue 13): turn record lines, lower-case handles, time codes with unit letters,
quoted dialogue across blank lines.  The whole-document cases are in ``tests/cases/label-shapes/`` (run by
``tests/test_label_shapes.py``); here the shapes' parts and the evidence rules one by one."""

from __future__ import annotations

import pytest

from generator.parse import label_evidence, labels, layouts, structure


@pytest.mark.parametrize("line,label,note,rest", [
    ("[4;16 de novembro de 1993;O señor PRESIDENTE (Núñez Rodríguez)]", "O señor PRESIDENTE", "Núñez Rodríguez", ""),
    ("[4;16 de novembro de 1993;O señor PRESIDENTE]\n (Núñez Rodríguez):\nSeñoras", "O señor PRESIDENTE",
     "Núñez Rodríguez", "Señoras"),
    ("[12; 2001-03-04; Mr SMITH]\nThank you.", "Mr SMITH", None, "Thank you."),
])
def test_record_line_reads_the_last_field(line, label, note, rest):
    c = labels.candidate(line)
    assert c and c.style == "record" and (c.label, c.note, c.rest) == (label, note, rest)


@pytest.mark.parametrize("line", ["[4;16 de novembro de 1993;O señor PRESIDENTE] text after it", "[a b c]",
                                  "[see p. 4, appendix]"])
def test_record_shape_must_not_fire(line):
    c = labels.candidate(line)
    assert not c or c.style != "record"


def test_record_lines_only_as_a_pattern():
    once = ["[4;16 de novembro;O señor PRESIDENTE]", "Text.", "", "Ana Pérez: Ola.", "", "Ana Pérez: Adeus."]
    assert "o señor presidente" not in label_evidence.accept_labels(once)
    three = [line for _ in range(3) for line in ("[4;16 de novembro;O señor PRESIDENTE]", "Text.", "",
                                                   "[4;16 de novembro;O señor SECRETARIO]", "Si.", "")]
    assert {"o señor presidente", "o señor secretario"} <= label_evidence.accept_labels(three)


def test_handle_is_a_lower_case_word():
    assert labels.handle("darosior") and labels.handle("sipa_2")
    assert not labels.handle("the") and not labels.handle("ok") and not labels.handle("Anna")


def test_handle_accepted_only_where_not_a_word_of_the_text():
    base = ["Anna: One.", "", "Ben: Two.", "", "kanzure: three.", "", "Anna: Four.", "", "Ben: Five.", "",
            "kanzure: six.", "", "Anna: Seven.", "", "Ben: Eight."]
    assert "kanzure" in label_evidence.accept_labels(base)
    worded = base + ["", "Anna: We talked to kanzure yesterday."]
    assert "kanzure" not in label_evidence.accept_labels(worded)


@pytest.mark.parametrize("text,time", [("0h00m44s", "0h00m44s"), ("[1h02m03s]", "1h02m03s"), ("12m03s", "12m03s")])
def test_time_with_unit_letters_is_a_time(text, time):
    assert labels.time_only(text) == time


@pytest.mark.parametrize("text", ["3ms", "4m", "h2m3s", "0h00m44s."])
def test_time_with_unit_letters_must_not_fire(text):
    assert labels.time_only(text) is None


def test_leading_time_with_unit_letters_opens_a_paragraph():
    assert layouts.turn_time("0h00m44s sadly the record") == ("0h00m44s", "sadly the record")
    assert layouts.turn_time("44ms later it failed") is None


def test_quoted_dialogue_across_blank_lines():
    text = "> Question: One?\n\n> Lavrov: Two.\n\n> More.\n\nAfter."
    unquoted, _ = structure.prepare(text)
    assert unquoted == "Question: One?\n\nLavrov: Two.\n\nMore.\n\nAfter."
    single = "> Note: once.\n\n> Quoted.\n\nAfter."
    assert structure.prepare(single)[0] == single

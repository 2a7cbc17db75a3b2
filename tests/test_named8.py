"""Whose words a monologue is, and the title and date, from the page's head (round 7b of issue 13, fourth held-out
set: hg03, hg08, hh02, hh09, hh10).

A title naming the speaker with a compound surname ("Cristina Fernández de Kirchner"), a bracketed date line under
the title ("[Lunes 10 de Diciembre del 2007]"), a first line of speech that ends in a stage direction ("Muchas
gracias. (APLAUSOS)") not read as a subtitle.  Cases: ``tests/cases/named8/NAME.(txt|md|html)`` with ``NAME.yml``
(the keys of ``conftest.check_case``, plus ``date``, ``title`` and ``subtitle`` of the transcript); each names the
real source it is an excerpt of.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case
from generator.model import Block, CleanDoc
from generator.parse import clean, header, header_cover, header_titles, metadata, monologue

CASES = Path(__file__).parent / "cases" / "named8"
SUFFIXES = (".txt", ".md", ".html")


def _cases() -> list[Path]:
    return case_inputs(CASES, SUFFIXES)


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_named8_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    titled = metadata.derive_title(transcript)  # (the corpus derives a title where the document gives none)
    for key in ("date", "title", "subtitle"):
        if key in expected:
            assert getattr(titled, key) == expected[key], (key, getattr(titled, key))
    for words in expected.get("title_contains", []):
        assert words in (transcript.title or ""), transcript.title


def test_cases_documented_with_both_kinds():
    check_documented(_cases(), both_kinds=True)


@pytest.mark.parametrize("title, name", [
    ("Discurso de la Presidenta Cristina Fernández de Kirchner en la Asamblea Legislativa",
     "Cristina Fernández de Kirchner"),
    ("Discurso de Javier Pérez de Cuéllar", "Javier Pérez de Cuéllar"),
    ("Remarks by Ursula von der Leyen on trade", "Ursula von der Leyen"),
    # must not fire: an article after the particle opens a phrase; a word after the surname ends the name
    ("Discurso de la Presidenta Ana Pérez de la Asamblea", "Ana Pérez"),
    ("Discurso de la Presidenta Ana Pérez del Congreso", "Ana Pérez"),
    ("Discurso de la Presidenta Ana Pérez en la Asamblea", "Ana Pérez"),
    ("Discurso de Juan Pérez de Madrid Capital", "Juan Pérez"),
])
def test_compound_surname_in_title(title, name):
    assert monologue._phrase_name(title) == name


@pytest.mark.parametrize("subtitle, name", [
    ("Willem F. Duisenberg, President of the European Central Bank, 9 June 1998", "Willem F. Duisenberg"),
    ("Jean-Claude Trichet, President of the ECB, Frankfurt am Main, 4 May 2006", "Jean-Claude Trichet"),
    # must not fire: two people with their offices (ecb.europa.eu press conferences since 2019), a byline, no name
    ("Christine Lagarde, President of the ECB, Luis de Guindos, Vice-President of the ECB, Frankfurt am Main, "
     "19 March 2026", None),
    ("By Jane Doe, Economics Editor, 9 June 1998", None),
    ("Monetary policy decisions, 9 June 1998", None),
    ("The outlook for the euro area economy", None),
])
def test_subtitle_names_one_speaker(subtitle, name):
    found = monologue._from_subtitle(subtitle)
    assert (found.name if found else None) == name


@pytest.mark.parametrize("subtitle, iso", [
    ("Willem F. Duisenberg, President of the European Central Bank, 9 June 1998", "1998-06-09"),
    ("Remarks on the crisis of 9 June 1998 and after", None),
    ("Speech, June 1998", None),
])
def test_subtitle_closing_date(subtitle, iso):
    found = header._closing_date(subtitle)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize("value, name", [
    ("AI News & Strategy Daily | Nate B Jones", "Nate B Jones"),
    ("Nate B Jones", "Nate B Jones"),
    # must not fire: two people's names among the segments, or a channel alone
    ("Jane Doe | John Smith", None),
    ("AI News & Strategy Daily", None),
])
def test_front_matter_channel_and_person(value, name):
    assert monologue._segment_person(value) == name


@pytest.mark.parametrize("description, several", [
    ("A conversation with Jane Doe about memory.\n\nChapters\n00:00 Intro", True),
    ("More about me: https://example.org/\n\nSummary\n\nThe conversation discusses founders.", False),
])
def test_description_opening_says_what_it_is(description, several):
    assert bool(monologue.vocabulary().multi.search(monologue._what_it_says(description))) is several


@pytest.mark.parametrize("fields, title", [
    ({"video title": "Coolblue-baas over AI", "youtube video code": "8CY2kNP67eo"}, "Coolblue-baas over AI"),
    ({"title": "On Grace", "video id": "x"}, "On Grace"),
    ({"episode titel": "Folge 3"}, "Folge 3"),
    # must not fire: keys that only contain a title word inside ("Subtitle", "Title page") or none
    ({"subtitle": "A talk", "video id": "x"}, None),
    ({"title page": "none", "speaker": "Jane Doe"}, None),
])
def test_field_block_title_key(fields, title):
    assert header_cover._field_title(fields) == title


@pytest.mark.parametrize("line, title", [
    ("# Entrevista a Jheison - Estudiante", "Entrevista a Jheison - Estudiante"),
    ("# NATIONAL DEFENSE AUTHORIZATION ACT FOR FISCAL YEAR 2009", "NATIONAL DEFENSE AUTHORIZATION ACT FOR FISCAL YEAR 2009"),
    # must not fire: a PDF converter's file name (shared sample 03), a second-level heading, no heading
    ("# 20180926_transcript.pdf", None),
    ("## Entrevistadores", None),
    ("Entrevista a Jheison", None),
])
def test_page_heading(line, title):
    doc = CleanDoc(source=None, blocks=(Block(1, line + "\n## Contexto\n- Jane Doe", 0),), removed=(), fields=(),
                   labels=frozenset())
    assert header_titles._page_heading(doc) == title


def _blocks(*texts: str) -> list[Block]:
    return [Block(2 * i + 1, text, 1) for i, text in enumerate(texts)]


@pytest.mark.parametrize("texts, start", [
    (("Ladies and gentlemen, I am here today.", "### Find out more", "Webcasts of press conferences",
      "Tel.: +49 69 1344 7455", "Reproduction is permitted provided that the source is acknowledged."), 1),
    # must not fire: the last short lines of a speech lead to no heading; a sentence stops the walk
    (("I am here today to report.", "Thank you", "God bless you all",
      "Reproduction is permitted provided that the source is acknowledged."), 3),
    (("### Find out more", "That is all I wanted to say.", "Webcasts of press conferences",
      "Reproduction is permitted provided that the source is acknowledged."), 3),
])
def test_box_above_footer(texts, start):
    assert clean._box_above(_blocks(*texts), len(texts) - 1, -1) == start

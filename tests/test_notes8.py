"""Round 7, notes8: quotations credited to writings, not people (court opinions), tested on cases kept as data.

Each case is an excerpt of a real document ``tests/cases/notes8/NAME.txt`` (or ``.html``) with an expectation
``NAME.yml`` beside it, in the format of ``tests/cases/labels/`` (see ``tests/test_label_grammar.py``); each
expectation names the ``family`` of real documents it stands for and the source of the excerpt.  The whole pipeline
runs on the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case
from generator.parse import citations, quotes

CASES = Path(__file__).parent / "cases" / "notes8"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_notes8_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation_a_family_and_both_kinds():
    check_documented(_cases(), both_kinds=True)


def test_opinions_cite_law_reports_and_articles_do_not():
    """Every one of the case opinions cites reports; a news story about a ruling names it without a citation."""
    for name in ("opinion_slip_manuel.txt", "opinion_courtlistener_malloy.html"):
        assert citations.cites_writings((CASES / name).read_text(encoding="utf-8")), name
    assert not citations.cites_writings((CASES / "article_cjump_jones.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("text,cites", [
    ("See 590 Fed. Appx. 641 (2015). Id., at 643–644 (quoting Llovet v. Chicago, 761 F. 3d 759, 763 (CA7 2014)). "
     "590 Fed. Appx., at 643", True),  # Manuel v. Joliet, slip opinion
    ("367 U. S. 643, 655 ... 316 U. S. 455, 471 ... 287 U. S. 45", True),  # Malloy v. Hogan, CourtListener
    ("Katz v. United States introduced the \"reasonable expectation of privacy\" test.", False),  # a news story
    ("In Katz v. United States, 389 U. S. 347, 351 (1967), we said that", False),  # one citation in a comment
])
def test_reporter_citations_counted(text, cites):
    assert citations.cites_writings(text) is cites


@pytest.mark.parametrize("name,writing", [
    ("Fourth Amendment", True), ("Slip Opinion", True), ("Patent Act", True), ("Due Process Clause", True),
    ("Constitution's Fourth Amendment", True),
    ("Antonin Scalia", False), ("Ninth Circuit", False), ("Supreme Court", False), ("Walter Dellinger", False),
])
def test_writings_are_no_speakers_but_courts_and_people_are(name, writing):
    """Names from the opinions of pratibha99/supreme-court-transcripts and the news pages on United States v. Jones."""
    assert citations.is_writing(name) is writing


def test_a_writing_is_no_subject_of_an_attribution():
    """"The Constitution's Fourth Amendment says," (a news page on United States v. Jones) introduces a text quoted,
    whose speaker is no writing; "AFBF said" and "the Court said" keep a body's words its own."""
    assert quotes._subject("The Constitution's Fourth Amendment says, ") is None
    assert quotes._subject("..., AFBF said") == "AFBF"

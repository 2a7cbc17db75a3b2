"""Government and hearing transcripts of the fifth held-out set, government half (round 9 of issue 13: hi01-hi09).

- code-pages/: a Windows-1252 file (a pandas CSV of a hearing saved on Windows, a Notepad speech) whose curly quotes
  charset-normalizer reads as a Mac code page's accented letters ("Hereís", "ìthe recordî") is cp1252 when its
  0x80-0x9F bytes stand where quotation marks, apostrophes and dashes stand; a Mac Roman text, whose bytes there
  are letters inside words, stays Mac Roman (``written_as``: the code page the case was written in).
- turns/: a row of a table of turns whose whole text is one short bracketed note ("Audience","(APPLAUSE)") is a
  reaction, written as a note, not a turn of a pseudo-speaker.
- signature/: a name alone beside its office line in a speech page's head names the unlabelled speech's speaker.
- pages/: pages without <main> mark their banner, menus and copyright footer by class or ARIA role, and put bars
  of links (every letter linked) around the text: left out; a kicker over the <h1> is not the title; "Issued on" is not the event date.
- heads/: a date alone on the first line, a banner of fields between rule lines, a transcriber's accuracy note.
Each case is ``NAME.ext`` with ``NAME.yml`` (the expectations of ``conftest.check_case``, and ``title``, ``date``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import check_case, check_documented, converted_case
from generator.read import code_pages, files, html_text

CASES = Path(__file__).parent / "cases" / "gov9"


def _code_page_cases() -> list[Path]:
    return sorted(p for p in (CASES / "code-pages").iterdir() if p.suffix != ".yml")


def _expected(path: Path) -> dict:
    return yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", _code_page_cases(), ids=lambda p: p.stem)
def test_code_page_case(path: Path):
    expected, raw = _expected(path), path.read_bytes()
    written = raw.decode(expected["written_as"])
    for guess in ("mac_roman", "mac_iceland"):  # the guesses charset-normalizer made for such files
        found = code_pages.punctuation_page(raw, guess)
        assert found == ("cp1252" if expected["kind"] == "positive" else None), guess
    text, _ = files.decode(raw, path.name)
    assert text == written


def test_code_page_cases_have_both_kinds():
    assert {_expected(p)["kind"] for p in _code_page_cases()} == {"positive", "must-not-fire"}


@pytest.mark.parametrize("guess", ["cp1252", "cp1250", "cp1251", "latin_1"])
def test_code_page_guess_that_reads_quotes_as_quotes_is_kept(guess):
    raw = "It\u2019s \u201cthe record\u201d, we\u2019ll see.".encode("cp1252")
    assert code_pages.punctuation_page(raw, guess) is None


FOLDERS = ("turns", "signature", "pages", "heads")  # converted whole and checked with ``check_case``


def _cases(folder: str) -> list[Path]:
    return sorted(p for p in (CASES / folder).iterdir() if p.suffix != ".yml")


@pytest.mark.parametrize("path", [p for f in FOLDERS for p in _cases(f)], ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_converted_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    if "title" in expected:
        assert transcript.title == expected["title"]
    if "date" in expected:
        assert str(transcript.date) == expected["date"]
    if path.suffix == ".html":
        page_text = html_text.html_to_text(path.read_text(encoding="utf-8"))
        for words in expected.get("read_as_text", []):
            assert words in page_text


@pytest.mark.parametrize("folder", FOLDERS)
def test_cases_are_documented(folder: str):
    check_documented(_cases(folder), kinds=True)
    assert {_expected(p)["kind"] for p in _cases(folder)} == {"positive", "must-not-fire"}

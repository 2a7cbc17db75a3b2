"""Government and hearing transcripts of the fifth held-out set, government half (round 9 of issue 13: hi01-hi09).

Code pages: a Windows-1252 file (a pandas CSV of a hearing saved on Windows, a Notepad speech) whose curly quotes
charset-normalizer reads as a Mac code page's accented letters ("Hereís", "ìthe recordî") is cp1252 when its
0x80-0x9F bytes stand where quotation marks and apostrophes stand; a Mac Roman text, whose bytes there are letters
inside words, stays Mac Roman.  Cases: ``tests/cases/gov9/code-pages/NAME`` (the bytes as written) with
``NAME.yml`` (``written_as``: the code page the case was written in).
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


def _turn_cases() -> list[Path]:
    return sorted(p for p in (CASES / "turns").iterdir() if p.suffix != ".yml")


@pytest.mark.parametrize("path", _turn_cases(), ids=lambda p: p.stem)
def test_turn_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_turn_cases_are_documented():
    check_documented(_turn_cases(), kinds=True)
    assert {_expected(p)["kind"] for p in _turn_cases()} == {"positive", "must-not-fire"}


def _signature_cases() -> list[Path]:
    return sorted(p for p in (CASES / "signature").iterdir() if p.suffix != ".yml")


@pytest.mark.parametrize("path", _signature_cases(), ids=lambda p: p.stem)
def test_signature_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_signature_cases_are_documented():
    check_documented(_signature_cases(), kinds=True)
    assert {_expected(p)["kind"] for p in _signature_cases()} == {"positive", "must-not-fire"}


def _page_cases() -> list[Path]:
    return sorted(p for p in (CASES / "pages").iterdir() if p.suffix != ".yml")


@pytest.mark.parametrize("path", _page_cases(), ids=lambda p: p.stem)
def test_page_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    if "title" in expected:
        assert transcript.title == expected["title"]
    if "date" in expected:
        assert str(transcript.date) == expected["date"]
    page_text = html_text.html_to_text(path.read_text(encoding="utf-8"))
    for words in expected.get("read_as_text", []):
        assert words in page_text


def test_page_cases_are_documented():
    check_documented(_page_cases(), kinds=True)
    assert {_expected(p)["kind"] for p in _page_cases()} == {"positive", "must-not-fire"}


def _head_cases() -> list[Path]:
    return sorted(p for p in (CASES / "heads").iterdir() if p.suffix != ".yml")


@pytest.mark.parametrize("path", _head_cases(), ids=lambda p: p.stem)
def test_head_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    if "title" in expected:
        assert transcript.title == expected["title"]
    if "date" in expected:
        assert str(transcript.date) == expected["date"]


def test_head_cases_are_documented():
    check_documented(_head_cases(), kinds=True)
    assert {_expected(p)["kind"] for p in _head_cases()} == {"positive", "must-not-fire"}

"""Round 5, voices: who speaks a monologue, names across subtitle cues, titles and dates.

Each case is a small real excerpt ``tests/cases/voices5/NAME.(txt|md|html|vtt)`` with an expectation ``NAME.yml``
beside it (the keys of ``conftest.check_case``, and ``title`` / ``not_title`` / ``date``); ``source`` names where
the excerpt comes from.  The whole pipeline runs on each file (``pipeline.convert_source``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, converted_case

CASES = Path(__file__).parent / "cases" / "voices5"
SUFFIXES = (".txt", ".md", ".html", ".vtt", ".srt")


def _cases() -> list[Path]:
    return case_inputs(CASES, SUFFIXES)


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_voices_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    if "title" in expected:
        assert transcript.title == expected["title"]
    for words in expected.get("not_title", []):
        assert words not in (transcript.title or ""), transcript.title
    if "date" in expected:
        assert transcript.date == expected["date"], transcript.date


def test_every_case_has_an_expectation_and_a_source():
    import yaml
    assert _cases()
    for path in _cases():
        expected = yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))
        assert expected.get("source"), f"{path.name}: name the real source of the excerpt"


@pytest.mark.parametrize("written,iso", [
    ("Em 16 de setembro de 2025", "2025-09-16"), ("10 de junio del 2021", "2021-06-10"),
    ("16 października 2024 r.", "2024-10-16"), ("16. September 2025", "2025-09-16"),
    ("Le vendredi 3 octobre 1997", "1997-10-03"), ("(16-10-2024)", "2024-10-16"), ("16/09/2025", "2025-09-16"),
    ("31.07.2013", "2013-07-31"), ("12/15/2020", "2020-12-15"), ("中華民國101年10月26日（星期五）", "2012-10-26"),
    ("2013年 1月 10日", "2013-01-10"), ("the 7th of March 2024", "2024-03-07"),
])
def test_dates_in_other_languages_and_calendars(written, iso):
    from generator.parse import dates
    found = dates.find_date(written)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("written", ["03/04/2021", "Mars 2", "mai 7", "maja 2024"])
def test_no_date_guessed(written):
    """Digits that read both ways, and other languages' month names outside a full date, give no date."""
    from generator.parse import dates
    found = dates.find_date(written)
    assert found is None or found.iso is None or "-" not in found.iso


@pytest.mark.parametrize("written,iso", [
    ("12.06.22", "2022-06-12"), ("07.11.23", "2023-11-07"), ("13/04/21", "2021-04-13"), ("04/13/99", "1999-04-13"),
    ("3/4/21", None), ("1.2.3.4", None), ("12.06.2022", None), ("v1.2.22", None),
])
def test_a_date_field_with_a_two_digit_year(written, iso):
    """A front-matter 'date: 12.06.22' (crawled podcast pages, German and French blogs) is a date; read by the
    rules of four-digit dates (dots: day first; slashes: only where one reading is possible)."""
    from generator.parse import dates
    assert dates.field_date(written) == iso


def test_a_date_written_with_its_year_is_not_said_to_lack_one():
    from types import SimpleNamespace
    from generator.site.render import date_display
    shown = date_display(SimpleNamespace(date=None, date_text="03/04/2024"))
    assert shown == "03/04/2024"
    assert date_display(SimpleNamespace(date=None, date_text="March 3")) == "March 3 (year not given)"


def test_zoom_role_label_needs_a_capitalised_name():
    from generator.read import subtitles
    assert subtitles.role_label("Ashlee Kupor (SL): Okay, great.") == ("Ashlee Kupor (SL)", "Okay, great.")
    assert subtitles.role_label("and then (laughs): so") is None

"""Held-out failures of round 5 (issue 13, points 4(b) and header reading), tested on cases kept as data.

Each case is a small document ``tests/cases/silent4/NAME.(txt|md|srt)`` with an expectation ``NAME.yml`` in the
format of ``tests/cases/labels/`` (see ``conftest.check_case``), naming the family of documents it stands for:
never narration only (a record in a language whose pronouns were not listed, a long third-person record that is
no article, caption timings read as text), a transcript held in front matter, and titles and dates read from the
header and the front matter; the must-not-fire cases beside each.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import CASE_KINDS, case_inputs, check_case, converted_case
from generator.parse import monologue

CASES = Path(__file__).parent / "cases" / "silent4"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html", ".srt"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_silent4_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    if "title" in expected:
        assert transcript.title == expected["title"]
    if "title_not" in expected:
        assert transcript.title != expected["title_not"]
    if "date" in expected:
        assert transcript.date == expected["date"]


def test_every_case_has_an_expectation():
    assert _cases() and all(p.with_suffix(".yml").exists() for p in _cases())
    kinds = {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in _cases()}
    assert kinds == CASE_KINDS


@pytest.mark.parametrize("line,short", [
    ("0:00:01.040,0:00:04.670", ""),  # a SubViewer cue timing: no letter, no name
    ("[00:03:23]", ""),
    ("**Anna**  0:37", "anna"),  # a name line with its time code still counts
])
def test_short_line_needs_a_letter(line, short):
    assert monologue._short_line(line) == short


def test_italian_pronouns_count_as_first_person():
    text = "Chiedo a voi di rispettare la durata e rivolgo a tutti voi il mio saluto , come il nostro gruppo chiede ."
    assert monologue.first_person_share(text) >= monologue.FIRST_PERSON_MIN


@pytest.mark.parametrize("written,iso", [
    ("2025-12-10T00:00:00.000Z", "2025-12-10"),  # Astro's pubDate, quoted: an ISO date and time
    ("2025-12-10", "2025-12-10"),
    ("2025-12-101", None),  # no date: digits run on
])
def test_iso_date_with_a_time(written, iso):
    from generator.parse import dates
    found = dates.find_date(written)
    assert (found.iso if found else None) == iso


def test_front_transcript_keys_are_data():
    from generator.read import front_transcript
    sections = front_transcript.keys()
    assert {"transcription", "transcript", "utterances"} <= set(sections["transcript"])
    assert "text" in sections["text"] and "speaker" in sections["speaker"]


@pytest.mark.parametrize("text", [
    "Jeg vil gerne takke jer for invitationen, og vi ser frem til at arbejde sammen.",  # Danish
    "Ik wil de minister bedanken, en wij steunen het voorstel van mijn fractie.",  # Dutch
])
def test_more_languages_count_as_first_person(text):
    assert monologue.first_person_share(text) >= monologue.FIRST_PERSON_MIN


@pytest.mark.parametrize("text", [  # words of other languages spelled like a pronoun are not counted
    "The minister was in the room when the vote was taken and the bill was passed by the house.",
    "Le ministre a dit que le projet du gouvernement était prêt et il a dit qu'il serait voté en onze jours.",
    "Der Minister kam mit dem Entwurf, er sagte, ja, der Entwurf sei fertig.",
])
def test_third_person_stays_third_person(text):
    assert monologue.first_person_share(text) < monologue.FIRST_PERSON_MIN


@pytest.mark.parametrize("line,speech", [
    ("our first question will be what do you see as the biggest issue facing the district", True),  # ASR caption
    ("okay so let's get started with the first question", True),  # all lower case: a sentence
    ("<https://twitter.com/kanzure/status/1133202672570519552>", False),  # a link under a title stays header
    ("slides: <https://example.org/deck.pdf>", False),
    ("c-lightning Q and A session", False),  # a lower-case brand opening a title (bitcointranscripts)
    ("iPhone Launch Event", False),
    ("Town Meeting on the Library", False),
])
def test_lower_case_line_is_speech_not_title(line, speech):
    from generator.parse import header_cover
    assert header_cover.lower_case_speech(line) is speech

"""Meeting minutes written by a scribe and chat logs (``tests/cases/minutes7/``), and oral-history cover blocks
(``tests/cases/oral7/``) (round 7), tested on cases kept as data.

Each case is an excerpt of a real page ``tests/cases/minutes7/NAME.md`` (or ``.txt``) with an expectation
``NAME.yml`` beside it, in the format of ``tests/cases/labels/`` (see ``tests/test_label_grammar.py``), naming the
``family`` of real documents it stands for and its source; ``speakers_include`` lists speakers the document must
have; ``evidence_only`` cases are checked on the label rule's own evidence (``label_minutes``), not converted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, check_documented, converted_case

CASES = Path(__file__).parent / "cases" / "minutes7"
SILENT3 = Path(__file__).parent / "cases" / "silent3"
ORAL = Path(__file__).parent / "cases" / "oral7"  # oral-history cover blocks


def _expected(path: Path) -> dict:
    return yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))


def _cases() -> list[Path]:
    return [p for p in case_inputs(CASES, (".txt", ".md", ".html")) if not _expected(p).get("evidence_only")]


def _minutes_handles(path: Path) -> set[str]:
    from generator.parse import labels  # noqa: F401  (labels first: it loads the evidence rules)
    from generator.parse import label_evidence, label_minutes

    lines = path.read_text(encoding="utf-8").split("\n")
    return label_minutes.minutes_handles(label_evidence.evidence(lines), set())


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_minutes7_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    for name in expected.get("speakers_include", []):
        assert name in names.values(), sorted(names.values())


def test_every_case_has_an_expectation_and_a_family():
    check_documented(case_inputs(CASES, (".txt", ".md", ".html")), kinds=True)


@pytest.mark.parametrize("path", [p for p in case_inputs(CASES, (".txt", ".md", ".html"))
                                  if _expected(p)["kind"] == "must-not-fire"]
                         + [SILENT3 / "handle_prefixed_list.md", SILENT3 / "handle_field_words.md"],
                         ids=lambda p: p.stem)
def test_minutes_handles_must_not_fire(path: Path):
    """YAML keys, code blocks, a changelog's prefixes and 'note:' lines are no scribe's handles."""
    assert _minutes_handles(path) == set()


def test_minutes_handles_fire_on_scribe_initials():
    assert {"mk", "ek", "dr", "bf", "tm", "dp", "de"} <= _minutes_handles(CASES / "w3c_wot_main_scribe_initials.md")


@pytest.mark.parametrize("handle,name", [("mk", "Michael Koster"), ("jthomas", "Josh Thomas"), ("ege", "Ege Korkan"),
                                         ("benfrancis", "Ben Francis"), ("sebastian", "Sebastian Kaebisch")])
def test_roster_names_a_handle(handle, name):
    from generator.parse import minutes_roster

    lines = ["Present", "    Ben_Francis, Josh_Thomas, Ege_Korkan, Sebastian_Kaebisch", "Chair", "    Michael Koster"]
    assert minutes_roster.handle_names(lines, {handle}) == {handle: name}


def test_roster_keeps_an_ambiguous_handle():
    """Two roster names with the initials 'de' (or none): the handle keeps its letters."""
    from generator.parse import minutes_roster

    lines = ["Attendees:", "- David Ezell", "- Daniel Eads", "- Dave Raggett"]
    assert minutes_roster.handle_names(lines, {"de", "zz"}) == {}


# Oral-history cover blocks
@pytest.mark.parametrize("path", case_inputs(ORAL), ids=lambda p: p.stem)
def test_oral_cover_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_oral_case_has_an_expectation_and_a_family():
    check_documented(case_inputs(ORAL), kinds=True)


def test_interviewer_labels_with_questions_stay_labels():
    """Must not fire: 'Interviewer:' opening the questions of a dialogue is a speaker label, not a cover field
    (its words are a question, not a name)."""
    path = Path(__file__).parent / "cases" / "labels" / "field_key_source_interview.txt"
    _, transcript, names, speech = converted_case(path)
    assert [names[t.speaker] for t in speech][:2] == ["Interviewer", "Source"]


@pytest.mark.parametrize("rest,credited", [
    ("An Interview Conducted by Peter Asaro, IEEE History Center, 16 September 2014", "Peter Asaro"),
    ("Interviewed by Rebecca Wright", "Rebecca Wright"),
    ("When you were interviewed by The Washington Post, you said", None),
    ("I was interviewed by the press", None),
])
def test_credit_phrase_opens_the_words(rest, credited):
    from generator.parse import labels  # noqa: F401  (labels first: it loads the evidence rules)
    from generator.parse import oral_cover

    assert oral_cover._credit(rest) == credited


@pytest.mark.parametrize("line,link", [
    ("-> https://github.com/w3c/wot/pull/1270", True),  # w3c/wot minutes/main/20260225/Readme.md
    ("->https://github.com/w3c/wot/tree/main/minutes/main/20260121#use-cases-and-requirements-note", True),
    ("w3c/transitions#728", True),  # w3c/wot minutes/main/20251029/Readme.md
    ("-> none", False),  # w3c/wot minutes/main/20260218/Readme.md: the scribe's answer, not a link
    ("<Ege> https://framapad.org/abc/en/ is an alternative", False),
])
def test_minutes_link_line(line, link):
    from generator.parse import labels  # noqa: F401
    from generator.parse import minutes_notes

    assert minutes_notes._link(line, frozenset()) is link


def test_html_elements_are_no_irc_nicknames():
    """Must not fire: raw HTML list items and cells ("<li> ...", "<td> ...") that the document closes are markup."""
    from generator.parse import labels  # noqa: F401
    from generator.parse import label_evidence, label_minutes

    lines = ["<ul>", "<li> first item", "<li> second item", "</li>", "<td> a cell", "</td>", "<td> another", "</ul>"]
    assert label_minutes.irc_nicks(label_evidence.evidence(lines), set()) == set()

"""Families of the tenth held-out set (round 11, sets hs and ht; ``devcorpus/holdout/SCORES.md``).

* Embedded media and scripts in Markdown are taken out only as far as their own element goes and listed
  (``read/embeds``; ht05's flashcards lost 32 KB after a self-closed ``<iframe ... />``).  Cases: ``embeds_*``.
* Two voices told apart only by layout (``parse/layout_voices``, hooked in ``marked_qa.dialogue``): answers opening
  with a speech dash (italic or not) after plain or heading questions (ht01, ht06), host's questions as headings that
  run to sentences (ht04); the interviewee named by a name alone above the interview or in the page header.  A page's
  own ``<header>`` with one link back home is its heading (``read/html_text``).  Cases: ``voices_*``.
* Speakers named in metadata: "Interview mit NAME" in a subtitle names the answerer and no host (``layouts``,
  ``interviewee.person_in``); "X reçoit Y" in a podcast description names both.  Cases: ``names_*``.
Each case: ``NAME.md`` (or ``.html``) with ``NAME.yml`` (the format of ``tests/test_media9.py``), under
``cases/fixS/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case

CASES = case_inputs(Path(__file__).parent / "cases" / "fixS", (".md", ".html"))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fixS_case(path: Path):
    check_case(*converted_case(path))


def test_cases_are_documented_with_both_kinds():
    check_documented(CASES, both_kinds=True)


# --- rules whose must-not-fire side is a line or a field, not a document (``check_case`` reads no dates or titles)
def test_a_dotted_date_is_read_month_first_only_where_the_document_writes_it_so():
    from generator.parse import dates

    us = "- Meeting Date: 01.09.2024\n\nAgenda Item E-8 January 9, 2024 City Commission Chambers"  # hs05, lines 11, 40
    assert dates.settled("2024-09-01", "01.09.2024", us) == "2024-01-09"
    # must not fire: a German record that writes the day-first reading out, or writes no other date
    assert dates.settled("2024-09-01", "01.09.2024", "Datum: 01.09.2024\n\nSitzung vom 1. September 2024") == "2024-09-01"
    assert dates.settled("2024-09-01", "01.09.2024", "Datum: 01.09.2024") == "2024-09-01"
    assert dates.settled("2024-07-31", "31.07.2024", "July 31, 2024") == "2024-07-31"  # one reading only


def test_a_title_names_its_person_only_before_a_colon_and_as_capitalised_words():
    from generator.parse import quotes

    assert quotes.title_person("Bộ trưởng, Chủ nhiệm VPCP Mai Tiến Dũng: Ngành Hải quan đã cải cách vô cùng lớn") \
        == "Mai Tiến Dũng"
    assert quotes.title_person("Temui Jokowi, Prabowo Ceritakan Berbagai Hasil Perjalanan ke Luar Negeri") is None
    assert quotes.title_person("Interview: the minister on customs reform") is None
    assert quotes.title_person("The government announced today what it had decided about the reform: nothing") is None


def test_a_given_name_attributes_a_quote_only_when_no_other_person_quoted_has_it():
    from generator.parse import quotes

    people = ["Prabowo Subianto", "Joko Widodo"]
    text = '"Saya cerita," kata Prabowo usai pertemuan. Menurut Jokowi, ...'  # ht02, lines 15 and 17
    names = quotes._Names(people, None, frozenset(), quotes._called(people, text))
    assert names.find("kata Prabowo usai pertemuan") == "Prabowo Subianto"
    # must not fire: two people quoted are called John; a given name the text also writes as a word ("Like
    # Blizzard": "like"); a given name the text never uses alone after a speech verb (Lex Fridman transcripts)
    shared = ["John Smith", "John Brown"]
    assert quotes._Names(shared, None, frozenset(), quotes._called(shared, "said John.")).find("John said") is None
    assert quotes._Names(["Like Blizzard"], None, frozenset({"like"}), frozenset({"Like Blizzard"})).find(
        "Like he said") is None
    assert quotes._Names(["Paul Rosolie"], None).find("Paul told me") is None


def test_escaped_quote_marks_are_read_outside_code_only():
    from generator.read import md_escapes

    assert md_escapes.unescape('\\"Saya cerita,\\" kata Prabowo') == '"Saya cerita," kata Prabowo'
    assert md_escapes.unescape('run `echo \\"x\\"` now') == 'run `echo \\"x\\"` now'
    assert md_escapes.unescape('```\nprint(\\"x\\")\n```') == '```\nprint(\\"x\\")\n```'
    assert md_escapes.unescape("Mr. Wuermeling\\'s speech") == "Mr. Wuermeling\\'s speech"  # (other escapes as written)


def test_a_wrapped_title_heading_stays_one_title():
    from conftest import converted_case

    _, transcript, _, _ = converted_case(Path(__file__).parent / "cases" / "fixS" / "heading_wrapped_title_press_es.md")
    assert transcript.title.endswith("López Obrador del 10 de junio de 2021")


def test_a_comment_section_in_the_first_half_is_no_section():
    from generator.read import comment_sections

    # must not fire: a marked element before the article's text (a comments box under the title)
    text = '<h5 class="comments-h">9 Kommentare</h5>\n\n' + "Raten? Ich würde darauf hinwirken. " * 40
    assert comment_sections.strip(text) == (text, [])

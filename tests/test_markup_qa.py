"""Interviews whose questions and answers are told apart by markup or a dash, not by a label (``parse/marked_qa``).

Each case is an excerpt of a real interview, FAQ, README or story ``tests/cases/markup_qa/NAME.md`` (or ``.html``)
with an expectation ``NAME.yml`` beside it, in the format of ``tests/cases/labels/`` (see
``tests/test_label_grammar.py``); each expectation names the ``family`` of real documents it stands for and the
source of the excerpt.  The whole pipeline runs on the file (``pipeline.convert_source``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case

CASES = Path(__file__).parent / "cases" / "markup_qa"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_markup_qa_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation_and_a_family():
    check_documented(_cases(), kinds=True)


def test_markdown_bold_lines_are_kept_by_number():
    """The reader takes the bold marks out of the text and keeps the lines that were one bold run: Markdown
    "**...**" (after a heading or list mark too) and raw HTML "<p><strong>...</strong></p>"; a line with bold
    and plain words, or two bold runs, is not one."""
    from generator.read import formats

    text = ("**How did you start?**\n\nI was 14.\n\n**Bold** and plain.\n\n#### **What now?**\n\n"
            "**A** and **B**\n\n<p><strong>Why Rails?</strong></p>\n")
    plain, bold = formats.markdown_with_bold(text)
    assert plain == formats.markdown_to_text(text)
    lines = plain.split("\n")
    assert sorted(lines[i].strip() for i in bold) == ["#### What now?", "How did you start?", "Why Rails?"]


def test_html_bold_lines_leave_the_text_unchanged():
    """A page's paragraphs that are one <b>/<strong> run are kept by number; the text is what it was without the
    marks (the parser's private-use marks never reach it)."""
    from generator.read import formats

    page = ("<html><body><p><b>Can you tell us about yourself?</b></p><p>I trained as an artist.</p>"
            "<p><strong>Mr. SMITH:</strong> Thank you.</p><p>A <b>bold</b> word.</p></body></html>")
    text, bold = formats.html_with_bold(page)
    assert text == formats.html_to_text(page) and "\ue000" not in text and "\ue001" not in text
    assert [text.split("\n")[i] for i in sorted(bold)] == ["Can you tell us about yourself?"]

"""Issue 13, point 7, round 6: the clean stage made faster with its output unchanged.

Every function rewritten for speed is checked here against the formulation it replaced (kept below as the
reference), on the seeds and the shared samples and on random text built from the characters each one reads; the
pre-tests are checked to skip what they should.  Speed itself is the bench's business (``bench/convert.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_parse_speed import _Counted  # (a pattern that counts its calls)

from generator.model import Block, Removal, Source
from generator.parse import clean, clean_rules, inline_margins, structure, underlined
from generator.read import files

CHECKOUT = Path(__file__).resolve().parent.parent
TEXTS = [*sorted((CHECKOUT / "seeds").glob("*.txt")), *sorted((CHECKOUT / "tests" / "fixtures" / "samples").glob("*.txt"))]
EXAMPLES = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    assert len(TEXTS) >= 10, "the seeds and the samples are the real texts of these tests"
    return [files.read_source(path).text for path in TEXTS]


@pytest.fixture(scope="module")
def real_lines(real_texts) -> list[str]:
    return [line.strip() for text in real_texts for line in text.split("\n")]


# --- inline_margins: loose numbers found by a pattern that opens with a digit class, and only their lines read
NUMBERED_TEXT = st.text(alphabet=st.sampled_from("0123456789 \t\nPpage.x\u2009\u00a0"), max_size=300)


def _old_loose(text: str) -> list[int]:
    return [m.start() for m in inline_margins.LOOSE_NUMBER.finditer(text)]


def test_loose_numbers_are_the_old_patterns_on_real_texts(real_texts):
    for text in real_texts:
        assert list(inline_margins._loose_numbers(text)) == _old_loose(text)
        assert inline_margins._too_few_numbers(text) == (len(_old_loose(text)) < inline_margins.LOOSE_NEEDED)


@EXAMPLES
@given(NUMBERED_TEXT)
def test_loose_numbers_are_the_old_patterns_on_random_text(text):
    assert list(inline_margins._loose_numbers(text)) == _old_loose(text)


def _court_text() -> str:
    pages = []
    for page in range(1, 4):
        lines = " ".join(f"{n} MR. SMITH: line {n} of page {page}, said in court." for n in range(1, 26))
        pages.append(f"Page {1330 + page} {lines}")
    return "\n".join(pages)


@EXAMPLES
@given(NUMBERED_TEXT)
def test_margins_read_from_the_numbered_lines_only_are_the_same(text):
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    numbered = {next(i for i in range(len(lines) - 1, -1, -1) if offsets[i] <= at)
                for at in inline_margins._loose_numbers(text)}
    assert inline_margins._margins(lines, numbered) == inline_margins._margins(lines)


def test_unflatten_still_sets_court_lines_apart():
    text, cover, removed = inline_margins.unflatten(_court_text())
    assert "MR. SMITH: line 7 of page 2, said in court." in text.split("\n")
    assert removed and removed[0].reason == "margin line numbers"


# --- underlined.headings: the underlines found by one search of the text, not a test of each line
def _old_headings(text: str) -> str:
    openers = set("=-~^\"'`#*+:._")
    if "\n" not in text or not any(line[:1] in openers for line in text.split("\n")[1:]):
        return text
    lines = text.split("\n")
    changed = False
    for index in range(1, len(lines)):
        under = underlined.ADORNMENT.match(lines[index])
        title = lines[index - 1].rstrip()
        if not under or not underlined.TITLE.match(title) or len(title) > underlined.HEADING_CHARS \
                or underlined.ADORNMENT.match(title) or len(lines[index].rstrip()) < len(title) \
                or title.startswith("#") or underlined._spoken(title):
            continue
        above = index - 2
        if above >= 0 and lines[above].strip() and not (underlined.ADORNMENT.match(lines[above])
                                                        and lines[above][0] == lines[index][0]):
            continue
        if above >= 0 and lines[above].strip():
            lines[above] = ""
        lines[index - 1], lines[index] = f"## {title}", ""
        changed = True
    return "\n".join(lines) if changed else text


UNDERLINED_TEXT = st.lists(st.sampled_from(["===", "-----", "===  ", "~~~~~~~~~~~~", "Title", "A title here", "",
                                            "  indented", "ANNA: a turn", "..", "***", "# x", "=== x", "\t"]),
                           max_size=12).map("\n".join)


def test_underlined_headings_are_the_old_ones_on_real_texts(real_texts):
    for text in real_texts + ["7 March 2024\n============\nWords.", "=====\nTitle\n=====\n\nText"]:
        assert underlined.headings(text) == _old_headings(text)


@EXAMPLES
@given(UNDERLINED_TEXT)
def test_underlined_headings_are_the_old_ones_on_random_text(text):
    assert underlined.headings(text) == _old_headings(text)


# --- structure.prepare: margin-numbered lines counted by one search before each line is read
MARGIN_TEXT = st.lists(st.sampled_from(["12 Q. Did you", "  3", "3 ", "123 x", "4\tA. Yes", "", "  ", "x 5 y", "25"]),
                       max_size=60).map("\n".join)


@EXAMPLES
@given(MARGIN_TEXT)
def test_margin_lines_are_counted_as_the_lines_margin_matches(text):
    counted = sum(1 for line in text.split("\n") if structure.MARGIN.match(line))
    assert structure._margin_lines(text) == min(counted, structure.MARGIN_MIN_LINES)
    assert structure.prepare(text) == (_old_prepare(text))


def _old_prepare(text: str, first_line: int = 1):
    # (a corpus's utterance ids come off first: a step of its own, not part of the margin pre-count's edit)
    lines, removed = structure.utterance_ids.unidentified(text.split("\n"), first_line)
    unnumbered = structure._unmargined(lines)
    if unnumbered is not lines:
        at = next(i for i, (a, b) in enumerate(zip(lines, unnumbered)) if a != b)
        numbers = [int(m.group("number")) for line in lines if (m := structure.MARGIN.match(line))]
        removed.append(Removal(first_line + at, f"{len(numbers)} line numbers in the margin (1 to {max(numbers)} "
                               "on each page)", "margin line numbers"))
    items = structure.list_labels.unbulleted(unnumbered, first_line, removed)
    if items is lines and ">" not in text and not removed:
        return text, removed
    return "\n".join(structure._unquoted_dialogue(items)), removed


def test_prepare_is_unchanged_on_real_texts(real_texts):
    for text in real_texts + ["\n".join(f"{n % 25 + 1}   Q. Line {n}." for n in range(60))]:
        assert structure.prepare(text) == _old_prepare(text)


# --- structure.split_blocks: a line stripped once
def _old_split_blocks(text: str, first_line: int = 1) -> list[Block]:
    """The blocks as the runs of lines that are not blank (spaces and tabs only), read run by run."""
    lines = text.split("\n")
    blank = [not line.strip(" \t") for line in lines]
    blocks, index = [], 0
    while True:
        after = index
        while index < len(lines) and blank[index]:
            index += 1
        if index == len(lines):
            return blocks
        start = index
        while index < len(lines) and not blank[index]:
            index += 1
        blocks.append(Block(first_line + start, "\n".join(x.strip() for x in lines[start:index]), start - after))


@EXAMPLES
@given(st.text(alphabet=st.sampled_from("ab \t\n\u2003\u3000:"), max_size=200))
def test_split_blocks_is_the_old_one(text):
    assert structure.split_blocks(text, 7) == _old_split_blocks(text, 7)


def test_split_blocks_is_the_old_one_on_real_texts(real_texts):
    for text in real_texts:
        assert structure.split_blocks(text) == _old_split_blocks(text)


# --- structure._shape: a line with a number found with a digit class
def _old_shape(line: str) -> str | None:
    if len(line) > structure.HEADER_CHARS or not structure.DIGITS.search(line) or structure.PAGE_NUMBER.match(line) \
            or structure.OUTLINE_ITEM.match(line):
        return None
    code = structure.JOB_CODE.match(line)
    if code and len(structure.DIGITS.findall(code.group())) >= structure.JOB_CODE_NUMBERS:
        return structure.DIGITS.sub("#", code.group()) + " ..."
    return structure.DIGITS.sub("#", structure._sided(line))


def test_shape_is_the_old_one(real_lines):
    for line in real_lines + ["1234", "\u0661\u0662", "12345", "O5S1GUO1 page 3", "21 06-52988", "1.- Item"]:
        assert structure._shape(line) == _old_shape(line)


# --- clean_rules: a contents list and a link list turned down by their first lines; the headings registry asked
# only about a heading or a production marker
def _old_is_contents(text: str, headings: frozenset[str]) -> bool:
    lines = text.split("\n")
    items = [m.group(1) for line in lines if (m := clean_rules.LIST_ITEM.match(line))]
    if len(items) < clean_rules.CONTENTS_MIN_ITEMS or len(items) < len(lines) - 1:
        return False
    titled = bool(clean_rules.CONTENTS_TITLE.match(lines[0]))
    return titled or sum(clean_rules.key(i) in headings for i in items) >= min(clean_rules.CONTENTS_MIN_ITEMS,
                                                                               len(items) / 2)


LIST_TEXT = st.lists(st.sampled_from(["- Intro", "* Questions", "1. Answers", "Contents", "text", "- ", "",
                                      "https://x.org/a", "Link: www.x.org", "2) Close"]), max_size=8).map("\n".join)


@EXAMPLES
@given(LIST_TEXT)
def test_contents_and_links_are_the_old_tests(text):
    headings = frozenset({"intro", "questions", "answers"})
    assert clean_rules.is_contents(text, headings) == _old_is_contents(text, headings)
    assert clean_rules._links(text) == all(clean_rules.LINK_LINE.match(x) for x in text.split("\n"))


def test_heading_at_is_the_registry_answer(real_texts):
    headings = frozenset({"ROUTINE PROCEEDINGS", "GOVERNMENT ORDERS"})
    texts = real_texts + ["Done.\nROUTINE PROCEEDINGS\nMR. A: Yes.\nCommercial Break\nB: No.\nGOVERNMENT ORDERS"]
    for text in texts:
        lines = text.split("\n")
        for index in range(len(lines)):
            for known in (headings, frozenset()):
                rule, _ = clean_rules.DIALOGUE_HEADINGS.first("speech", lines, index, frozenset({"mr a"}), known)
                assert clean_rules.heading_at(lines, index, frozenset({"mr a"}), known) == (rule is not None)


def test_heading_pre_test_knows_every_rule_of_the_registry():
    """``heading_at`` skips the registry for a line that is neither one of the headings nor a production marker:
    each rule of the registry needs one of the two (a new rule needs its own pre-test there)."""
    # ("record topic", record_topics, and "bold heading", bold_headings: the line is one of the headings, which the
    # pre-test asks first; a bold heading's marked copy is among them beside it)
    assert {rule.name for rule in clean_rules.DIALOGUE_HEADINGS} == {"capitals heading", "production marker",
                                                                     "segment title", "record topic", "bold heading"}


# --- clean: the page footer reads a block's length and the run after it before searching it
def test_footer_start_does_not_search_a_block_followed_by_a_long_one(monkeypatch):
    counted = _Counted(clean.LICENCE)
    monkeypatch.setattr(clean, "LICENCE", counted)
    blocks = [Block(i * 2 + 1, "Words of the speech. " * (30 if i % 2 else 1), 1) for i in range(40)]
    short = clean._short_runs(blocks)
    assert clean._footer_start(blocks, -1, short) == len(blocks)
    assert counted.calls == 0  # every block is followed by a long one: none is a footer, none is searched


def test_clean_is_unchanged_on_a_page_with_a_footer():
    text = "Title\n\n" + "\n\n".join(f"ANNA: Question {n}?\n\nBOB: Answer {n}." for n in range(5)) + \
        "\n\nAll rights reserved.\n\nSupport our work: donate\n\nShare this"
    source = Source(path=Path("x.txt"), name="x.txt", raw=text.encode(), text=text, encoding="utf-8")
    doc = clean.clean(source)
    assert [(r.text, r.reason) for r in doc.removed] == [  # (as on main before the edit)
        ("All rights reserved.", "licence line (kept as metadata)"), ("Support our work: donate", "donation appeal"),
        ("Share this", "page footer")]
    assert [(f.key, f.value) for f in doc.fields] == [("License", "All rights reserved.")]


def test_section_key_still_comes_off():
    removed = []
    block = Block(3, "FULL TRANSCRIPT:\nWords of the video.", 1)
    assert clean._without_section_key(block, frozenset(), removed) == Block(4, "Words of the video.", 1)
    assert clean._without_section_key(Block(3, "Transcript：", 1), frozenset(), removed) is None
    plain = Block(3, "No key here\nTRANSCRIPT:", 1)
    assert clean._without_section_key(plain, frozenset(), removed) is plain
    assert len(removed) == 2

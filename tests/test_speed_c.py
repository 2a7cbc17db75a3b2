"""Speed edits of the read and clean stages (round 5) change no output: each rewritten function gives what the old
one gave, and each skips the work it is meant to skip.

The old formulations are kept here as the reference and compared with the new ones on the real transcripts of the
repository (the seeds and the shared samples) and on random text made of the characters they care about.  No test
here is timed: the bench (``bench/convert.py``) measures the speed.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model import Block
from generator.parse import clean, head_blocks, labels, line_table, structure
from generator.read import files, formats

ROOT = Path(__file__).resolve().parent.parent
REAL = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "samples").glob("*.txt"))
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _blocks(path: Path) -> list[Block]:
    source = files.read_source(path)
    text, _ = structure.prepare(source.text, source.body_line)
    return structure.split_blocks(text, source.body_line)


@pytest.fixture(scope="module")
def real_blocks() -> list[list[Block]]:
    assert len(REAL) >= 10
    return [_blocks(path) for path in REAL]


class _Counted:
    """A compiled pattern that counts the calls of its methods (to show that a cheap pre-test skips it)."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def __getattr__(self, name):
        method = getattr(self.pattern, name)
        if not callable(method):
            return method

        def counted(*args, **kwargs):
            self.calls += 1
            return method(*args, **kwargs)
        return counted


# --- clean._spaced: one scan of the joined blocks finds the blocks that miss a space (was one substitution a block)
def _old_spaced(kept: list[Block]) -> list[Block]:
    return [b if (spaced := clean.MISSING_SPACE.sub(r"\g<0> ", b.text)) is b.text else Block(b.line, spaced, b.gap_before)
            for b in kept]


def test_spaced_is_the_old_substitution_on_real_blocks(real_blocks):
    for blocks in real_blocks:
        assert clean._spaced(blocks) == _old_spaced(blocks)


@SETTINGS
@given(st.lists(st.text(alphabet="ab AB.,!?\n", min_size=1, max_size=20), max_size=6))
def test_spaced_is_the_old_substitution(texts):
    blocks = [Block(i + 1, text, 0) for i, text in enumerate(texts)]
    new, old = clean._spaced(blocks), _old_spaced(blocks)
    assert new == old
    assert all(a is b for a, b in zip(new, old) if a.text is b.text)  # a block with nothing to add is kept as it is


# --- clean._turn_labels: the labels are counted only when a field key is among them
def _old_turn_labels(blocks, accepted):
    tables = [line_table.block(b.text) for b in blocks]
    openers = [c for table in tables for c in table.candidates if c]
    counts = Counter(c.key for c in openers)
    counts.update(labels.label_key(m.group("label")) for table in tables for line in table.lines
                  for m in labels.labels_inside(line))
    caps = {c.key for c in openers if c.key in accepted and clean._capitals(c.label)}
    keys = {labels.label_key(m.group("key")) for b in blocks if (m := clean.FIELD_LINE.match(b.text.strip()))}
    as_labels = frozenset(k for k in keys & accepted if counts[k] >= 2 or k in caps and len(caps - {k}) >= 1)
    return accepted - (keys - as_labels), as_labels


def test_turn_labels_are_the_old_ones_on_real_documents(real_blocks):
    for blocks in real_blocks:
        accepted = labels.accept_labels(structure.lines_and_gaps(blocks))
        for keys in (accepted, accepted | {"source", "speaker", "interviewer"}):
            assert clean._turn_labels(blocks, keys) == _old_turn_labels(blocks, keys)


def test_turn_labels_count_nothing_without_a_field_key(monkeypatch):
    calls = []
    inside = labels.labels_inside
    monkeypatch.setattr(labels, "labels_inside", lambda line: calls.append(line) or inside(line))
    blocks = [Block(1, "ANNA: Hello there.", 0), Block(3, "BOB: Hi. ANNA: Yes.", 1)]
    assert clean._turn_labels(blocks, frozenset({"anna", "bob"})) == (frozenset({"anna", "bob"}), frozenset())
    assert not calls
    blocks.append(Block(5, "Speaker: ANNA", 1))
    clean._turn_labels(blocks, frozenset({"anna", "bob", "speaker"}))
    assert calls  # a field key among the labels: the labels are counted


# --- structure._same_or_counting: the numbers of a running-head shape, read place by place
def _old_same_or_counting(numbers: list[list[int]]) -> bool:
    same = all(n == numbers[0] for n in numbers)
    counting = all(len(a) == len(b) and all(0 <= y - x <= structure.PAGE_STEP_MAX for x, y in zip(a, b))
                   for a, b in zip(numbers, numbers[1:])) and any(a != b for a, b in zip(numbers, numbers[1:]))
    return same or counting


@SETTINGS
@given(st.lists(st.lists(st.integers(0, 6), min_size=0, max_size=3), min_size=1, max_size=8))
def test_same_or_counting_is_the_old_reading(numbers):
    assert structure._same_or_counting(iter(numbers)) == _old_same_or_counting(numbers)


def test_same_or_counting_stops_at_the_first_place_that_decides():
    read = []

    def places():
        for n in ([5, 10], [7, 3], [1, 1], [2, 2], [3, 3]):
            read.append(n)
            yield n
    assert not structure._same_or_counting(places())
    assert len(read) == 2  # time codes neither stay nor count: given up at the second place


# --- structure.furniture: the lines before the first turn only are tested for contents, rosters, prompts
def test_before_dialogue_tests_only_the_lines_before_the_first_turn(monkeypatch):
    counted = _Counted(structure.CHROME)
    monkeypatch.setattr(structure, "CHROME", counted)
    lines = "Title of the talk\nA header line\n" + "\n".join(f"ANNA: Line {n} of the talk.\nBOB: Yes {n}."
                                                               for n in range(20))
    found, rosters = structure.furniture([Block(1, lines, 0)])
    assert not found and not rosters
    assert counted.calls == 2  # the two header lines, not the 42 lines


def test_furniture_is_unchanged_on_real_documents_with_a_roster_and_contents():
    text = ("HEARING BEFORE THE COMMITTEE\n\nCONTENTS\nOpening statement\nTestimony of Ann Lee\nQuestions\n\n"
            "HEARING BEFORE THE COMMITTEE\n\nWITNESSES:\nAnn Lee, Director\nBob Roe, Counsel\n\n"
            + "\n\n".join(f"THE CHAIRMAN: Question {n}?\n\nMS. LEE: Answer {n}." for n in range(6)))
    blocks = structure.split_blocks(text)
    found, rosters = structure.furniture(blocks)
    assert {why for why in found.values()} == {"table of contents"}
    assert len(rosters) == 3  # the heading and its two names


# --- structure.strip_lines: a block without the credit mark and with no furniture line is not read line by line
def test_strip_lines_skips_a_block_without_the_mark():
    counted = _Counted(clean.CREDIT_LINE)
    block = Block(10, "ANNA: one line\nand a second one\nand a third", 0)
    assert structure.strip_lines(block, {}, counted, [], clean.CREDIT_MARK) is block
    assert structure.strip_lines(block, {99: "page number"}, counted, [], clean.CREDIT_MARK) is block
    assert counted.calls == 0
    removed = []
    credited = Block(10, "ANNA: one line\n© Reuters 2020", 0)
    assert structure.strip_lines(credited, {}, counted, removed, clean.CREDIT_MARK).text == "ANNA: one line"
    assert [r.reason for r in removed] == ["photo credit"]
    assert structure.strip_lines(block, {11: "page number"}, counted, removed, clean.CREDIT_MARK).text == \
        "ANNA: one line\nand a third"


def test_strip_lines_is_the_old_reading_on_real_blocks(real_blocks):
    for blocks in real_blocks:
        found, _ = structure.furniture(blocks)
        for block in blocks:
            old, new = [], []
            assert structure.strip_lines(block, found, clean.CREDIT_LINE, old) == \
                structure.strip_lines(block, found, clean.CREDIT_LINE, new, clean.CREDIT_MARK)
            assert old == new


# --- head_blocks: the labelled lines are counted up to three
def test_head_blocks_count_labelled_lines_up_to_three(monkeypatch):
    calls = []
    speaking = head_blocks._speaking
    monkeypatch.setattr(head_blocks, "_speaking", lambda line: calls.append(line) or speaking(line))
    lines = [(n, f"MR. SMITH: Words {n}.") for n in range(1, 40)]
    head_blocks.blocks(lines, {}, [])
    assert not calls  # (no heads: nothing asked)
    lines = [(1, "Page 1"), (2, "MR. SMITH: Words."), (3, "MR. JONES: More."), (4, "MR. SMITH: Yes."),
             *((n, f"MR. JONES: Words {n}.") for n in range(5, 40)), (40, "Page 2"), (80, "Page 3")]
    head_blocks.blocks(lines, {}, [0, len(lines) - 2, len(lines) - 1])
    assert len([line for line in calls if line.startswith("MR.")]) < 10


# --- clean._removal_reason: one context for each place a block can have
def test_layout_contexts_are_made_once():
    blocks = [Block(1 + 2 * n, f"Paragraph {n} of a talk.", 1) for n in range(10)]
    layout = clean._layout(blocks, frozenset())
    assert layout.context(3) is layout.context(4)
    assert layout.context(9) is not layout.context(4) and layout.context(9).last
    assert layout.context(0).near_top


# --- read: MD_LINK opens with its bracket; normalise asks the control-character class only when one is there
OLD_MD_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]\n]+)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"\n]*\")?\)"
                         r"|(?<!!)\[[^\]\n]++(?:\]\([^)\s]*+)?")


@SETTINGS
@given(st.text(alphabet='![]()a "x\n', max_size=40))
def test_md_link_is_the_old_pattern(text):
    assert [(m.span(), m.group("text"), m.group("url")) for m in formats.MD_LINK.finditer(text)] == \
        [(m.span(), m.group("text"), m.group("url")) for m in OLD_MD_LINK.finditer(text)]


def test_md_link_is_the_old_pattern_on_real_text():
    text = "".join(path.read_text(encoding="utf-8", errors="replace") for path in REAL)
    text += "See [the site](https://example.org \"title\") and ![a picture](x.png), [[nested]](y) ![[x]"
    assert [m.span() for m in formats.MD_LINK.finditer(text)] == [m.span() for m in OLD_MD_LINK.finditer(text)]


def _old_normalise(text: str, keep_tabs: bool = False) -> str:
    if "\r" in text or not text.isascii() and any(c in text for c in files.LINE_END_CHARS):
        text = files.LINE_ENDS.sub("\n", text)
    if not text.isascii():
        if any(c in text for c in files.SPACE_CHARS):
            text = files.SPACES.sub(" ", text)
        if any(c in text for c in files.INVISIBLE_CHARS):
            text = files.INVISIBLE.sub("", text)
    text = files.CONTROL.sub("", text)
    return text if keep_tabs else text.replace("\t", "    ")


def test_control_chars_are_the_pattern_class():
    assert set(files.CONTROL_CHARS) == {chr(c) for c in range(0x110000) if files.CONTROL.match(chr(c))}


@SETTINGS
@given(st.text(alphabet="ab \t\n\r\x00\x07\x0b\x0c\x1b\x1f\x7f\u00a0\u200b\u2028é", max_size=40), st.booleans())
def test_normalise_is_the_old_one(text, keep_tabs):
    assert files.normalise(text, keep_tabs) == _old_normalise(text, keep_tabs)


# --- read.files._alphabets: a single-byte code page's characters from the distinct bytes
@pytest.mark.parametrize("text, encoding", [
    ("Grüße aus Köln, sagte der Bürgermeister. Ça va très bien, merci. " * 20, "cp1252"),
    ("Łódź i Kraków: rozmowa z panią Żanetą, część pierwsza. " * 20, "cp1250"),
    ("Привет, как дела? Хорошо, спасибо. " * 20, "cp1251"),
    ("Plain words with one sign: naïve. " * 20, "latin-1"),
])
def test_alphabets_from_distinct_bytes_are_the_old_count(text, encoding):
    from charset_normalizer import from_bytes

    raw = text.encode(encoding)
    distinct = bytes(sorted(set(raw)))
    guesses = list(from_bytes(raw))
    assert guesses
    for match in guesses:
        assert files._alphabets(match, distinct) == files._alphabets(match)


def test_byte_chars_refuse_multibyte_encodings():
    assert files._byte_chars("utf_8", "é".encode()) is None
    assert files._byte_chars("utf_16", b"\xff\xfea\x00") is None
    assert files._byte_chars("shift_jis", "日本".encode("shift_jis")) is None
    assert files._byte_chars("cp1252", b"ab\xe9") == {"a", "b", "é"}


# --- clean_rules.INLINE_NOTE opens with the sentence end; a line it finds nothing in is not asked what follows it
OLD_INLINE_NOTE = re.compile(r"(?<=[.!?…—–-])[ \t]*(\[[^\[\]\n]{2,200}\]\.?|\((?:[^()\n]|\([^()\n]*\))+\)\.?)[ \t]*$")


@SETTINGS
@given(st.text(alphabet="ab .!-—()[] \t", max_size=30))
def test_inline_note_is_the_old_pattern(text):
    from generator.parse import clean_rules

    new, old = clean_rules.INLINE_NOTE.search(text), OLD_INLINE_NOTE.search(text)
    assert (new is None) == (old is None)
    assert new is None or (new.start(1), new.group(1)) == (old.start(1), old.group(1))


def test_a_line_no_direction_can_end_is_kept_whole(real_blocks):
    from generator.parse import clean_rules

    lines = [line for blocks in real_blocks for b in blocks for line in b.text.split("\n")]
    lines += ["[00:00:28:53]", "That's one on us. (Laughter)", "you were being— [Witness conferring with counsel.]"]
    for line in lines:
        if not clean_rules.may_trail(line):
            assert clean_rules.trailing_note(line, frozenset()) == [line]
    assert not clean_rules.may_trail("[00:00:28:53]") and clean_rules.may_trail("That's one on us. (Laughter)")


def test_notes_apart_does_not_ask_what_follows_a_time_code(monkeypatch):
    calls = []
    opens = clean._opens
    monkeypatch.setattr(clean, "_opens", lambda *args: calls.append(args[1]) or opens(*args))
    block = Block(1, "[00:00:28:53]\nLMP: How are we doing on that time?", 0)
    assert clean._notes_apart(block, frozenset({"lmp"}), True, frozenset()) == [block]
    assert not calls

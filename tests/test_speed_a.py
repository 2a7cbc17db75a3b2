"""Round-7 speed edits of the clean stage change no output: each faster reading gives what the one it replaced gave.

The replaced formulations are kept here as the reference and compared with the new ones on the lines of the
committed real transcripts (seeds, samples, rule cases) and on random text made of the characters they care about.
Where a pre-test lets a rule skip a block, a test shows that the rule would have left the block as it is.  No test
here is timed: ``bench/convert.py`` measures the speed.
"""

from __future__ import annotations


from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import real_case_texts
from generator.model import Block
from generator.parse import clean, inline_margins, note_lines, repeated_fields, structure

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


TEXTS = list(real_case_texts())
REAL_BLOCKS = [block for text in TEXTS for block in clean.split_blocks(text)]


# --- clean._notes_apart: the old reading, every block read line by line
def _old_notes_apart(block, accepted, ends_turn, headings, first_turn=0):
    rules = clean.rules
    lines = block.text.split("\n")
    if len(lines) == 1 and not lines[0].rstrip().endswith(clean.BRACKET_ENDS) \
            and not (first_turn <= 0 and rules.heading_at(lines, 0, accepted, headings)):
        return [block]
    pieces = [(offset, piece) for offset, line in enumerate(lines)
              for piece in (rules.trailing_note(line, accepted) if line.rstrip().endswith(clean.BRACKET_ENDS) and rules.may_trail(
                  line) and (clean._opens(lines, offset + 1, accepted) if offset + 1 < len(lines) else ends_turn) else [line])]
    lines = [piece for _, piece in pieces]
    heads = {i for i in range(len(lines)) if pieces[i][0] >= first_turn and rules.heading_at(lines, i, accepted, headings)}
    spans = rules.note_spans(lines, accepted) + [(i, i + 1) for i in heads]
    if not spans or spans == [(0, len(lines))] and not heads:
        return [block]
    cuts = sorted({0, len(lines)} | {at for span in spans for at in span})
    return [Block(block.line + pieces[start][0], "## " + lines[start].strip() if start in heads
                  else "\n".join(lines[start:end]), block.gap_before if start == 0 else 0)
            for start, end in zip(cuts, cuts[1:])]


def _same_notes_apart(block: Block) -> None:
    accepted = frozenset({"anna", "bob", "cdr", "lmp", "q"})
    for ends in (True, False):
        for first_turn in (0, 1):
            old = _old_notes_apart(block, accepted, ends, frozenset(), first_turn)
            assert clean._notes_apart(block, accepted, ends, frozenset(), first_turn) == old
            # the pre-test is no narrower than the rules: a block it lets pass is one they leave whole
            assert note_lines.may_hold_note(block.text) or old == [block]


def test_notes_apart_is_the_old_reading_on_real_blocks():
    assert len(REAL_BLOCKS) > 1000
    for block in REAL_BLOCKS:
        _same_notes_apart(block)


note_text = st.lists(st.sampled_from([
    "ANNA: Yes.", "(Laughter)", "(Laughter", ")", "applause)", "We did. (Applause.)", "We did (Applause.)",
    "DIRECT EXAMINATION", "  direct examination ", "BOB: No.", "words", "[00:00:28:53]", "[00:01]", "(1)", "[ ]",
    "CDR: Roger.", "_comment: (passed twice)", "# a comment", "*(10.00 am)*", "* * *", "Commercial Break",
    "  **Opening Credits**", "(Beifall bei\nder SPD)", "[Witness conferring\nwith counsel.]", "Motion agreed to.",
    "Q. (Sings) ", "\u00a0(Pause)\u3000", "x²)", "\t", "(", "[", "—", "."]), min_size=1, max_size=6)


@SETTINGS
@given(note_text, st.sampled_from(["\n", " ", ""]))
def test_notes_apart_is_the_old_reading_on_random_blocks(parts, joint):
    text = joint.join(parts)
    if text.strip():
        _same_notes_apart(Block(5, text, 1))


def test_a_time_code_block_is_not_read_line_by_line():
    assert not note_lines.may_hold_note("[00:00:28:53]\nLMP: How are you?\nCDR: Fine.")
    assert note_lines.may_hold_note("[00:00:28:53]\nLMP: How are you? (Laughter)")
    assert note_lines.may_hold_note("(Beifall bei der SPD\n)")
    assert note_lines.may_hold_note("Yes.\n  direct examination")
    assert note_lines.may_hold_note("○議長（清野一榮議員）　休憩します。\n（拍手）")  # a full-width note (Japanese minutes)
    assert note_lines.may_hold_note("（福祉事務所長）\n健康推進部長")


# --- structure.furniture: the labelled lines' words read once for both repeated-field readings
def _page_blocks() -> list[Block]:
    pages = []
    for page in range(1, 6):
        pages += [f"LEGCO - 10 January 2013 {page}", "SOURCE: Official Record of Proceedings, printed each day",
                  f"ANNA: We met on page {page} and talked.", f"BOB: Yes, we did, and then went home at {page}."]
    return clean.split_blocks("\n\n".join(pages))


def test_repeated_fields_read_with_the_words_read_once_are_the_old_readings():
    for blocks in (_page_blocks(), REAL_BLOCKS[:3000]):
        places = repeated_fields.keyed(blocks)
        assert repeated_fields.fields(blocks, places) == repeated_fields.fields(blocks)
        assert repeated_fields.fixed_keys(blocks, places) == repeated_fields.fixed_keys(blocks)
    assert repeated_fields.fixed_keys(_page_blocks()) == frozenset({"source"})


def test_furniture_reads_the_labelled_lines_once(monkeypatch):
    calls = []
    keyed = repeated_fields.keyed
    monkeypatch.setattr(repeated_fields, "keyed", lambda blocks: calls.append(1) or keyed(blocks))
    found, _ = structure.furniture(_page_blocks())
    assert "running page header" in found.values()  # (running heads found: both readings are asked for)
    assert len(calls) == 1


# --- clean._spaced: the missing spaces found by each mark's own pattern instead of one class of marks
def _old_spaced(kept: list[Block]) -> list[Block]:
    return [Block(b.line, clean.MISSING_SPACE.sub(r"\g<0> ", b.text), b.gap_before)
            if clean.MISSING_SPACE.search(b.text) else b for b in kept]


def test_spaced_is_the_old_reading_on_real_blocks():
    assert clean._spaced(REAL_BLOCKS) == _old_spaced(REAL_BLOCKS)


@SETTINGS
@given(st.lists(st.text(alphabet="abAB.,!?\n :", max_size=20), min_size=1, max_size=5))
def test_spaced_is_the_old_reading_on_random_blocks(texts):
    blocks = [Block(i * 3 + 1, text, 1) for i, text in enumerate(texts)]
    assert clean._spaced(blocks) == _old_spaced(blocks)


# --- clean._headings: a block without "#" not read line by line
def _old_headings(blocks):
    return frozenset(clean.rules.key(m.group(1)) for b in blocks for line in b.text.split("\n")
                     if (m := clean.MD_HEADING.match(line)))


def test_headings_are_the_old_reading():
    blocks = REAL_BLOCKS + clean.split_blocks("# Title\n\nANNA: Hi.\n## Part two\nBOB: #1 is here\n\n#hashtag")
    assert clean._headings(blocks) == _old_headings(blocks)
    assert clean._headings(blocks) >= {clean.rules.key("Title"), clean.rules.key("Part two")}


# --- clean: with no furniture line and no credit mark, ``strip_lines`` keeps every block as it is (not asked)
def test_strip_lines_keeps_every_block_without_furniture_and_credit_mark():
    removed: list = []
    plain = [b for b in REAL_BLOCKS if clean.CREDIT_MARK not in b.text]
    assert all(structure.strip_lines(b, {}, clean.CREDIT_LINE, removed, clean.CREDIT_MARK) is b for b in plain)
    assert removed == []


# --- inline_margins.unflatten: loose numbers counted only up to what the pages need
@SETTINGS
@given(st.integers(min_value=0, max_value=40), st.sampled_from(["\n", " ", "  "]))
def test_loose_numbers_counted_up_to_the_need_decide_as_the_full_count(count, joint):
    text = joint.join(f"{i % 25 + 1} word" for i in range(count))
    assert inline_margins._too_few_numbers(text) == (len(inline_margins.LOOSE_NUMBER.findall(text)) < PAGES_NEED)


PAGES_NEED = inline_margins.PAGES_MIN * inline_margins.PAGE_SHOWN * inline_margins.PAGE_LINES_MIN


# --- note_lines.noted: the blocks of a document that may hold a note, found over the joined texts
def _documents() -> list[list[str]]:
    return [[b.text for b in clean.split_blocks(text)] for text in TEXTS]


def test_noted_blocks_cover_every_block_that_may_hold_a_note():
    for texts in _documents():
        assert note_lines.noted(texts) >= {i for i, text in enumerate(texts) if note_lines.may_hold_note(text)}


@SETTINGS
@given(st.lists(note_text.map("\n".join), min_size=1, max_size=6))
def test_noted_blocks_cover_random_blocks(texts):
    texts = [t for t in texts if t.strip()]
    assert note_lines.noted(texts) >= {i for i, text in enumerate(texts) if note_lines.may_hold_note(text)}

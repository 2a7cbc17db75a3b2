"""Round-6 speed edits of the parse stage (labels, turns, speakers, header) change no output: each faster reading
gives what the one it replaced gave.

The replaced formulations are kept here as the reference and compared with the new ones on the lines and blocks of
the committed real transcripts (seeds, samples, rule cases) and on random text made of the characters they care
about.  No test here is timed: ``bench/convert.py`` measures the speed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model import Source
from generator.parse import (clean, examination, header_cover, inline_labels, labels, line_table, monologue_names,
                             people, speakers, turn_units)

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROOT = Path(__file__).resolve().parent.parent


def _real_files() -> list[Path]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "samples").glob("*")) \
        + sorted((ROOT / "tests" / "cases").rglob("*.txt")) + sorted((ROOT / "tests" / "cases").rglob("*.yml"))
    return [f for f in files if f.is_file()]


TEXTS = [f.read_text(encoding="utf-8", errors="replace") for f in _real_files()]
LINES = sorted({line for text in TEXTS for line in text.split("\n")})
BLOCKS = sorted({block.strip("\n") for text in TEXTS for block in re.split(r"\n[ \t]*\n", text) if block.strip()})


def _texts(*pieces: str):
    """Random texts made of ``pieces`` (the characters and words a reading cares about)."""
    return st.lists(st.sampled_from(pieces), max_size=12).map("".join)


def test_there_are_real_lines_and_blocks():
    assert len(TEXTS) >= 10 and len(LINES) >= 3000 and len(BLOCKS) >= 1000


# --- labels.wrap_end and labels.wrapped: cheap pre-tests before WRAP_END and DASH_TAIL
def _old_wrap_end(line: str) -> bool:
    return labels.WRAP_END.search(line, max(0, len(line.rstrip()) - labels.WRAP_END_CHARS)) is not None


def _old_dash_tail(line: str) -> bool:
    return labels.DASH_TAIL.search(line) is not None


def _new_dash_tail(line: str) -> bool:
    return (")" in line or line[:1] == "–") and labels.DASH_TAIL.search(line) is not None


wrap_text = _texts("DE", "DEL", "Y", "THE", "FÜR", " ", ",", "\t", "\n", "\r", "\u00a0", "x", "X", "(", ")", "–", "-",
                   "AKSU (Sivas) – ", "Sayın", "de", "OF")


def test_wrap_end_and_dash_tail_are_the_old_readings_on_real_lines():
    assert all(labels.wrap_end(line) == _old_wrap_end(line) for line in LINES)
    assert all(_new_dash_tail(line) == _old_dash_tail(line) for line in LINES)


@SETTINGS
@given(wrap_text)
def test_wrap_end_and_dash_tail_are_the_old_readings_on_random_text(line):
    assert labels.wrap_end(line) == _old_wrap_end(line)
    assert _new_dash_tail(line) == _old_dash_tail(line)


# --- labels.may_hold_mid_label: a text it rules out holds no MID_LABEL match
def test_a_text_without_a_mid_label_colon_holds_no_mid_label():
    for text in LINES + BLOCKS:
        if not labels.may_hold_mid_label(text):
            assert labels.MID_LABEL.search(text) is None, text


mid_text = _texts("COOPER", ":", " ", ". ", "? ", "— ", "(Q.)", " (NOTE)", "x", "Anna", "'", "’", "-", ".", "\n", "\t",
                  "10", "A")


@SETTINGS
@given(mid_text)
def test_may_hold_mid_label_never_rules_out_a_match(text):
    if labels.MID_LABEL.search(text):
        assert labels.may_hold_mid_label(text)


def _old_lines_inside(lines):
    text = "\n".join(lines)
    hits = [m.start() for m in labels.MID_LABEL.finditer(text)] if ":" in text else []
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    return [lines[i] for i in sorted({bisect_right(starts, at) - 1 for at in hits})]


def test_lines_inside_is_the_old_reading():
    for lines in [text.split("\n") for text in TEXTS] + [["x. COOPER: y", "a", "b. MS. BLAKE (NOTE): c"] * 2]:
        assert labels.lines_inside(lines) == _old_lines_inside(lines)


@SETTINGS
@given(st.lists(mid_text, max_size=6))
def test_lines_inside_is_the_old_reading_on_random_lines(lines):
    assert labels.lines_inside(lines) == _old_lines_inside(lines)


NEVER = re.compile(r"(?!x)x")  # an inline pattern that matches nothing: every line of the block is read one by one


def test_split_mid_labels_is_the_old_reading_on_real_blocks():
    for text in TEXTS:
        accepted = frozenset(c.key for c in line_table.candidates(text.split("\n")) if c)
        for block in re.split(r"\n[ \t]*\n", text):
            # (the shortcut for a block that holds no mid label gives what reading its lines one by one gives)
            assert turn_units._split_mid_labels(block, accepted) == turn_units._split_mid_labels(block, accepted, NEVER)


# --- inline_labels._after_ends: never fewer than the pattern's matches after a sentence end
def test_after_ends_bounds_the_matches_after_a_sentence_end():
    for text in TEXTS:
        lines = text.split("\n")
        openers = [c for c in line_table.candidates(lines) if c]
        forms, stops = inline_labels._forms(openers)
        if not forms and not stops:
            continue
        pattern = inline_labels._compiled(forms, stops)
        matched = sum(line[m.start() - 1] in inline_labels.SENTENCE_END for line in lines for m in pattern.finditer(line))
        assert inline_labels._after_ends("\n".join(lines), inline_labels._needles(forms, stops)) >= matched


# --- people.people_in: no name-and-role match is looked for after a line's last comma
def _old_people_in(text: str) -> list:
    found = [person for run in people._long_runs(text) if (person := people._with_office(run))]
    for line in text.split("\n"):
        if not people.ROLE_AFTER_COMMA.search(line):
            continue
        for match in people.NAME_ROLE.finditer(line):
            if match.group("name") and people.is_name_line(match.group("name")) and people.is_office(match.group("role")):
                found.append(people.Person(match.group("name"), match.group("role")))
    return found


def test_people_in_is_the_old_reading_on_real_texts():
    for text in TEXTS:
        assert people.people_in(text) == _old_people_in(text)


@SETTINGS
@given(_texts("John Kerry", ", ", "Secretary of State", "the ", "Anna Smith", "Minister", ",", " ", "\n", "said", "Mr.",
              "of"),
       _texts("[", "]", "(", ")", "*", "_", "`", "x", " ", "\n", "link", "http://a"))
def test_people_in_and_plain_are_the_old_readings_on_random_text(roles, marked):
    assert people.people_in(roles) == _old_people_in(roles)
    assert monologue_names._plain(marked) == _old_plain(marked)


# --- speakers._solo: the labelled names without joint labels, made once per tuple
def test_solo_drops_joint_labels_and_reads_each_new_tuple():
    first = ("Monica and Ross", "Anna Smith", "Bob Lee")
    assert speakers._solo(first) == ("Anna Smith", "Bob Lee")
    assert speakers._solo(first) == ("Anna Smith", "Bob Lee")
    second = ("Carl Weber",)
    assert speakers._solo(second) == ("Carl Weber",)
    assert speakers._solo(()) == ()


# --- examination.is_examination: a line without "BY" is not matched
def _old_is_examination(lines):
    start = next((i for i, line in enumerate(lines) if examination.BY_LINE.match(line.strip())), None)
    return start is not None and sum(1 for line in lines[start:] if examination.QA_LINE.match(line.strip())) \
        >= examination.QA_MIN_LINES


def test_is_examination_is_the_old_reading():
    exam = ["BY MS. MURRAY:", "Q. Where were you?", "A. Home.", "Q. When?", "A. At noon."]
    for lines in [text.split("\n") for text in TEXTS] + [exam, [" " + line for line in exam]]:
        assert examination.is_examination(lines) == _old_is_examination(lines)


# --- monologue_names._plain: no scan for links or markup in a text without them
def _old_plain(text: str) -> str:
    return monologue_names.MARKUP.sub("", monologue_names.LINK.sub(
        lambda m: m.group(0) if m.group(1) is None else m.group(1), text))


def test_plain_is_the_old_reading_on_real_texts():
    assert all(monologue_names._plain(text) == _old_plain(text) for text in TEXTS + LINES)



# --- header_cover.wrapped_title: a block of more lines than a cover has is not read to its end
def _old_wrapped_title(block, doc):
    lines = [line.strip() for line in block.text.strip().split("\n") if any(c.isalpha() for c in line)]
    if not 2 <= len(lines) <= header_cover.TITLE_LINES_MAX or any(line != line.upper() or line[-1] in ".!?;:,"
                                                                  for line in lines):
        return None
    if any((found := labels.candidate(line)) and found.key in doc.labels for line in lines):
        return None
    if not header_cover._lower_case_text_after(block, doc):
        return None
    joined = lines[0]
    for before, line in zip(lines, lines[1:]):
        joined += (" " if header_cover.WRAP_END.search(before) else " — ") + line
    return joined if len(joined.split()) <= header_cover.TITLE_WORDS_MAX else None


def test_wrapped_title_is_the_old_reading_on_real_documents():
    covers = "ROUNDTABLE ON THE\nSAGE COMMISSION'S PROPOSAL\n\nText follows here in lower case, as a transcript has.\n"
    for text in TEXTS[:60] + [covers + "x " * 200]:
        doc = clean.clean(Source(path=Path("doc.txt"), name="doc.txt", raw=text.encode(), text=text, encoding="utf-8"))
        for block in doc.blocks[:40]:
            assert header_cover.wrapped_title(block, doc) == _old_wrapped_title(block, doc)

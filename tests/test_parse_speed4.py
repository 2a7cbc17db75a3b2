"""Round-4 speed edits of the parse stage change no output: each faster reading gives what the one it replaced gave.

The replaced formulations are kept here as the reference and compared with the new ones on the lines of the
committed real transcripts (seeds, samples, rule cases) and on random text made of the characters they care about.
Where a reading is skipped (a line read once through the line table, a pattern not matched on a line that cannot
hold it), a counting test shows the skip.  No test here is timed: ``bench/convert.py`` measures the speed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model import Block, LocalSpeaker, RawTurn, Segment, SegmentKind, TurnType
from generator.parse import (clean, first_turns, inline_labels, label_caps_alone, label_evidence, label_report, label_rules, label_seen,
                             labels, layouts, line_table, people, speakers, structure, turns)
from generator.parse import label_name_alone, utterance_ids
from generator.read import tables

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROOT = Path(__file__).resolve().parent.parent


def _real_texts() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "samples").glob("*")) \
        + sorted((ROOT / "tests" / "cases").rglob("*.txt"))
    return [f.read_text(encoding="utf-8", errors="replace") for f in files if f.is_file()]


TEXTS = _real_texts()
LINES = [line for text in TEXTS for line in text.split("\n")]


class _Counted:
    """A stand-in that counts the calls of a function."""

    def __init__(self, function):
        self.function, self.calls = function, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.function(*args, **kwargs)


def test_there_are_real_lines():
    assert len(TEXTS) >= 10 and len(LINES) >= 2000


# --- line_table: a text's lines and their candidates, made once
def test_line_table_holds_each_lines_candidate():
    for text in TEXTS:
        table = line_table.block(text)
        assert table.lines == tuple(text.split("\n"))
        assert table.candidates == tuple(labels.candidate(line) for line in text.split("\n"))


def test_line_table_of_a_list_is_made_once_and_remade_when_the_list_changes(monkeypatch):
    lines = ["ANNA: Hello.", "BOB: Hi.", "Some text."]
    counted = _Counted(labels.candidate)
    monkeypatch.setattr(labels, "candidate", counted)
    first = line_table.of(lines)
    assert counted.calls == 3 and line_table.of(lines) is first and counted.calls == 3
    lines[2] = "CARL: Yes."
    changed = line_table.of(lines)
    assert changed is not first and changed.candidates[2].label == "CARL"
    assert line_table.of(list(lines)).candidates == changed.candidates  # an equal list: read again, same answers


def test_dialogue_readers_share_the_line_table(monkeypatch):
    """Section markers, initials, introduced labels and inline labels read the lines' candidates from the table:
    once it is made, none of them asks ``labels.candidate`` about a line again."""
    lines = ["**Break:** [12:00]", "ANNA: Hello there. BOB: Hi.", "Michael Folkson (MF): Welcome.", "MF: Yes.",
             "ANNA: Go on.", "President of Russia Vladimir Putin: Thanks.", "Vladimir Putin: Again."] * 3
    accepted = frozenset({"anna", "bob", "mf", "vladimir putin"})
    line_table.of(lines)
    counted = _Counted(labels.candidate)
    monkeypatch.setattr(labels, "candidate", counted)
    layouts.section_markers(lines, accepted)
    layouts.initials_labels(lines, accepted)
    first_turns.introduced_labels(lines, accepted)
    inline_labels.pattern(lines, accepted)
    assert counted.calls == 0


# --- the replaced readings, compared with the new ones
def _old_section_markers(lines, accepted):
    uses = {}
    for index, line in enumerate(lines):
        if not line.strip() or len(line) > layouts.MARKER_LINE_CHARS:
            continue
        c = labels.candidate(line)
        if not c or c.style not in ("colon", "bracket") or labels.not_a_name(c.label):
            continue
        rest = layouts._rest(line, c)
        below = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
        after = labels.candidate(lines[below]) if below is not None else None
        next_label = below is None or bool(after) and after.key in accepted and after.key != c.key
        uses.setdefault(c.key, []).append((layouts._no_speech(rest), next_label, bool(rest) or bool(c.time)))
    found = {key for key, marks in uses.items()
             if all(empty for empty, _, _ in marks) and not labels.is_automatic(key)
             and (all(below and timed for _, below, timed in marks)
                  or len(marks) >= 2 and sum(below for _, below, _ in marks) >= layouts.MARKER_NEXT_LABEL_SHARE * len(marks))}
    return frozenset(found - layouts._speaking(lines, found))


def _old_initials(lines, accepted):
    found = {}
    for line in lines:
        c = labels.candidate(line) if "(" in line or "[" in line else None
        if c and c.note and c.style == "colon" and c.note == layouts._initials(c.label) and c.key not in found:
            found[c.key] = (labels.label_key(c.note), c.label)
    return found if any(short in accepted for short, _ in found.values()) else {}


def test_dialogue_readers_are_the_old_ones_on_real_lines():
    for text in TEXTS:
        lines = text.split("\n")
        accepted = frozenset(c.key for line in lines if (c := labels.candidate(line)))
        assert layouts.section_markers(lines, accepted) == _old_section_markers(lines, accepted)
        assert layouts.initials_labels(lines, accepted) == _old_initials(lines, accepted)
    lines = ["Anna Schmidt, AS: Guten Tag.", "AS: Ja."]  # a role after a comma is a note, but no bracket: no initials
    assert layouts.initials_labels(lines, frozenset({"as"})) == _old_initials(lines, frozenset({"as"})) == {}


def test_labels_inside_are_mid_labels_and_read_once(monkeypatch):
    for line in LINES:
        assert [m.span() for m in labels.labels_inside(line)] == [m.span() for m in labels.mid_labels(line)]
    line = "He went away. COOPER: Do you know? SMITH: No."
    labels.labels_inside(line)
    counted = _Counted(labels.mid_labels)
    monkeypatch.setattr(labels, "mid_labels", counted)
    assert [m.group("label") for m in labels.labels_inside(line)] == ["COOPER", "SMITH"]
    assert labels.labels_inside("No colon. COOPER said") == () and counted.calls == 0


def _old_paragraphs(text, width, indent=0):
    lines = [turns.SPACE_RUN.sub(" ", line) if "  " in line or "\t" in line else line
             for line in map(str.strip, text.split("\n"))]
    joined, previous = [], ""
    for number, line in enumerate(line for line in lines if line):
        ends_paragraph = not width or (len(previous) < width * 0.75 and turns.TERMINAL.search(previous))
        if joined and (labels.time_only(previous) or not ends_paragraph):
            joined[-1].append(line)
        else:
            joined.append([line])
        previous = " " * indent + line if number == 0 else line
    return [" ".join(paragraph) for paragraph in joined]


@SETTINGS
@given(st.text(alphabet="ab .\t\n 0:1", max_size=40), st.sampled_from([None, 10, 60]), st.integers(0, 5))
def test_paragraphs_are_the_old_ones(text, width, indent):
    assert turns.paragraphs(text, width, indent) == _old_paragraphs(text, width, indent)


KINDS = st.lists(st.lists(st.sampled_from(list(SegmentKind)).map(lambda k: Segment(k, "x")), max_size=3).map(tuple),
                 max_size=4).map(tuple)


@SETTINGS
@given(KINDS)
def test_unvoiced_is_the_old_test(paragraphs):
    kinds = {s.kind for p in paragraphs for s in p}
    assert turns._unvoiced(paragraphs) == (SegmentKind.DIRECTION in kinds and SegmentKind.TEXT not in kinds)


def test_unvoiced_stops_at_the_first_text():
    class Paragraphs(tuple):
        read = 0

        def __iter__(self):
            for p in tuple.__iter__(self):
                Paragraphs.read += 1
                yield p
    long = Paragraphs([(Segment(SegmentKind.TEXT, "words"),)] * 1000)
    assert turns._unvoiced(long) is False and Paragraphs.read == 1


def test_a_one_line_block_is_its_own_unit():
    block = Block(4, "ANNA: Hello.", 1)
    assert turns._label_units([block], frozenset({"anna"}))[0] is block
    spaced = Block(4, " ANNA: Hello. ", 1)
    assert turns._label_units([spaced], frozenset({"anna"})) == [Block(4, "ANNA: Hello.", 1)]


def test_tight_colon_is_matched_only_with_a_colon(monkeypatch):
    counted = _Counted(inline_labels.TIGHT_COLON.match)
    monkeypatch.setattr(inline_labels, "TIGHT_COLON", type("P", (), {"match": counted})())
    assert inline_labels.candidate("Just words here and there", frozenset({"anna"})) is None
    assert counted.calls == 0
    found = inline_labels.candidate("Anna:Yes we did", frozenset({"anna"}))
    assert counted.calls == 1 and found and found.label == "Anna"


# --- people: runs and name-and-role
def _old_people_in(text):
    found = [person for run in people._runs(text) if len(run) > 1 and (person := people._with_office(run))]
    for match in people.NAME_ROLE.finditer(text):
        if match.group("name") and people.is_name_line(match.group("name")) and people.is_office(match.group("role")):
            found.append(people.Person(match.group("name"), match.group("role")))
    return found


def _old_runs(text):
    runs = []
    for match in people.RUN.finditer(text):
        words = match.group(0)
        if "." not in words:
            runs.append(tuple(words.split()))
            continue
        current = []
        for token in words.split():
            current.append(token)
            if token.endswith(".") and not people.ABBREVIATION.match(token):
                current[-1] = token[:-1]
                runs.append(tuple(current))
                current = []
        if current:
            runs.append(tuple(current))
    return tuple(runs)


PEOPLE_TEXT = st.lists(st.sampled_from(["John Kerry", ",", " ", "\n", "Secretary of State", "the", "Mr.", "Smith.",
                                        "President", "Anna Lee", "\t", "said", "Minister"]), max_size=14).map("".join)


@SETTINGS
@given(PEOPLE_TEXT)
def test_people_in_is_the_old_reading(text):
    assert people._runs(text) == _old_runs(text)
    assert people.people_in(text) == _old_people_in(text)
    assert people.names_in(text) == [n for run in _old_runs(text) if len(run) > 1 and (n := people._full_name(run))]


def test_people_in_is_the_old_reading_on_real_texts():
    for text in TEXTS:
        assert people.people_in(text) == _old_people_in(text)


def test_name_and_role_are_not_scanned_on_lines_without_a_comma(monkeypatch):
    scanned = []
    original = people.NAME_ROLE
    monkeypatch.setattr(people, "NAME_ROLE", type("P", (), {
        "finditer": staticmethod(lambda line: scanned.append(line) or original.finditer(line))})())
    found = people.people_in("We met Anna Lee today.\nJohn Kerry, Secretary of State, said so.\nYes, we did.")
    assert scanned == ["John Kerry, Secretary of State, said so."]
    assert people.Person("John Kerry", "Secretary of State") in found


# --- clean
def test_caption_score_reaches_a_caption_as_before_and_reads_no_label_when_it_cannot(monkeypatch):
    blocks = [Block(1, t, g) for t in ["Vladimir Putin (L) and a guest. (Photo: TASS)", "Merkel and Putin: We met.",
                                       "ANNA: Hello (Reuters)", "A short line.", "A long line. " * 40] for g in (1, 2)]
    for block in blocks:
        for accepted in (frozenset(), frozenset({"anna"})):
            new = clean._caption_score(block, 1, accepted, clean.CAPTION_SCORE) >= clean.CAPTION_SCORE
            assert new == (clean._caption_score(block, 1, accepted) >= clean.CAPTION_SCORE)
    counted = _Counted(labels.candidate)
    monkeypatch.setattr(labels, "candidate", counted)
    assert clean._caption_score(Block(1, "ANNA: We agreed on it.", 1), 1, frozenset(), clean.CAPTION_SCORE) < 3
    assert counted.calls == 0


def test_a_one_line_block_without_a_trailing_direction_is_kept_whole(monkeypatch):
    counted = _Counted(clean.rules.note_spans)
    monkeypatch.setattr(clean.rules, "note_spans", counted)
    block = Block(3, "ANNA: We went home.", 0)
    assert clean._notes_apart(block, frozenset({"anna"}), True, frozenset()) == [block]
    assert counted.calls == 0
    note = Block(3, "(Laughter)", 0)
    assert clean._notes_apart(note, frozenset({"anna"}), True, frozenset()) == [note]


@SETTINGS
@given(st.lists(st.sampled_from(["ANNA: Yes.", "(Laughter)", "We did. (Applause.)", "DIRECT EXAMINATION", "BOB: No.",
                                 "words", "ROUTINE PROCEEDINGS", "[Pause]"]), min_size=1, max_size=4))
def test_notes_apart_is_the_old_reading(lines):
    block = Block(5, "\n".join(lines), 1)
    accepted, headings = frozenset({"anna", "bob"}), frozenset({"ROUTINE PROCEEDINGS"})
    for ends in (True, False):
        for first_turn in (0, 1):
            assert clean._notes_apart(block, accepted, ends, headings, first_turn) == \
                _old_notes_apart(block, accepted, ends, headings, first_turn)


def _old_notes_apart(block, accepted, ends_turn, headings, first_turn=0):
    rules = clean.rules
    lines = block.text.split("\n")
    pieces = [(offset, piece) for offset, line in enumerate(lines)
              for piece in (rules.trailing_note(line, accepted) if line.rstrip().endswith((")", "]", ").", "].")) and (
                  clean._opens(lines, offset + 1, accepted) if offset + 1 < len(lines) else ends_turn) else [line])]
    lines = [piece for _, piece in pieces]
    heads = {i for i in range(len(lines)) if pieces[i][0] >= first_turn and rules.heading_at(lines, i, accepted, headings)}
    spans = rules.note_spans(lines, accepted) + [(i, i + 1) for i in heads]
    if not spans or spans == [(0, len(lines))] and not heads:
        return [block]
    cuts = sorted({0, len(lines)} | {at for span in spans for at in span})
    return [Block(block.line + pieces[start][0], "## " + lines[start].strip() if start in heads
                  else "\n".join(lines[start:end]), block.gap_before if start == 0 else 0)
            for start, end in zip(cuts, cuts[1:])]


# --- structure
@SETTINGS
@given(st.text(alphabet="0123456789 -\fpagePAGEof\t٣", max_size=14))
def test_page_tests_are_the_patterns(line):
    assert structure._page_number(line) == bool(structure.PAGE_NUMBER.match(line))
    assert structure._page_break(line) == bool(structure.PAGE_BREAK.match(line))
    assert (not line.strip(" \t")) == bool(structure.BLANK.match(line))


def _old_apart(blocks):  # (the reading of i13-furn4, before the line table)
    found, inside, said = set(), set(), set()
    for block in blocks:
        lines = block.text.split("\n")
        for offset, line in enumerate(lines):
            if len(lines) == 1 or offset + 1 < len(lines) and labels.candidate(lines[offset + 1]):
                found.add(block.line + offset)
            elif 0 < offset < len(lines) - 1:
                inside.add(block.line + offset)
            if offset and (label := labels.candidate(lines[offset - 1])) and not label.rest:
                said.add(block.line + offset)
    return found, inside, said


def _old_running(places, apart, inside, said, span):
    places = [(at, line) for at, line in places if (at not in inside or not structure._prose(line)) and at not in said]
    if len(places) < structure.RUNNING_HEADER_MIN:
        return False
    numbers = [[int(n) for n in structure.DIGITS.findall(structure._sided(line))] for _, line in places]
    same = all(n == numbers[0] for n in numbers)
    counting = all(len(a) == len(b) and all(0 <= y - x <= structure.PAGE_STEP_MAX for x, y in zip(a, b))
                   for a, b in zip(numbers, numbers[1:])) and any(a != b for a, b in zip(numbers, numbers[1:]))
    spaced = all(b - a >= structure.PAGE_MIN_LINES for (a, _), (b, _) in zip(places, places[1:])) \
        or sum(at in apart for at, _ in places) >= structure.APART_SHARE * len(places)
    covers = places[-1][0] - places[0][0] >= structure.RUNNING_SPAN * span or bool(structure.JOB_CODE.match(places[0][1]))
    return (same or counting) and spaced and covers


@SETTINGS
@given(st.lists(st.tuples(st.integers(1, 8), st.sampled_from(["Page 1", "Page 2", "Page 3", "LEGCO 10", "21 06-52988",
                                                             "O5S1GUO1 12"])), max_size=6),
       st.sets(st.integers(0, 60)), st.sets(st.integers(0, 60)), st.sets(st.integers(0, 60)), st.integers(1, 80))
def test_running_is_the_old_test(steps, apart, inside, said, span):
    places, at = [], 0
    for step, line in steps:
        at += step
        places.append((at, line))
    assert structure._running(places, apart, inside, said, span) == _old_running(places, apart, inside, said, span)


def test_furniture_readers_are_the_old_ones_on_real_texts():
    for text in TEXTS:
        blocks = structure.split_blocks(text)
        assert structure._apart(blocks) == _old_apart(blocks)
        lines = utterance_ids.unidentified(text.split("\n"))[0]  # (a corpus's utterance ids: a step of its own)
        old_text = "\n".join(structure._unquoted_dialogue(structure._unmargined(lines)))
        assert structure.prepare(text)[0] == old_text


def test_a_text_without_a_pipe_is_not_read_for_tables(monkeypatch):
    counted = _Counted(tables._runs)
    monkeypatch.setattr(tables, "_runs", counted)
    text = "ANNA: Hello.\n\nBOB: Hi."
    assert tables.timed_tables(text) == (text, ()) and counted.calls == 0
    tables.timed_tables("| 0:01 | Anna | Hello |\n| 0:02 | Bob | Hi |")
    assert counted.calls == 1


# --- label evidence
def _old_rejected(lines, accepted):
    E, L = label_evidence, labels
    found = [s for s in label_seen.seen(lines, names_only=False)
             if s.candidate.style != "timed" and s.key not in accepted and not L.URL_ONLY.match(s.candidate.rest)
             and (s.candidate.rest or s.candidate.style in ("colon", "caps-alone", "name-alone", "record", "emph", "term"))
             and not (s.candidate.style in ("caps-alone", "name-alone", "emph", "term")
                      and label_caps_alone.heads_turn(lines, s.index))
             and not (s.candidate.style == "paren" and (not s.candidate.rest or E.direction(s.candidate)))]
    if not label_name_alone.near_pattern([s.candidate for s in found]):
        found = [s for s in found if s.candidate.style != "name-alone"]
    # (round ten: names in emphasis and definition terms reported where two or more recur, record lines alone)
    if not label_report.emph_near_pattern([s.candidate for s in found]):
        found = [s for s in found if s.candidate.style not in ("emph", "term")]
    uses = Counter(s.key for s in found)
    reported, out = set(), []
    for s in found:
        if uses[s.key] < label_report.REPORT_MIN_USES or s.key in reported:
            continue
        reported.add(s.key)
        out.append(label_report.Rejection(s.index, s.candidate.label, uses[s.key], label_report._why(s.candidate, uses[s.key])))
    return out


def _old_trailer_credits(ev, accepted):
    speech = [s for s in ev.found if s.key in accepted and not label_evidence._credit(s)]
    if len(speech) < label_evidence.DIALOGUE_MIN_LINES:
        return set()
    uses = {}
    for s in ev.found:
        if s.key in accepted:
            uses.setdefault(s.key, []).append(s)
    out = set()
    for key, found in uses.items():
        last = max((s.index for s in speech if s.key != key), default=len(ev.lines))
        if all(s.index > last and label_evidence._credit(s) for s in found):
            out.add(key)
    return out if len(out) >= label_evidence.CREDIT_MIN_KEYS else set()


CREDITS = ["郭文贵先生：我们今天谈。", "主持人：好的。", "听写组：【文竺】", "校对：【小白】", "A: Yes.", "B: No.", "", "www: http://x.org"]


def test_rejected_and_trailer_credits_are_the_old_readings():
    texts = TEXTS + ["\n".join(CREDITS * 3 + ["听写组：【文竺】", "校对：【小白】"])]
    for text in texts:
        lines = text.split("\n")
        ev = label_seen.evidence(lines)
        everything = {s.key for s in ev.found}
        for accepted in (frozenset(), frozenset(everything), frozenset(list(sorted(everything))[::2])):
            assert label_report.rejected(lines, accepted) == _old_rejected(lines, accepted)
            assert label_evidence._trailer_credits(ev, set(accepted)) == _old_trailer_credits(ev, set(accepted))


# --- small readings
@SETTINGS
@given(st.text(alphabet="#*_<>ab: .Mr D", max_size=30))
def test_full_form_is_the_old_reading(line):
    colon = line.find(":")
    head = labels.DECORATION.sub("", line[:colon]).rstrip("*").strip() if 0 < colon <= first_turns.FULL_LABEL_MAX_CHARS else ""
    old = None if not head or not head[:1].isupper() or first_turns.SENTENCE_INSIDE.search(
        head.replace("Mr. ", "").replace("Dr. ", "")) else (head, labels.label_key(head))
    assert first_turns._full_form(line) == old


@SETTINGS
@given(st.text(alphabet="ab:0]\n )", max_size=20))
def test_may_be_timed_is_the_old_test(text):
    first = text.split("\n", 1)[0].rstrip()
    assert label_rules._may_be_timed(text) == (":" in first and first[-1:] in label_rules.TIME_ENDS)


def _old_add(table, speaker):
    existing = table.get(speaker.key)
    if existing:
        speaker = replace(existing, role=existing.role or speaker.role,
                          labels=existing.labels + tuple(l for l in speaker.labels if l not in existing.labels),
                          questioner=existing.questioner or speaker.questioner)
    table[speaker.key] = speaker
    return speaker.key


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["anna", "bob"]), st.sampled_from([None, "", "Chair"]),
                          st.sampled_from([("ANNA",), ("Anna",), ("BOB",)]), st.booleans()), max_size=8))
def test_add_is_the_old_merge(records):
    new, old = {}, {}
    for key, role, written, asks in records:
        speaker = LocalSpeaker(key, key.title(), role, written, False, questioner=asks)
        assert speakers._add(new, speaker) == _old_add(old, speaker)
    assert new == old


def test_a_speaker_seen_again_with_nothing_new_is_kept(monkeypatch):
    table = {}
    speakers._add(table, LocalSpeaker("anna", "Anna", "Chair", ("ANNA",), False))
    first = table["anna"]
    speakers._add(table, LocalSpeaker("anna", "Anna", None, ("ANNA",), False))
    assert table["anna"] is first


def test_seen_reads_decoration_as_before():
    for text in TEXTS:
        lines = text.split("\n")
        for s in label_seen.seen(lines):
            assert s.markup == labels.DECORATION.match(lines[s.index]).group(0).strip()


def test_label_evidence_reads_no_candidate_again_for_lines_made_from_blocks(monkeypatch):
    blocks = structure.split_blocks("ANNA: Hello.\nBOB: Hi.\n\nANNA: Again.\n\n# Heading\nText here.")
    lines = structure.lines_and_gaps(blocks)
    hidden = structure.lines_and_gaps(blocks, frozenset({blocks[0].line}))
    assert line_table.candidates(hidden) == tuple(labels.candidate(line) for line in hidden) and hidden[0] == ""
    joined = line_table.joined([line_table.block(b.text) for b in blocks])
    counted = _Counted(labels.candidate)
    monkeypatch.setattr(labels, "candidate", counted)
    assert [s.key for s in label_seen.seen(lines)] == ["anna", "bob", "anna"]
    assert [s.key for s in label_seen.seen(joined)] == ["anna", "bob", "anna"]
    assert label_evidence.accept_labels(lines) == frozenset({"anna", "bob"})
    assert counted.calls == 0


def test_label_units_read_the_block_table(monkeypatch):
    blocks = [Block(1, "ANNA: Hello.\nBOB: Hi.\nAnna:tight colon\nText.", 0)]
    accepted = frozenset({"anna", "bob"})
    line_table.block(blocks[0].text)
    counted = _Counted(labels.candidate)
    monkeypatch.setattr(labels, "candidate", counted)
    units = turns._label_units(blocks, accepted)
    assert [u.text for u in units] == ["ANNA: Hello.", "BOB: Hi.", "Anna:tight colon\nText."]
    assert counted.calls == 1  # only the tight colon's spaced form is read


def test_registry_first_keeps_each_scopes_rules_and_forgets_them_on_a_change():
    from generator.parse.rules import Registry, Rule

    registry = Registry()
    registry.register(Rule("b", 10, "body", lambda t: t == "x"))
    registry.register(Rule("s", 20, "speech", lambda t: True))
    assert registry.first("body", "x")[0].name == "b" and registry.first("body", "y") == (None, None)
    assert registry._scopes["body"] == registry.scoped("body")
    registry.register(Rule("a", 30, "body", lambda t: True))
    assert registry.first("body", "y")[0].name == "a"
    registry.deregister("a")
    assert registry.first("body", "y") == (None, None)

"""Round-5 speed edits of the parse stage (labels, turns, speakers, metadata) change no output: each faster reading
gives what the one it replaced gave.

The replaced formulations are kept here as the reference and compared with the new ones on the lines of the
committed real transcripts (seeds, samples, rule cases) and on random text made of the characters they care about.
No test here is timed: ``bench/convert.py`` measures the speed.
"""

from __future__ import annotations


from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import real_case_texts
from generator.parse import label_rules, labels

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


TEXTS = list(real_case_texts())
LINES = sorted({line for text in TEXTS for line in text.split("\n")})


def test_there_are_real_lines():
    assert len(TEXTS) >= 10 and len(LINES) >= 3000


# --- labels.candidate: the shapes a line's first character cannot open are not tried
def _old_candidate(line: str):
    """``labels.candidate`` before round 5's speed-up: every shape of the registry tried on every line (in the scopes
    of the shapes read after a time code or after bold markup)."""
    rules = label_rules
    if not line.isascii() and rules.SAME_LENGTH_FIND.search(line):
        line = line.translate(rules.SAME_LENGTH)
    if "\n" in line and (n := line.index("\n")) and line.count("(", 0, n) > line.count(")", 0, n) \
            and labels.WRAPPED_CLOSE.match(line, n + 1):
        line = f"{line[:n]} {line[n + 1:]}"
    offset = rules.DECORATION.match(line).end()
    text = line[offset:] if offset else line
    if text[:1].isdigit() or text[:1] in "[(":
        time_match = rules.LEADING_TIME.match(text)
        if time_match:
            offset += time_match.end()
            offset += rules.DECORATION.match(line[offset:]).end()
            text = line[offset:]
        number = rules.QUESTION_NUMBER.match(text) if text[:1].isdigit() else None
        if number:
            offset += number.end()
            text = line[offset:]
    else:
        time_match = None
        number = rules.QUESTION_NUMBER.match(text)  # (round 8: "Question No. 62- Mr. Name:", a written question)
        if number:
            offset += number.end()
            text = line[offset:]
    first = text[:1]
    bold = bool(offset) and rules.BOLD_OPEN.search(line, 0, offset) is not None  # (round 5: shapes after markup)
    if not (first.isalpha() or first in "[(<@○◯〇") and not (first.isdigit() and bold):  # (round 7: "<nick> text";
        # round 9: "@code text"; s25: "○議長（…）　text", the circle labels of Japanese minutes)
        return None
    time = time_match.group("time") if time_match else None
    for rule in rules.SHAPES:
        if rule.scope == rules.AFTER_TIME and time is None or rule.scope == rules.AFTER_MARKUP and not bold \
                or not rule.test(text):
            continue
        match = rule.pattern.match(text)
        parts = match and rule.action(match)
        if not parts:
            continue
        label = parts["label"]
        if "  " in label:
            label = " ".join(label.split())
        if len(label) > (rules.OFFICE_MAX_CHARS if rule.pattern is rules.OFFICE_LABEL or labels.portfolio_office(label)
                         or parts.get("office")  # (round 10: an office, a comma, its holder's name)
                         else rules.LABEL_MAX_CHARS):
            continue
        note = (parts.get("note") or "").strip() or None
        found_time = time or parts.get("time")
        if labels._is_time(note):
            found_time, note = found_time or note, None
        rest = parts.get("rest") or ""
        end = offset + (match.start("rest") if rest else match.end())
        return labels.LabelCandidate(label.strip(), note, rest.strip(), end, found_time, rule.name, bool(number))
    return None


def test_candidate_is_the_old_reading_on_real_lines():
    found = 0
    for line in LINES:
        new = labels.candidate.__wrapped__(line)
        assert new == _old_candidate(line), line
        found += new is not None
    assert found >= 1000  # the real lines hold labels of many shapes


def test_every_shape_is_read_from_the_first_characters_it_declares():
    """A shape's ``opens`` holds every character its examples open with (after decoration and time code)."""
    examples = {"asked": "HON. A. SMITH asked the Minister for Health: text", "record": "[4;16 de novembro;O señor X]",
                "office": "The Secretary of State (Mr John Smith): text", "bracket": "[Speaker 1]: text",
                "stop-dash": "MR. SPEAKER.- Order", "period": "Mr. SMITH. text", "title-period": "The Chairman. text",
                "paren": "(Emma) Il y a", "bare": "Q    Thank you", "dash": "P - Me pregunto"}
    for name, line in examples.items():
        rule = label_rules.SHAPES[name]
        assert rule.opens is not None and line[0] in rule.opens, name
        assert labels.candidate.__wrapped__(line) is not None and _old_candidate(line) is not None, name


line_start = st.lists(st.sampled_from(
    ["Mr. ", "SMITH", ":", ".", " ", "  ", "\t", "The ", "Chairman", "Q", "A", "P", " - ", "[", "]", "(", ")", "00:01",
     "1. ", "**", "## ", "<b>", "</b>", "Anna", "é", "Éric", "В", "О", "\n", ";", " asked ", "the Minister", ".-", "М",
     "Mme ", "M. ", "le président", "\u00a0", "\uff1a", "主席", "x", "3", "Speaker 2", "Madam "]), max_size=10).map("".join)


@SETTINGS
@given(line_start)
def test_candidate_is_the_old_reading_on_random_starts(line):
    assert labels.candidate.__wrapped__(line) == _old_candidate(line)


# --- inline_labels: the document's lines scanned joined, in one pass, for its inline title-case labels
from generator.parse import inline_labels, line_table  # noqa: E402


def _old_pattern(lines, accepted):
    openers = [c for c in line_table.candidates(lines) if c and c.key in accepted]
    pattern = inline_labels._inline_pattern(openers)
    if pattern is None:
        return None
    after_end = sum(line[m.start() - 1] in inline_labels.SENTENCE_END for line in lines for m in pattern.finditer(line))
    if after_end < max(inline_labels.INLINE_LABELS_MIN, inline_labels.INLINE_LABELS_SHARE * len(openers)):
        return None
    return pattern


def _old_left_inside(lines, accepted):
    openers = [c for c in line_table.candidates(lines) if c and c.key in accepted]
    inline = inline_labels._inline_pattern(openers)
    if inline is None:
        return []
    found: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        for m in inline.finditer(line):
            name = inline_labels._group(m)
            if line[m.start() - 1] in inline_labels.SENTENCE_END and inline_labels.LETTER.search(line, 0, m.start(name)):
                found.setdefault(m.group(name), []).append(index)
    return [(uses[0], label, len(uses)) for label, uses in found.items()]


inline_line = st.lists(st.sampled_from(
    ["Anna: ", "Anna:", "Bob Lee: ", "M. Dupont. ", "M. Dupont.", "Il dit", " ", "\t", ".", "!", ")", "»", "ok",
     "[00:01] ", "**", "x", "Anna", "Bob Lee", "?"]), max_size=8).map("".join)


@SETTINGS
@given(st.lists(inline_line, min_size=1, max_size=12))
def test_inline_pattern_and_left_inside_are_the_old_readings(body):
    lines = ["Anna: Hello there.", "Bob Lee: Yes.", "M. Dupont. Bien.", *body,
             "x. Anna: a. Bob Lee: b. Anna: c. Bob Lee: d. Anna: e. Bob Lee: f."]
    accepted = frozenset({"anna", "bob lee", "m dupont"})
    new, old = inline_labels.pattern(lines, accepted), _old_pattern(lines, accepted)
    assert (new and new.pattern) == (old and old.pattern)
    assert inline_labels.left_inside(lines, accepted) == _old_left_inside(lines, accepted)


def test_inline_readings_are_the_old_ones_on_real_texts():
    for text in TEXTS:
        lines = text.split("\n")
        accepted = frozenset(c.key for c in line_table.candidates(lines) if c)
        new, old = inline_labels.pattern(lines, accepted), _old_pattern(lines, accepted)
        assert (new and new.pattern) == (old and old.pattern)
        assert inline_labels.left_inside(lines, accepted) == _old_left_inside(lines, accepted)


# --- people: runs of one word are not split; the lines with a name and a role after a comma found in one search
from generator.parse import people  # noqa: E402


def _old_long_runs(text):
    runs = []
    for words in people.RUN.findall(text):
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
    return tuple(run for run in runs if len(run) > 1)


def _old_people_in(text):
    found = [person for run in _old_long_runs(text) if (person := people._with_office(run))]
    for line in text.split("\n") if "\n" in text else (text,):
        if "," not in line or not people.ROLE_AFTER_COMMA.search(line):
            continue
        for match in people.NAME_ROLE.finditer(line):
            if match.group("name") and people.is_name_line(match.group("name")) and people.is_office(match.group("role")):
                found.append(people.Person(match.group("name"), match.group("role")))
    return found


people_text = st.lists(st.sampled_from(
    ["John Kerry", ", Secretary of State", ", the President", "Mr.", "Smith.", " ", "\t", "\n", "said", "President",
     "Vladimir Putin", "of", "the", "Foreign Minister", "U.S.", ",", "Dr. Anna Lee", "Tillerson.", "A.", "X"]),
    max_size=14).map("".join)


@SETTINGS
@given(people_text)
def test_people_runs_are_the_old_ones(text):
    assert people._long_runs(text) == _old_long_runs(text)
    assert people.people_in(text) == _old_people_in(text)


def test_people_are_the_old_ones_on_real_texts():
    for text in TEXTS:
        assert people._long_runs(text) == _old_long_runs(text)
        assert people.people_in(text) == _old_people_in(text)
        assert people.names_in(text) == [name for run in _old_long_runs(text) if (name := people._full_name(run))]


# --- metadata: a turn's anchor read from the start of its text, the whole text joined only when the start is short
from generator.model import Segment, SegmentKind  # noqa: E402
from generator.parse import metadata  # noqa: E402

segment_text = st.sampled_from(["Hello there", "", " ", "ok.", "—" * 400, "word " * 60, "Ünïcode ÉCOLE", "x" * 1200,
                                "..." * 200, "a b c d e f g h i j k l m n o p q r s t u v w x y z"])


@SETTINGS
@given(st.lists(st.lists(segment_text, max_size=5), max_size=5), st.sampled_from(["MR. SMITH", None, "narration"]))
def test_turn_anchor_is_the_old_one(texts, label):
    paragraphs = tuple(tuple(Segment(SegmentKind.TEXT, t) for t in p) for p in texts)
    whole = " ".join(s.text for p in paragraphs for s in p)
    assert metadata._anchor(label, metadata._turn_start(paragraphs), lambda: whole) == metadata.anchor(label, whole)
    assert whole.startswith(metadata._turn_start(paragraphs))


# --- turns: a line without a label inside is kept whole (stripped) without cutting it
from generator.parse import turns  # noqa: E402


def _old_split_mid_labels(text, accepted, inline=None):
    if ":" not in text and inline is None:
        return "\n".join(line.strip() for line in text.split("\n"))
    out = []
    for line in text.split("\n"):
        cuts = [m.start("label") for m in labels.labels_inside(line) if labels.label_key(m.group("label")) in accepted]
        if inline:
            cuts = sorted(set(cuts) | inline_labels.cuts(line, inline))
        for start, end in zip([0] + cuts, cuts + [len(line)]):
            out.append(line[start:end].strip())
    return "\n".join(out)


mid_text = st.lists(st.sampled_from(
    ["away. ", "COOPER: ", "Do you", " ", "  ", "\n", "MS. BLAKE: ", "ok", ":", "Anna: ", "x. Anna: y", "\t"]),
    max_size=10).map("".join)


@SETTINGS
@given(mid_text)
def test_split_mid_labels_is_the_old_one(text):
    accepted = frozenset({"cooper", "ms blake", "anna"})
    inline = inline_labels._inline_pattern([labels.candidate("Anna: hi")])
    for pattern in (None, inline):
        assert turns._split_mid_labels(text, accepted, pattern) == _old_split_mid_labels(text, accepted, pattern)


def test_line_tables_are_the_candidates_of_their_lines():
    for text in TEXTS[:50]:
        assert line_table.block(text).candidates == tuple(labels.candidate(line) for line in text.split("\n"))


# --- turns: the units' lines and candidates are gathered while the units are cut, not read from them again
from generator.model import Block  # noqa: E402


def _blocks(text: str) -> list[Block]:
    blocks, line = [], 1
    for part in text.split("\n\n"):
        if part.strip():
            blocks.append(Block(line, part, 1))
        line += part.count("\n") + 2
    return blocks


def test_unit_lines_gathered_while_cutting_are_those_of_the_units():
    cut = 0
    for text in TEXTS:
        blocks = _blocks(text)
        accepted = frozenset(c.key for b in blocks for c in line_table.block(b.text).candidates if c)
        gathered = line_table.UnitLines()
        units = turns._label_units(blocks, accepted, None, gathered)
        read = line_table.UnitLines.of(units)
        assert (gathered.lines, gathered.candidates, gathered.numbers, gathered.offsets) == \
            (read.lines, read.candidates, read.numbers, read.offsets)
        cut += len(units) > len(blocks)
    assert cut >= 10  # blocks of several labelled lines were cut


# --- turns._merge: each turn's label key read once; a joined turn made anew (not with dataclasses.replace)
from dataclasses import replace  # noqa: E402

from generator.model import RawTurn, TurnType  # noqa: E402


def _old_merge(turn_list, same=None):
    same = same or {}

    def key(label):
        found = labels.label_key(label)
        return same.get(found, found)

    merged, gathered = [], []
    for turn in turn_list:
        last = merged[-1] if merged else None
        if (last and turn.type is TurnType.SPEECH and last.type is TurnType.SPEECH and last.label and turn.label
                and key(last.label) == key(turn.label)
                and turn.note is None and not (turns._unvoiced(gathered[-1]) and turns._unvoiced(turn.paragraphs))):
            paragraphs = list(turn.paragraphs)
            if turn.time and paragraphs:
                paragraphs[0] = (Segment(SegmentKind.TIME, f"[{turn.time}]"),) + paragraphs[0]
            gathered[-1].extend(paragraphs)
        else:
            merged.append(turn)
            gathered.append(list(turn.paragraphs))
    return [turn if len(paras) == len(turn.paragraphs) else replace(turn, paragraphs=tuple(paras))
            for turn, paras in zip(merged, gathered)]


raw_turn = st.builds(
    lambda kind, label, note, texts, time: RawTurn(1, kind, label, note, tuple(
        (Segment(SegmentKind.DIRECTION if t.startswith("(") else SegmentKind.TEXT, t),) for t in texts), None, time),
    st.sampled_from(list(TurnType)), st.sampled_from([None, "", "ANNA", "Anna", "Bob", ".", "Michael Folkson", "MF"]),
    st.sampled_from([None, "aside"]), st.lists(st.sampled_from(["Yes.", "(In Russian.)", "No"]), max_size=2),
    st.sampled_from([None, "00:01"]))


@SETTINGS
@given(st.lists(raw_turn, max_size=8))
def test_merge_is_the_old_one(turn_list):
    same = {"michael folkson": "mf"}
    assert turns._merge(turn_list, same) == _old_merge(turn_list, same)
    assert turns._merge(turn_list) == _old_merge(turn_list)


# --- first_turns: a short label's words and honorific read once for all the single-use labels compared with it
from generator.parse import first_turns  # noqa: E402


def _old_introduces(label, note, short):
    words, short_words = first_turns._name_words(labels.label_key(label)), first_turns._name_words(short)
    if len(words) <= len(short_words):
        return False
    if len(short_words) >= first_turns.SHORT_MIN_WORDS and words[-len(short_words):] == short_words \
            and not labels.HONORIFIC.match(short + " "):
        return True
    honorific = len(short_words) == 2 and labels.HONORIFIC.match(short + " ")
    for full in (words, first_turns._name_words(labels.label_key(note or ""))):
        if honorific and len(full) >= 3 and full[0] == short_words[0] and full[-1] == short_words[1]:
            return True
    return False


name_words = st.lists(st.sampled_from(["Mr", "Mr.", "David", "Hanson", "President", "of", "Russia", "Vladimir",
                                       "Putin", "Dr"]), max_size=5).map(" ".join)


@SETTINGS
@given(name_words, st.none() | name_words, name_words.map(labels.label_key))
def test_introduces_is_the_old_one(label, note, short):
    assert first_turns._introduces(label, note, short) == _old_introduces(label, note, short)

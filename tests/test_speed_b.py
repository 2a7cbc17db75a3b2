"""Speed edits of round seven (labels, turns, speakers, metadata) change no output: each rewritten function gives
what the old one gave.

The old formulations are kept here as the reference and compared with the new ones on the lines of the committed
samples and case files (real transcripts) and on random text made of the characters they care about.  No test
here is timed: the bench (``bench/convert.py``) measures the speed.
"""

from __future__ import annotations

import hashlib
from itertools import islice
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.parse import first_turns, labels, layouts, metadata, turns

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TESTS = Path(__file__).parent


def _real_lines() -> list[str]:
    """Every line of the committed samples and case files (real transcripts and their layouts)."""
    lines: list[str] = []
    for path in sorted(TESTS.glob("fixtures/samples/*")) + sorted(TESTS.glob("cases/**/*.txt")) \
            + sorted(TESTS.glob("cases/**/*.md")):
        lines.extend(path.read_text(encoding="utf-8", errors="replace").split("\n"))
    return lines


REAL_LINES = _real_lines()


def _real_texts() -> list[str]:
    """Texts of one to forty consecutive real lines joined by spaces: short turns and long speeches."""
    texts = []
    for size in (1, 3, 8, 40):
        texts.extend(" ".join(REAL_LINES[i:i + size]) for i in range(0, len(REAL_LINES), size * 7 + 1))
    return texts


def test_real_lines_are_read():
    assert len(REAL_LINES) > 1000


# --- metadata._anchor: the old reading (the first 1,000 characters read word by word, then the whole text)
def _old_anchor(label, start, whole) -> str:
    found = list(islice(metadata.WORDS.finditer(start[:metadata.ANCHOR_PREFIX].casefold()), metadata.ANCHOR_WORDS + 1))
    if len(found) <= metadata.ANCHOR_WORDS and len(start) > metadata.ANCHOR_PREFIX:
        found = list(islice(metadata.WORDS.finditer(whole().casefold()), metadata.ANCHOR_WORDS))
    words = " ".join([m.group() for m in found[:metadata.ANCHOR_WORDS]])
    digest = hashlib.sha1(f"{labels.label_key(label or '')}\n{words}".encode("utf-8")).hexdigest()
    return "t-" + digest[:6]


def _both_anchors(label, text) -> tuple[str, str]:
    start = text[:metadata.ANCHOR_PREFIX + 50]  # a start longer than the prefix, as ``_turn_start`` gives one
    return metadata._anchor(label, start, lambda: text), _old_anchor(label, start, lambda: text)


def test_anchor_is_the_old_reading_on_real_texts():
    for text in _real_texts():
        new, old = _both_anchors("Anna", text)
        assert new == old, text[:300]


anchor_text = st.lists(st.sampled_from(["a", "bc", "ß", "ΑΣ", " ", "  ", ".", "-", "\n", "x" * 30, "1:02", "é"]),
                       max_size=400).map("".join)


@SETTINGS
@given(anchor_text)
def test_anchor_is_the_old_reading_on_random_text(text):
    new, old = _both_anchors(None, text)
    assert new == old


# --- turns._split_mid_labels: the old reading (every line of a block with a colon read for labels inside it)
def _old_split_mid_labels(text: str, accepted: frozenset[str]) -> str:
    if ":" not in text:
        return "\n".join([line.strip() for line in text.split("\n")]) if "\n" in text else text.strip()
    out = []
    for line in text.split("\n"):
        cuts = [m.start("label") for m in labels.labels_inside(line) if labels.label_key(m.group("label")) in accepted]
        for start, end in zip([0] + cuts, cuts + [len(line)]):
            out.append(line[start:end].strip())
    return "\n".join(out)


def _blocks(lines: list[str], size: int) -> list[str]:
    return ["\n".join(lines[i:i + size]) for i in range(0, len(lines), size)]


MID_ACCEPTED = frozenset({"cooper", "mr smith", "ms. blake", "the president", "q", "a", "moderator"})


def test_split_mid_labels_is_the_old_reading_on_real_blocks():
    accepted = MID_ACCEPTED | {labels.label_key(m.group("label")) for line in REAL_LINES
                               for m in labels.labels_inside(line)}
    for size in (1, 2, 5):
        for block in _blocks(REAL_LINES, size):
            assert turns._split_mid_labels(block, accepted) == _old_split_mid_labels(block, accepted), block


mid_text = st.lists(st.sampled_from(["away.", " ", "  ", "\t", "\n", "COOPER", ":", " Do", "MR SMITH", "(Ohio)",
                                     "Dr.", "?", "”", "x", "Ms. BLAKE", "—"]), max_size=40).map("".join)


@SETTINGS
@given(mid_text)
def test_split_mid_labels_is_the_old_reading_on_random_text(text):
    assert turns._split_mid_labels(text, MID_ACCEPTED) == _old_split_mid_labels(text, MID_ACCEPTED)


# --- labels.lines_inside: the lines read for labels inside them (the old reading read every line)
def _inside_counts(lines: list[str], chosen: list[str]) -> list[tuple[str, int]]:
    from collections import Counter
    return list(Counter(labels.label_key(m.group("label")) for line in chosen for m in labels.labels_inside(line)).items())


def test_lines_inside_keeps_every_line_with_a_label_inside():
    for size in (3, 50, 1000):
        for start in range(0, len(REAL_LINES), size):
            lines = REAL_LINES[start:start + size]
            assert _inside_counts(lines, labels.lines_inside(lines)) == _inside_counts(lines, lines)


@SETTINGS
@given(st.lists(mid_text, max_size=8))
def test_lines_inside_on_random_lines(lines):
    assert _inside_counts(lines, labels.lines_inside(lines)) == _inside_counts(lines, lines)
    assert set(labels.lines_inside(lines)) >= {line for line in lines if labels.labels_inside(line)}


# --- first_turns.introduced_labels: the old reading (every line with a colon read for a full form)
def _old_introduced(lines: list[str], accepted: frozenset[str]) -> dict[str, str]:
    from collections import Counter
    from generator.parse import line_table
    F = first_turns
    found = [c for c in line_table.candidates(lines) if c and c.style == "colon"]
    uses = Counter(c.key for c in found)
    shorts = [(key, F._short_form(key)) for key in accepted if uses[key] >= 2]
    if not shorts:
        return {}
    heads = [f for line in lines if ":" in line and (f := F._full_form(line))]
    head_uses = Counter(key for _, key in heads)
    out = {}
    for label, note, key in [(c.label, c.note, c.key) for c in found] + [(h, None, k) for h, k in heads]:
        if uses[key] > 1 or head_uses[key] > 1 or key in accepted or key in labels.FIELD_KEYS or key in out:
            continue
        words = F._name_words(labels.label_key(label))
        fits = [short for short, form in shorts if F._introduces_words(words, note, form)]
        if len(fits) == 1:
            out[key] = fits[0]
    return out


def _documents() -> list[list[str]]:
    paths = sorted(TESTS.glob("fixtures/samples/*")) + sorted(TESTS.glob("cases/**/*.txt")) \
        + sorted(TESTS.glob("cases/**/*.md"))
    return [p.read_text(encoding="utf-8", errors="replace").split("\n") for p in paths]


def _recurring(lines: list[str]) -> frozenset[str]:
    from collections import Counter
    from generator.parse import line_table
    counts = Counter(c.key for c in line_table.candidates(lines) if c)
    return frozenset(key for key, n in counts.items() if n >= 2)


def test_introduced_labels_is_the_old_reading_on_real_documents():
    for lines in _documents():
        accepted = _recurring(lines)
        assert first_turns.introduced_labels(lines, accepted) == _old_introduced(lines, accepted)


intro_line = st.sampled_from([
    "Vladimir Putin: Good afternoon.", "President of Russia Vladimir Putin: Colleagues,", "Mr Hanson: Yes.",
    "Mr David Hanson (Delyn) (Lab): I ask", "Mr D. HANSON: no", "**President of Russia Vladimir Putin:** Hi",
    "The Secretary of State (Mr David Hanson): We", "Sergey Lavrov: Yes.", "Minister Sergey Lavrov: Thank",
    "Mr O’Brien: So", "Dr Mary O’Brien: Well", "Mr Li: ok", "Professor Ming Li: yes", "Q: And?", "ΑΣ ΑΣ: x",
    "Text with Putin: inside.", "putin: lower", "", "Vladimir  PUTIN: caps", "Mr. Hanson. He said: x"])


@SETTINGS
@given(st.lists(intro_line, max_size=20))
def test_introduced_labels_is_the_old_reading_on_random_documents(lines):
    accepted = _recurring(lines)
    assert first_turns.introduced_labels(lines, accepted) == _old_introduced(lines, accepted)


# --- layouts.section_markers: the old reading (every use of every label read, with the next line below it)
def _old_section_markers(lines: list[str], accepted: frozenset[str]) -> frozenset[str]:
    from generator.parse import line_table
    L = layouts
    uses: dict[str, list] = {}
    found_at = line_table.candidates(lines)
    for index, c in enumerate(found_at):
        if not c or c.style not in ("colon", "bracket") or len(line := lines[index]) > L.MARKER_LINE_CHARS \
                or labels.not_a_name(c.label):
            continue
        rest = L._rest(line, c)
        below = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
        after = found_at[below] if below is not None else None
        next_label = below is None or bool(after) and after.key in accepted and after.key != c.key
        uses.setdefault(c.key, []).append((L._no_speech(rest), next_label, bool(rest) or bool(c.time)))
    found = {key for key, marks in uses.items()
             if all(empty for empty, _, _ in marks) and not labels.is_automatic(key)
             and (all(below and timed for _, below, timed in marks)
                  or len(marks) >= 2 and sum(below for _, below, _ in marks) >= L.MARKER_NEXT_LABEL_SHARE * len(marks))}
    return frozenset(found - L._speaking(lines, found))


def test_section_markers_is_the_old_reading_on_real_documents():
    for lines in _documents():
        accepted = _recurring(lines)
        assert layouts.section_markers(lines, accepted) == _old_section_markers(lines, accepted)


marker_line = st.sampled_from(["**Break:** [23:45]", "Jingle:", "Outro: [01:08:24]", "Anna: Hello there.",
                               "Ben: Yes.", "", "   ", "Jingle: and now the news", "[Music]", "[Speaker 1]:",
                               "Break:", "Anna: [00:01:02]", "text line", "Ben:"])


@SETTINGS
@given(st.lists(marker_line, max_size=20))
def test_section_markers_is_the_old_reading_on_random_documents(lines):
    accepted = _recurring(lines)
    assert layouts.section_markers(lines, accepted) == _old_section_markers(lines, accepted)


# --- speakers._full_name_for: the old reading (every known person's surname folded again for every label)
def _old_full_name_for(label, known, labelled=()):
    from generator.parse import people
    titles, rest = people.surname_and_titles(label)
    known = [p for p in known if not labels.JOINT.search(p.name)]
    labelled = tuple(name for name in labelled if not labels.JOINT.search(name))
    initial = people.initial_form(rest)
    if initial:
        first, surname = initial
    elif " " not in rest and rest[:1].isalpha():
        first, surname = None, people.fold(rest)
        given = {name for name in labelled if people.fold(name.split()[0]) == surname} if not titles else set()
        if given:
            return given.pop() if len(given) == 1 else None
    else:
        return None
    matches = sorted({p.name for p in known if " " in p.name
                      and people.fold(p.name.split()[-1]) == surname
                      and (first is None or people.fold(p.name)[0] == first)}, key=lambda n: (-len(n), n))
    if matches and all(people.same_person(matches[0], other) for other in matches[1:]):
        return matches[0]
    return None


def test_full_name_for_is_the_old_reading_on_real_documents():
    from generator.model import Person
    from generator.parse import line_table, people, speakers
    for lines in _documents():
        text = "\n".join(lines)
        known = list(dict.fromkeys(people.people_in(text) + [Person(n) for n in people.names_in(text)]
                                   + [Person("Monica and Ross"), Person("J. Smith"), Person("Jane Smith")]))
        asked = {c.label for c in line_table.candidates(lines) if c} | {"Mr. Smith", "J. SMITH", "SMITH", "Jane"}
        for label in sorted(asked):
            assert speakers._full_name_for(label, known, ("Jane Doe",)) == _old_full_name_for(label, known, ("Jane Doe",))
        known.append(Person("Anna Smith"))  # the same list with one more person: read again, not remembered
        assert speakers._full_name_for("SMITH", known) == _old_full_name_for("SMITH", known)


# --- turns.segments: the old reading (a paragraph with brackets split at its directions, then tidied, always)
def _old_segments(text: str):
    from generator.model import Segment, SegmentKind
    parts = []
    position = 0
    time = layouts.TURN_TIME.match(text)
    if time:
        parts.append(Segment(SegmentKind.TIME, time.group(0).strip()))
        position = time.end()
    elif "(" not in text and "[" not in text:
        text = text.strip()
        return (Segment(SegmentKind.TEXT, text),) if text else ()
    for match in turns.DIRECTION.finditer(text):
        if match.start() > position:
            parts.append(Segment(SegmentKind.TEXT, text[position:match.start()]))
        parts.append(Segment(SegmentKind.DIRECTION, match.group(0)))
        position = match.end()
    if position < len(text):
        parts.append(Segment(SegmentKind.TEXT, text[position:]))
    return turns._tidy(parts)


def test_segments_is_the_old_reading_on_real_lines():
    for line in REAL_LINES:
        assert turns.segments(line) == _old_segments(line), line


segment_text = st.lists(st.sampled_from(["(", ")", "[", "]", " ", "\t", "laughter", "Laughs", "in Russian", "x",
                                         "[00:01:02]", "00:01:02 ", "glossary:RCS", "sic", "\n"]),
                        max_size=12).map("".join)


@SETTINGS
@given(segment_text)
def test_segments_is_the_old_reading_on_random_text(text):
    assert turns.segments(text) == _old_segments(text)


# --- labels.wrap_end: WRAP_END searched from near the end of the line (the old reading searched the whole line)
def test_wrap_end_is_the_old_search_on_real_lines():
    for line in REAL_LINES + [line.upper() for line in REAL_LINES]:
        assert labels.wrap_end(line) == bool(labels.WRAP_END.search(line)), line


@SETTINGS
@given(st.lists(st.sampled_from(["DE", "DELLA", "FÜR", " ", ",", "\t", "\n", "X", "LA", "Y", "ANDY", "  "]),
                max_size=12).map("".join))
def test_wrap_end_is_the_old_search_on_random_text(line):
    assert labels.wrap_end(line) == bool(labels.WRAP_END.search(line))

"""Round-5 speed edits of the parse stage (labels, turns, speakers, metadata) change no output: each faster reading
gives what the one it replaced gave.

The replaced formulations are kept here as the reference and compared with the new ones on the lines of the
committed real transcripts (seeds, samples, rule cases) and on random text made of the characters they care about.
No test here is timed: ``bench/convert.py`` measures the speed.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.parse import label_rules, labels

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROOT = Path(__file__).resolve().parent.parent


def _real_texts() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "samples").glob("*")) \
        + sorted((ROOT / "tests" / "cases").rglob("*.txt")) + sorted((ROOT / "tests" / "cases").rglob("*.yml"))
    return [f.read_text(encoding="utf-8", errors="replace") for f in files if f.is_file()]


TEXTS = _real_texts()
LINES = sorted({line for text in TEXTS for line in text.split("\n")})


def test_there_are_real_lines():
    assert len(TEXTS) >= 10 and len(LINES) >= 3000


# --- labels.candidate: the shapes a line's first character cannot open are not tried
def _old_candidate(line: str):
    """``labels.candidate`` before round 5: every shape of the registry tried on every line."""
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
        time_match = number = None
    first = text[:1]
    if not (first.isalpha() or first in "[("):
        return None
    time = time_match.group("time") if time_match else None
    for rule in rules.SHAPES:
        if rule.scope == rules.AFTER_TIME and time is None or not rule.test(text):
            continue
        match = rule.pattern.match(text)
        parts = match and rule.action(match)
        if not parts:
            continue
        label = parts["label"]
        if "  " in label:
            label = " ".join(label.split())
        if len(label) > (rules.OFFICE_MAX_CHARS if rule.pattern is rules.OFFICE_LABEL or labels.portfolio_office(label)
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

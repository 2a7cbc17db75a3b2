"""Round-9 speed edits (``speedM``) change no output: each remembered or rewritten reading gives what the one it
replaced gave.

The replaced formulations are kept here as the reference and compared with the new ones on the labels of the
committed real transcripts (seeds, samples, rule cases: every line-start candidate's label, note and rest) and on
random labels made of the words and marks the readings care about.  No test here is timed: ``bench/convert.py``
measures the speed.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.parse import labels, people

from conftest import real_case_texts

SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _real_labels() -> list[str]:
    """The labels (and notes, and the short rests: "Mr. SMITH", "The Secretary of State (Mr John Smith)") that the
    line-start candidates of the committed real texts read."""
    found: set[str] = set()
    for text in real_case_texts():
        for line in text.split("\n"):
            c = labels.candidate(line)
            if c:
                found |= {c.label, c.note or "", c.rest if len(c.rest) <= 60 else ""}
    return sorted(found - {""})


REAL_LABELS = _real_labels()
LABEL_PIECES = ["Mr.", "MR.", "Mrs", "Dr.", "The", "Right", "Hon.", "Rt.", "M.", "L'hon.", "SECRETARY", "Secretary",
                "KERRY", "Kerry", "John", "J.", "JOHN", "SMITH", "o'rourke", "MCCAIN", "of", "Ohio", "pro", "tempore",
                "SEYFETTİN", "YILMAZ", "PRESIDENTE", "DA", "MESA", "Herr", "Präsident", "Abgeordneter", "Chairman",
                "CHAIRMAN", "Senator", "Speaker", "and", " ", "  ", "\t", ".", "-", "’"]


def _old_display_name(label: str) -> str:
    """``people.display_name`` as it was (read again at every call)."""
    return people.display_name.__wrapped__(label)


def _old_surname_and_titles(label: str) -> tuple[list[str], str]:
    """``people.surname_and_titles`` as it was: the titles as a new list at every call."""
    words = _old_display_name(label).split()
    titles = []
    while len(words) > 1 and (people.fold(words[0]).strip(".") in people.HONORIFICS
                              or people._courtesy_before_name(words) or people._rank_before_honorific(words)):
        titles.append(words.pop(0))
    return titles, " ".join(words)


def _same(label: str) -> None:
    assert people.display_name(label) == _old_display_name(label)
    titles, rest = people.surname_and_titles(label)
    assert (list(titles), rest) == _old_surname_and_titles(label)
    assert isinstance(titles, tuple)  # (remembered: a caller cannot change the answer another caller gets)


def test_label_forms_are_the_old_ones_on_real_labels():
    assert len(REAL_LABELS) > 1_000
    for label in REAL_LABELS:
        _same(label)
        _same(label)  # (the second answer is the remembered one)


@SETTINGS
@given(st.lists(st.sampled_from(LABEL_PIECES), min_size=1, max_size=6).map(" ".join),
       st.lists(st.sampled_from(LABEL_PIECES), min_size=1, max_size=6).map("".join))
def test_label_forms_are_the_old_ones_on_random_labels(spaced, joined):
    for label in (spaced, joined, re.sub(r"\s+", " ", spaced).upper()):
        _same(label)

"""Round-9 speed edits (``speedM``) change no output: each remembered or rewritten reading gives what the one it
replaced gave.

The replaced formulations are kept here as the reference and compared with the new ones on the labels of the
committed real transcripts (seeds, samples, rule cases: every line-start candidate's label, note and rest) and on
random labels made of the words and marks the readings care about.  No test here is timed: ``bench/convert.py``
measures the speed.
"""

from __future__ import annotations

import re

import pytest
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


# --- label_timed.timed_roles: the evidence's own line starts, not the document's lines read twice more ----------

def _old_timed_roles(ev, accepted: set[str]) -> set[str]:
    """``label_timed.timed_roles`` as it was: the line starts read again from the lines, all, then the names."""
    from generator.parse import label_timed
    from generator.parse.label_seen import seen

    every = [s for s in seen(ev.lines, names_only=False) if s.candidate.style == "timed"]
    roles = [s for s in every if label_timed._timed_role(s.candidate)]
    if not roles:
        return set()
    named = {s.index for s in seen(ev.lines) if s.candidate.style == "timed"}
    named |= {s.index for s in roles}
    return label_timed.timed_keys_of([s for s in every if s.index in named], ev.lines)


def _timed_documents() -> list[list[str]]:
    """The committed real texts as lines, each whole and (for the name + time readings) as the part from each of
    its first lines that open with a time code, so that short exports and long ones are both read."""
    from generator.parse import label_timed

    documents = []
    for text in real_case_texts():
        lines = text.split("\n")
        documents.append(lines)
        starts = [i for i, line in enumerate(lines) if label_timed.TIME_FIRST.match(line)][:3]
        documents += [lines[i:] for i in starts]
    return documents


TIMED_PIECES = ["00:07:01 ", "00:09:58 ", "10:30 ", "[0:37] ", "Élu principal", "Conseiller d’opposition 1", "Anna",
                "Speaker 1", "Personne chargée de l’appel", "we met at the station", "Merci.", "", "**Anna** [0:00]",
                "Anna Smith  0:37", "Bonjour à tous.", "Unknown Speaker  0:35"]


def test_timed_roles_are_the_old_ones_on_real_texts():
    from generator.parse import label_seen, label_timed

    compared = 0
    for lines in _timed_documents():
        ev = label_seen.evidence(lines)
        if label_timed.any_timed(ev):
            assert label_timed.timed_roles(ev, set()) == _old_timed_roles(ev, set())
            compared += 1
    assert compared >= 3


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(TIMED_PIECES[:4]), st.sampled_from(TIMED_PIECES[4:])).map("".join)
                | st.sampled_from(TIMED_PIECES[4:]), min_size=3, max_size=24))
def test_timed_roles_are_the_old_ones_on_random_exports(lines):
    from generator.parse import label_seen, label_timed

    ev = label_seen.evidence(lines)
    assert label_timed.timed_roles(ev, set()) == _old_timed_roles(ev, set())


# --- label_evidence._trailer_credits: each key against the two latest speakers, not against every other key --------

def _old_trailer_credits(ev, accepted: set[str]) -> set[str]:
    """``label_evidence._trailer_credits`` as it was: every key's last speech compared with every other key's."""
    from generator.parse import label_evidence as E

    found = ev.found + E.minutes.handle_lines(ev, accepted)
    speech = [s for s in found if s.key in accepted and not E._credit(s)]
    if len(speech) < E.DIALOGUE_MIN_LINES:
        return set()
    uses: dict = {}
    for s in found:
        if s.key in accepted:
            uses.setdefault(s.key, []).append(s)
    last_of: dict = {}
    for s in speech:
        last_of[s.key] = max(last_of.get(s.key, s.index), s.index)
    out = set()
    for key, found in uses.items():
        last = max((at for other, at in last_of.items() if other != key), default=len(ev.lines))
        if all(s.index > last and E._credit(s) for s in found):
            out.add(key)
    return out if len(out) >= E.CREDIT_MIN_KEYS else set()


CREDIT_LINES = ["郭文贵先生：我们今天谈。", "主持人：好的。", "听写组：【文竺】", "校对：【小白】", "ANNA: Yes, we did.",
                "BORIS: No.", "ANNA: 【文竺】", "BORIS: Thanks", "", "Photo: AP", "CARLA: Well. I think so."]


def _accepted_cases(lines: list[str]):
    """The document's evidence with several sets of accepted keys: none, all, every other one (both halves)."""
    from generator.parse import label_seen

    ev = label_seen.evidence(lines)
    keys = sorted({s.key for s in ev.found})
    for accepted in (set(), set(keys), set(keys[::2]), set(keys[1::2])):
        yield ev, accepted


def _same_as_old(new, old, lines: list[str]) -> int:
    """``new`` and ``old`` (evidence rules: (evidence, accepted) -> keys) agree on ``lines`` with every set of
    accepted keys; how many of their answers were not empty."""
    fired = 0
    for ev, accepted in _accepted_cases(lines):
        expected = old(ev, accepted)
        assert new(ev, accepted) == expected
        fired += bool(expected)
    return fired


@SETTINGS
@given(st.lists(st.sampled_from(CREDIT_LINES), min_size=3, max_size=30))
def test_trailer_credits_are_the_old_ones_on_random_documents(lines):
    from generator.parse import label_evidence

    _same_as_old(label_evidence._trailer_credits, _old_trailer_credits, lines)


# --- label_evidence._field_labels: each handle's spelling searched in the text once, not at each of its uses -------

def _old_field_labels(ev, accepted: set[str]) -> set[str]:
    """``label_evidence._field_labels`` as it was: the text searched for a handle at every line it opens."""
    from statistics import median

    from generator.parse import label_evidence as E, labels as L

    keys = set()
    handles = {s.key for s in ev.found if L.handle(s.candidate.label) and s.key not in L.FIELD_KEYS
               and ev.counts[s.key] >= E.HANDLE_MIN_USES and not E._in_prose(ev, s.candidate.label)}
    typical = median(ev.counts[key] for key in accepted) if accepted else 0
    layouts = {s.layout[:2] + s.layout[3:] for s in ev.found if s.key in accepted and ev.counts[s.key] >= 2}
    fields = {s.key for s in ev.found if s.key in L.FIELD_KEYS and ev.counts[s.key] >= E.FIELD_LABEL_MIN_USES}
    for key in fields | handles:
        others = [i for i, s in enumerate(ev.found) if s.key in accepted and s.key != key]
        uses = [i for i, s in enumerate(ev.found) if s.key == key]
        if not others or not any(s.layout[:2] + s.layout[3:] in layouts for s in ev.found if s.key == key):
            continue
        if ev.counts[key] < typical * E.FIELD_LABEL_MEDIAN_SHARE and not (
                E._block_share(ev, [ev.found[i] for i in uses]) >= E.FIELD_LABEL_BLOCK_SHARE
                and E._block_share(ev, [ev.found[i] for i in others]) >= E.FIELD_LABEL_BLOCK_SHARE):
            continue
        inside = sum(1 for i in uses if others[0] < i < others[-1])
        if inside / len(uses) >= E.FIELD_LABEL_INSIDE_SHARE:
            keys.add(key)
    return keys


HANDLE_LINES = ["stark: so what is it?", "adam3us: well, it is a sidechain.", "stark: and then?", "", "Anna: Yes.",
                "adam3us: the fix for that.", "note: see below", "a fix for stark", "CC: Roger.", "CDR: Okay.",
                "darosior: ok", "Darosior: ok", "cc: copy"]


@SETTINGS
@given(st.lists(st.sampled_from(HANDLE_LINES), min_size=3, max_size=30))
def test_field_labels_are_the_old_ones_on_random_documents(lines):
    from generator.parse import label_evidence

    _same_as_old(label_evidence._field_labels, _old_field_labels, lines)


@pytest.mark.parametrize("rule, old, extra", [
    ("_trailer_credits", _old_trailer_credits, CREDIT_LINES * 3 + ["听写组：【文竺】", "校对：【小白】"]),
    ("_field_labels", _old_field_labels, HANDLE_LINES * 4)], ids=["trailer-credits", "field-labels"])
def test_evidence_rules_are_the_old_ones_on_real_texts(rule, old, extra):
    """On every committed real text, and on a document of the rule's own family (a livestream's credits block, a
    chat labelled by handles) where the rule fires."""
    from generator.parse import label_evidence

    texts = [text.split("\n") for text in real_case_texts()] + [extra]
    assert sum(_same_as_old(getattr(label_evidence, rule), old, lines) for lines in texts)

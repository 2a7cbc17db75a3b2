"""Label shapes as a rule table, and each document's evidence deciding which shapes are its labels.

Each case is a small transcript ``tests/cases/label-shapes/NAME.(txt|md|html)`` with an expectation ``NAME.yml``
beside it, in the format of ``tests/test_label_grammar.py``::

    rule: what the case exercises (free text)
    kind: positive | must-not-fire
    speakers: [...]       # optional: the speaker name of every speech turn, in order
    not_speakers: [...]   # optional: names that must not be speakers of the document
    starts: [...]         # optional: how each speech turn's text begins, in order (and how many there are)
    kept_as_text: [...]   # optional: strings that must stand inside the text (not read as labels)
    warns: [...]          # optional: strings that must appear in the document's diagnostics
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import case_inputs, check_case, converted_case
from generator import pipeline
from generator.parse import label_evidence, label_rules, labels, rules, vocab
from generator.read import files as read

CASES = Path(__file__).parent / "cases" / "label-shapes"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_label_shape_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation_and_each_family_both_kinds():
    cases = _cases()
    assert cases and all(p.with_suffix(".yml").exists() for p in cases)
    kinds = {}
    for path in cases:
        kind = re.search(r"^kind: *(\S+)", path.with_suffix(".yml").read_text(encoding="utf-8"), re.M).group(1)
        kinds.setdefault(path.stem.split("_")[0], set()).add(kind)
    # every family of shapes has positive and must-not-fire cases
    assert all(found == {"positive", "must-not-fire"} for found in kinds.values()), kinds


@pytest.mark.parametrize("line,label,note,rest,style", [
    ("MS.\u00a0 PSAKI:\u00a0 Well, life", "MS. PSAKI", None, "Well, life", "colon"),
    ("主席：早晨，現在", "主席", None, "早晨，現在", "colon"),
    ("问：使用", "问", None, "使用", "colon"),
    ("1. Mr John Smith (Northtown) (Lab): What steps", "Mr John Smith", "Northtown, Lab", "What steps", "colon"),
    ("Dr. Bertram (Z) : Meine", "Dr. Bertram", "Z", "Meine", "colon"),
    ("Anna Schmidt, Bundesministerin für Umwelt: Ja", "Anna Schmidt", "Bundesministerin für Umwelt", "Ja", "colon"),
    ("HON. A. SAYED-KHAIYUM (Attorney-General).- Thank you", "HON. A. SAYED-KHAIYUM", "Attorney-General",
     "Thank you", "stop-dash"),
    ("HON. A. SAYED-KHAIYUM.— Thank you", "HON. A. SAYED-KHAIYUM", None, "Thank you", "stop-dash"),
    ("P - Me pregunto", "P", None, "Me pregunto", "dash"),
    ("**(Emma)** Il y a", "Emma", None, "Il y a", "paren"),
    ("Заря 1 (Королев): Слышу", "Заря 1", "Королев", "Слышу", "colon"),
    ("Some hon. members: Hear, hear!", "Some hon. members", None, "Hear, hear!", "colon"),
])
def test_shape_reads_parts(line, label, note, rest, style):
    found = labels.candidate(line)
    assert found is not None and (found.label, found.note, found.rest, found.style) == (label, note, rest, style)


def test_speech_offset_is_the_lines_own():
    """Characters read as others (no-break space, full-width colon) keep the line's offsets: the speech is cut
    from the line as written."""
    line = "MS.\u00a0 PSAKI:\u00a0 Well, life"
    assert line[labels.candidate(line).end:] == "Well, life"
    line = "主席：早晨"
    assert line[labels.candidate(line).end:] == "早晨"


@pytest.mark.parametrize("line", ["It was, as he said: nothing", "Well, here is the thing: we",
                                  "A - B testing", "10:30 we met"])
def test_not_a_shape(line):
    found = labels.candidate(line)
    assert found is None or labels.not_a_name(found.label) or found.style == "dash" and found.label == "A"


def test_registry_orders_by_priority_and_replaces_by_name():
    registry = rules.Registry()  # the label tables use the shared registry
    registry.register("low", "a", 10)
    registry.register("high", "b", 50)
    assert list(registry) == ["high", "low"]
    registry.register("higher", "a", 90)
    assert list(registry) == ["higher", "high"] and "a" in registry and registry["a"] == "higher"
    registry.deregister("b")
    assert list(registry) == ["higher"]


def test_rule_tables_are_named_and_ordered():
    # (the courtesy title's full-stop-and-dash label before the colon shape: "Sr. GOBERNADOR.- Presidenta: muchas
    # gracias" opens with "Sr. GOBERNADOR", not with a colon label "Sr. GOBERNADOR.- Presidenta")
    # (a chat export's sender line before them all: "From Danny to Everyone: 03:09 PM" is no colon label "From Danny
    # to Everyone" and no name + time line; ``label_chat``)
    names = [rule.name for rule in label_rules.SHAPES]
    assert names[0] == "chat" and names[1:5] == ["timed", "asked", "stop-dash", "colon"]
    assert {rule.name for rule in label_evidence.EVIDENCE} >= {"recurs", "field-key", "collective", "dash-pairs"}
    assert all(rule.scope for rule in label_rules.SHAPES) and all(rule.scope for rule in label_evidence.EVIDENCE)


def test_vocabularies_say_where_they_come_from():
    for name in ("label-field-keys.txt", "label-generic.txt", "label-determiners.txt", "label-qa-letters.txt"):
        text = (vocab.DATA / name).read_text(encoding="utf-8")
        assert "Where they come from" in text, name


def _diagnostics(tmp_path: Path, name: str, text: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return pipeline.convert_source(read.read_source(path, path.name, path.read_bytes())).diagnostics


def test_rejected_recurring_candidate_is_reported_with_line_and_fix(tmp_path):
    """4a: a candidate that recurs at line starts and is turned down gets ``path:line: why; how to fix it``."""
    text = ("Interview\n\nSmith: Hello there.\n\nJones: Hi.\n\nMy answer is simple: no.\n\nSmith: Why?\n\n"
            "Jones: Because.\n\nMy answer is simple: yes.\n")
    found = [d for d in _diagnostics(tmp_path, "x.txt", text) if "My answer is simple" in d.message]
    assert len(found) == 1
    assert found[0].line == 7 and "opens 2 lines" in found[0].message and "sidecar" in found[0].fix
    assert str(found[0]).startswith("x.txt:7: ")


def test_every_rejected_recurring_candidate_is_reported(tmp_path):
    """4a over the must-not-fire cases: every line-start candidate that recurs and is not a label is reported."""
    for path in _cases():
        source = read.read_source(path, path.name, path.read_bytes())
        transcript = pipeline.convert_source(source)
        accepted = {labels.label_key(t.label) for t in transcript.turns if t.label}
        lines = source.text.split("\n")
        found = [c for i, line in enumerate(lines) if (c := labels.candidate(line)) and c.style != "timed"
                 and not (i and labels.wrapped(lines, i - 1))  # the second line of a wrapped label
                 and (c.rest or c.style == "colon") and not labels.URL_ONLY.match(c.rest)
                 and not (c.style == "paren" and (not c.rest or label_evidence.direction(c)))]
        counts = {}
        for c in found:
            counts[c.key] = counts.get(c.key, 0) + 1
        messages = " ".join(d.message for d in transcript.diagnostics)
        removed = Counter(c.key for r in transcript.removed for line in r.text.split("\n") if (c := labels.candidate(line)))
        for key, uses in counts.items():  # a candidate whose lines were removed as furniture is listed as removed
            if (uses >= 2 and key not in accepted and key not in {labels.label_key(f.key) for f in transcript.fields}
                    and removed[key] < uses):
                label = next(c.label for c in found if c.key == key)
                assert f"'{label}" in messages, (path.name, label)

"""Structure before labels and the cleaning rules as data (issue 13, points 3 for cleaning, 4c, 4d, 5).

Cases of page structure are small transcripts ``tests/cases/structure/NAME.txt`` (or ``.md``, ``.html``) with an
expectation ``NAME.yml`` beside it, in the format of ``tests/test_label_grammar.py`` plus::

    removed: [[TEXT, REASON], ...]   # lines the cleaner must remove, with the reason it records
    not_removed: [TEXT, ...]          # lines it must not remove
    not_in_speech: [TEXT, ...]        # text that must not stand in any speech turn
    fields: [[KEY, VALUE], ...]       # metadata fields the document must have

The cleaning rules of the registry ``clean`` have positive and must-not-fire cases in
``tests/cases/rules/clean.yml`` (the format of ``tests/test_rule_cases.py``), checked here by tracing the rules
that fire while each example is converted.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import case_inputs, check_case, converted_case
from generator import pipeline
from generator.parse import clean_rules, rules
from generator.read import files

ROOT = Path(__file__).parent
CASES = ROOT / "cases" / "structure"
RULE_CASES = ROOT / "cases" / "rules" / "clean.yml"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_structure_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    fields = {(f.key, f.value) for f in transcript.fields}
    for key, value in expected.get("fields", []):
        assert (key, value) in fields, sorted(fields)


def test_every_structure_case_has_an_expectation():
    assert _cases() and all(p.with_suffix(".yml").exists() for p in _cases())


def _rule_examples():
    for rule, case in (yaml.safe_load(RULE_CASES.read_text(encoding="utf-8")) or {}).items():
        for expect in ("fires", "must_not_fire"):
            for number, text in enumerate(case.get(expect) or [], 1):
                yield pytest.param(rule, expect, text, case.get("suffix", ".txt"), id=f"{rule}.{expect}.{number}")


@pytest.mark.parametrize("rule, expect, text, suffix", list(_rule_examples()))
def test_clean_rule_case(rule, expect, text, suffix):
    assert rule in clean_rules.BLOCK_RULES, f"tests/cases/rules/clean.yml names no rule {rule!r}"
    source = files.read_source(Path("case" + suffix), "case" + suffix, text.encode("utf-8"))
    with rules.trace() as counter:
        pipeline.convert_source(source)
    assert (f"clean.{rule}" in counter) == (expect == "fires"), sorted(counter)


def test_every_clean_rule_has_both_kinds_of_case():
    cases = yaml.safe_load(RULE_CASES.read_text(encoding="utf-8")) or {}
    missing = [f"{rule.name}: {expect}" for rule in clean_rules.BLOCK_RULES for expect in ("fires", "must_not_fire")
               if not (cases.get(rule.name) or {}).get(expect)]
    assert not missing


def test_every_vocabulary_entry_says_where_it_comes_from():
    path = Path(clean_rules.__file__).parent.parent / "data" / "cleaning-vocabulary.txt"
    entries = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    assert entries and all("#" in line and line.split("#", 1)[1].strip() for line in entries)
    for line in entries:
        re.compile(line.split("#")[0].strip().partition(" ")[2])  # every entry is a valid expression


def test_no_rule_quotes_one_seed():
    """The appeal words are a family's vocabulary, not one page's sentences (seed 003's were inline patterns)."""
    source = Path(clean_rules.__file__).read_text(encoding="utf-8")
    for phrase in ("kin|", "reach as many readers", "scan our qr", "send what you can"):
        assert phrase not in source

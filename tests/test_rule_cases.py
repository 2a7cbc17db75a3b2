"""Every rule of every registry (``generator.parse.rules.REGISTRIES``) has positive and must-not-fire cases,
kept as data in ``tests/cases/rules/REGISTRY.yml`` (one file per registry, many examples each, in the manner
of mistune's fixture files)::

    RULE-NAME:
      suffix: .md           # optional: the file type the examples are read as (default .txt)
      fires: [TEXT, ...]           # the rule fires while each of these documents is converted
      must_not_fire: [TEXT, ...]   # ... and never while any of these is

Each example is a whole small transcript converted by the whole pipeline (``pipeline.convert_source``) inside
``rules.trace()``, so a case checks the rule where it runs, not a copy of its pattern.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator import pipeline
from generator.model import Source
from generator.parse import rules
from generator.read import files

CASES = Path(__file__).parent / "cases" / "rules"


def _fixtures() -> dict[str, dict]:
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) or {} for path in sorted(CASES.glob("*.yml"))}


def _examples():
    for registry, rules_cases in _fixtures().items():
        for rule, case in rules_cases.items():
            for expect in ("fires", "must_not_fire"):
                for number, text in enumerate(case.get(expect) or [], 1):
                    yield pytest.param(registry, rule, expect, text, case.get("suffix", ".txt"),
                                       id=f"{registry}.{rule}.{expect}.{number}")


def _fired(text: str, suffix: str) -> set[str]:
    source: Source = files.read_source(Path("case" + suffix), "case" + suffix, text.encode("utf-8"))
    with rules.trace() as counter:
        pipeline.convert_source(source)
    return set(counter)


@pytest.mark.parametrize("registry, rule, expect, text, suffix", list(_examples()))
def test_rule_case(registry, rule, expect, text, suffix):
    assert rule in rules.REGISTRIES[registry], f"tests/cases/rules/{registry}.yml names no rule {rule!r}"
    fired = _fired(text, suffix)
    if expect == "fires":
        assert f"{registry}.{rule}" in fired, f"did not fire; fired: {sorted(fired)}"
    else:
        assert f"{registry}.{rule}" not in fired


def test_every_rule_has_positive_and_must_not_fire_cases():
    fixtures = _fixtures()
    missing = [f"{name}.{rule.name}: {expect}" for name, registry in sorted(rules.REGISTRIES.items())
               for rule in registry for expect in ("fires", "must_not_fire")
               if not (fixtures.get(name, {}).get(rule.name) or {}).get(expect)]
    assert not missing, "rules without cases in tests/cases/rules/: " + ", ".join(missing)


def test_the_trace_counts_only_inside_its_block():
    registry = next(iter(rules.REGISTRIES.values()))
    rule = next(iter(registry))
    rules.fired(registry, rule)  # no trace open: nothing to count, nothing raised
    with rules.trace() as counter:
        rules.fired(registry, rule)
    rules.fired(registry, rule)
    assert counter == {f"{registry.name}.{rule.name}": 1}


def test_a_registry_keeps_priority_order_and_refuses_duplicates():
    registry = rules.Registry("test-order")
    try:
        for name, priority in (("low", 1), ("high", 9), ("mid", 5)):
            registry.register(rules.Rule(name, priority, "body", lambda text, n=name: n in text))
        assert [r.name for r in registry] == ["high", "mid", "low"]
        assert registry.first("body", "mid and low")[0].name == "mid"
        assert registry.first("header", "mid") == (None, None)
        registry.register(rules.Rule("low", 7, "body", lambda text: "low" in text))  # replaced by name
        assert [r.name for r in registry] == ["high", "low", "mid"]
        with pytest.raises(ValueError):
            rules.Rule("x", 1, "nowhere", str)
        registry.deregister("high")
        assert "high" not in registry and len(registry) == 2
    finally:
        del rules.REGISTRIES["test-order"]


def test_a_registry_holds_any_item_by_name_and_priority_and_an_unnamed_one_is_not_listed():
    table = rules.Registry()  # as Python-Markdown's util.Registry: items of any kind
    table.register("second", "b", 10)
    table.register("first", "a", 20)
    assert list(table) == ["first", "second"] and table["b"] == "second"
    assert table not in rules.REGISTRIES.values()
    table.register("again", "a", 1)  # replaced by name, as in Python-Markdown
    assert list(table) == ["second", "again"]

"""The registry of the rules that decide where a dialogue's turns start beyond its label lines (``rules.Registry``
"turn-starts"): an unlabelled opening statement given to the principal (``first_turns``), labels that run inline
or stand before a tight colon (``inline_labels``), a stage note that opens a turn (``stage_notes``).  Each module
registers its own rules here and counts them when they fire; ``tests/cases/rules/turn-starts.yml`` holds their
positive and must-not-fire cases."""

from __future__ import annotations

from .rules import Registry, Rule, fired

TURN_STARTS = Registry("turn-starts")


def register(name: str, priority: int, scope: str, test, why: str) -> Rule:
    """Register a rule of the registry (its test is the module's own function) and return it."""
    return TURN_STARTS.register(Rule(name, priority, scope, test, None, why))


def count(rule: Rule) -> None:
    """Count ``rule`` as fired (in the open trace, if any)."""
    fired(TURN_STARTS, rule)

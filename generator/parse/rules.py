"""Rules as data: named, prioritised rule tables in the manner of Python-Markdown's processor ``Registry``.

A ``Rule`` has a name, a priority (higher runs first), a scope (which part of a document it may look at:
``header``, ``trailer``, ``body``, ``speech`` inside a turn, or ``label`` for line-start label shapes), a
``test`` that returns a match (anything true) or ``None``, an optional ``action`` that applies the match,
and ``why``: the family of documents the rule is for.  A ``Registry`` holds one stage's rules; stages ask it
for the rules of a scope in priority order, or for the first rule whose test matches.

Every rule that fires is counted in the active ``trace`` (when one is open), so a test can convert a small
document and check which rules fired on it: ``tests/test_rule_cases.py`` does that for the positive and
must-not-fire case files every rule has under ``tests/cases/``.
"""

from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Callable, Iterator

SCOPES = ("header", "trailer", "body", "speech", "label")
REGISTRIES: dict[str, "Registry"] = {}  # every registry by name, for the case check
_TRACE: ContextVar[Counter | None] = ContextVar("rule_trace", default=None)


@dataclass(frozen=True)
class Rule:
    name: str
    priority: int
    scope: str
    test: Callable[..., Any]
    action: Callable[..., Any] | None = None
    why: str = ""

    def __post_init__(self):
        if self.scope not in SCOPES:
            raise ValueError(f"rule {self.name!r}: scope {self.scope!r} is not one of {SCOPES}")


class Registry:
    """One stage's rules, by name, iterated by descending priority (ties by name, so the order is fixed).

    ``register(rule)`` takes a ``Rule`` (its own name and priority); ``register(item, name, priority)`` takes any
    item, as Python-Markdown's ``util.Registry`` does (the label tables hold shape and evidence records); a name
    registered again replaces its rule, so a configuration can swap one rule for another.  A named
    registry is listed in ``REGISTRIES``, and its rules must have cases in ``tests/cases/rules/NAME.yml``."""

    def __init__(self, name: str | None = None):
        if name is not None and name in REGISTRIES:
            raise ValueError(f"a rule registry named {name!r} exists already")
        self.name = name
        self._rules: dict[str, tuple[float, Any]] = {}
        self._ordered: tuple[Any, ...] = ()
        self._scopes: dict[str, tuple[Any, ...]] = {}  # each scope's rules in order, made once (``first`` asks per line)
        if name is not None:
            REGISTRIES[name] = self

    def register(self, item: Any, name: str | None = None, priority: float | None = None) -> Any:
        name = item.name if name is None else name
        priority = item.priority if priority is None else priority
        self._rules[name] = (priority, item)  # a name registered again is replaced, as in Python-Markdown
        ordered = sorted(self._rules.items(), key=lambda entry: (-entry[1][0], entry[0]))
        self._ordered = tuple(item for _, (_, item) in ordered)
        self._scopes = {}
        return item

    def deregister(self, name: str) -> None:
        item = self._rules.pop(name)[1]
        self._ordered = tuple(r for r in self._ordered if r is not item)
        self._scopes = {}

    def __getitem__(self, name: str) -> Any:
        return self._rules[name][1]

    def __contains__(self, name: str) -> bool:
        return name in self._rules

    def __iter__(self) -> Iterator[Any]:
        return iter(self._ordered)

    def __len__(self) -> int:
        return len(self._ordered)

    def scoped(self, scope: str) -> tuple[Rule, ...]:
        return tuple(r for r in self._ordered if r.scope == scope)

    def first(self, scope: str, *args: Any) -> tuple[Rule, Any] | tuple[None, None]:
        """The first rule of ``scope`` (by priority) whose test matches ``args``, with its match."""
        rules = self._scopes.get(scope)
        if rules is None:
            rules = self._scopes[scope] = self.scoped(scope)
        for rule in rules:
            found = rule.test(*args)
            if found:
                fired(self, rule)
                return rule, found
        return None, None


def fired(registry: Registry, rule: Rule) -> None:
    """Count ``rule`` as fired in the open trace, if any (rules of a named registry only)."""
    trace = _TRACE.get()
    if trace is not None and registry.name is not None:
        trace[f"{registry.name}.{rule.name}"] += 1


@contextmanager
def trace() -> Iterator[Counter]:
    """Count the rules that fire inside the block: ``{"registry.rule": times}``."""
    counter: Counter = Counter()
    token = _TRACE.set(counter)
    try:
        yield counter
    finally:
        _TRACE.reset(token)


def takes_turns(keys: list[str], share: float) -> bool:
    """Whether the key changes between at least ``share`` of the consecutive items of ``keys`` (speakers take
    turns; a list of lead-ins, a manual's fields or a roster repeats each in runs or never changes hands back).
    The evidence several label layouts weigh (names alone, handles, sigils, spaced colons, minutes)."""
    return sum(1 for a, b in zip(keys, keys[1:]) if a != b) >= share * (len(keys) - 1)

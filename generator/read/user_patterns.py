"""Regular expressions written by users (``patterns:`` in themes.yml): checked when read, run with a time budget.

A pattern such as ``(a+)+$`` takes time exponential in the length of a text it almost matches: one turn of
"aaaa...b" stops the build.  Two guards:

* ``problem(pattern)`` when the file is read: a pattern that does not compile, or that repeats a part which
  itself repeats (``(a+)+``, ``(\\w+\\s?)*``: the shape of nearly every catastrophic pattern), is refused with
  the line in themes.yml;
* ``search`` runs through the ``regex`` module with a timeout per call, for what the shape check cannot see
  (overlapping alternatives such as ``(a|a)*``); ``SlowPattern`` says which theme blew it.
"""

from __future__ import annotations

import re

import regex

try:
    from re import _parser as sre_parse  # the parser behind re.compile (Python 3.11+)
except ImportError:  # pragma: no cover - Python before 3.11
    import sre_parse  # type: ignore[no-redef]

SEARCH_TIMEOUT = 0.5  # seconds for one turn: a sound pattern searches a 1 MB turn in a few milliseconds
MAX_LENGTH = 500  # curated patterns are a few words long; a longer one is generated or a mistake
REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT} | ({sre_parse.POSSESSIVE_REPEAT}
                                                          if hasattr(sre_parse, "POSSESSIVE_REPEAT") else set())


class SlowPattern(Exception):
    """A theme's patterns took longer than ``SEARCH_TIMEOUT`` on one text."""

    def __init__(self, theme: str):
        super().__init__(theme)
        self.theme = theme


def _subpatterns(op, av) -> list:
    """The parsed sub-patterns inside one parsed item."""
    if op in REPEATS:
        return [av[2]]
    if op is sre_parse.SUBPATTERN:
        return [av[3]]
    if op is sre_parse.BRANCH:
        return list(av[1])
    if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
        return [av[1]]
    if op is sre_parse.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    if getattr(sre_parse, "ATOMIC_GROUP", None) is op:
        return [av]
    return []


def _repeats(parsed) -> bool:
    """Does ``parsed`` hold a part that can repeat more than once?"""
    return any(op in REPEATS and av[1] > 1 or any(_repeats(p) for p in _subpatterns(op, av)) for op, av in parsed)


def _nested(parsed) -> bool:
    """Does ``parsed`` repeat a part that itself repeats?"""
    for op, av in parsed:
        if op in REPEATS and av[1] > 1 and _repeats(av[2]):
            return True
        if any(_nested(p) for p in _subpatterns(op, av)):
            return True
    return False


def problem(pattern: str) -> tuple[str, str] | None:
    """(what is wrong, how to fix it) for a pattern that cannot be used, else None."""
    if len(pattern) > MAX_LENGTH:
        return f"is {len(pattern)} characters long", f"keep a pattern under {MAX_LENGTH} characters; split it"
    try:
        parsed = sre_parse.parse(pattern)
        regex.compile(pattern)
        nested = _nested(parsed)
    except RecursionError:
        return "nests groups too deeply", "write the pattern with fewer nested groups"
    except (re.error, regex.error, OverflowError) as exc:
        return f"is not a valid regular expression ({exc})", "fix the pattern or write the form as an alias"
    if nested:
        return ("repeats a part that itself repeats, which can take hours on one long line",
                "repeat only single characters or fixed words, e.g. 'gas(es)?' or 'weapons? of mass destruction'")
    return None


def compile(source: str, flags: int) -> regex.Pattern:
    """A pattern for ``search`` (re's flags: IGNORECASE has the same value in both modules)."""
    return regex.compile(source, regex.IGNORECASE if flags & re.IGNORECASE else 0)


def search(pattern: regex.Pattern, text: str, theme: str):
    """``pattern.search(text)``, or ``SlowPattern(theme)`` past ``SEARCH_TIMEOUT``."""
    try:
        return pattern.search(text, timeout=SEARCH_TIMEOUT)
    except TimeoutError as exc:
        raise SlowPattern(theme) from exc

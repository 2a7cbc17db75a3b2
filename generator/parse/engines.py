"""Patterns compiled by both engines, matched per document by Python's ``re`` where it reads the text alike.

The parse stages compile their patterns with the ``regex`` module: its ``\\w`` holds the marks of Indic, Thai and
Arabic words.  Python's ``re`` matches most of the same patterns faster (the label shapes' first readings 0.33 s
against 0.52 s on the bench files).  A pattern that both engines compile to the same syntax (no ``\\p{..}``, no
variable-width look-behind, no fuzzy or version-1 syntax: ``re`` refuses those, or warns, and the pattern stays
with ``regex`` alone) reads a text differently in the two only where a character is read differently by a class
or by case folding: ``\\w`` (a mark is a word character to ``regex`` only, "²" to ``re`` only), ``\\s`` (the
separators U+001C-U+001F are spaces to ``re`` only), ``\\d`` (a few historic scripts' digits) and the case
equivalents of a letter.  ``same_reading(text)`` asks each distinct character of a text once whether both
engines read it alike; ``reading(text)`` matches every ``Dual`` pattern with ``re`` while a document whose every
character is read alike (most real files) is parsed, and with ``regex`` otherwise and outside it.
``tests/test_engines.py`` compares the two engines on every dual pattern and the real case texts.

In: a pattern and flags (``compile``), a document's text (``reading``).  Out: a pattern object with the methods
of a compiled pattern, bound to the engine in use.
"""

from __future__ import annotations

import re as stdlib_re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import regex

METHODS = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")
SHARED_FLAGS = regex.I | regex.M | regex.S | regex.X | regex.A | regex.U  # same values in both engines
# syntax ``re`` reads as literal text where ``regex`` reads more: a fuzzy quantifier ("{e<=1}")
REGEX_ONLY = regex.compile(r"\{[eisd][<=]")
CLASSES = [(regex.compile(text), stdlib_re.compile(text)) for text in (r"\w", r"\s", r"\d")]


class Dual:
    """A pattern compiled by both engines; its matching methods are those of the engine in use."""

    __slots__ = ("extended", "standard", "pattern", "flags", "groups", "groupindex", *METHODS)

    def __init__(self, extended, standard) -> None:
        self.extended, self.standard = extended, standard
        self.pattern, self.flags = extended.pattern, extended.flags
        self.groups, self.groupindex = extended.groups, extended.groupindex
        self.use(extended)

    def use(self, compiled) -> None:
        for name in METHODS:
            setattr(self, name, getattr(compiled, name))

    def __repr__(self) -> str:
        return f"engines.compile({self.pattern!r})"


DUALS: list[Dual] = []


class _Agree(dict):
    """character -> whether both engines read it alike: its classes and its case equivalents (asked once)."""

    def __missing__(self, char: str) -> bool:
        self[char] = same = all(bool(extended.match(char)) == bool(standard.match(char))
                                for extended, standard in CLASSES) and _same_case(char)
        return same


def _same_case(char: str) -> bool:
    """Whether ``char`` and each of its case forms match one another alike in both engines, ignoring case."""
    forms = {form for form in (char, char.lower(), char.upper(), char.title(), char.casefold()) if len(form) == 1}
    if len(forms) == 1:
        return True  # no case (punctuation, digits, most scripts): nothing to fold
    escaped = {form: regex.escape(form) for form in forms}
    return all(bool(regex.fullmatch(escaped[one], other, regex.I))
               == bool(stdlib_re.fullmatch(escaped[one], other, stdlib_re.I))
               for one in forms for other in forms)


AGREE = _Agree()


SEPARATORS = stdlib_re.compile("[\x1c-\x1f]")  # the only ASCII characters the engines read apart (``\\s``)
NON_ASCII = stdlib_re.compile("[^\x00-\x7f]")  # (found in C: a set of a long text's characters costs ten times more)


def same_reading(text: str) -> bool:
    """Whether every character of ``text`` is read alike by both engines (the last long text's answer remembered:
    clean and the turn parser ask about the same document's text)."""
    if text is _last[0]:
        return _last[1]
    same = not SEPARATORS.search(text) and (
        text.isascii() or all(map(AGREE.__getitem__, set(NON_ASCII.findall(text)))))
    if len(text) > REMEMBERED_CHARS:
        _last[:] = [text, same]
    return same


REMEMBERED_CHARS = 1000  # a document's text, not the short strings of its header and front matter
_last: list = [None, False]  # (text, its answer)


def compile(pattern: str, flags: int = 0):
    """``pattern`` compiled by both engines (a ``Dual``), or by ``regex`` alone when ``re`` would read it otherwise
    or not at all (regex-only syntax, flags or characters)."""
    extended = regex.compile(pattern, flags)
    if flags & ~SHARED_FLAGS or REGEX_ONLY.search(pattern) or not same_reading(pattern):
        return extended
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set" and the like: syntax the engines read apart
            standard = stdlib_re.compile(pattern, flags)
    except (stdlib_re.error, Warning):
        return extended
    dual = Dual(extended, standard)
    DUALS.append(dual)
    return dual


def regex_only(pattern: str, flags: int = 0):
    """``pattern`` compiled by ``regex`` alone: for a pattern that engine matches faster, though ``re`` could read
    it alike (long alternations of phrases, where ``regex`` looks for a required string first, and a few others;
    measured: each dual pattern's time in both engines over the 85 bench files, README round eleven)."""
    return regex.compile(pattern, flags)


_standard_in_use = False


def _use(standard: bool) -> None:
    global _standard_in_use
    if standard != _standard_in_use:
        _standard_in_use = standard
        for dual in DUALS:
            dual.use(dual.standard if standard else dual.extended)


def strings(value) -> Iterator[str]:
    """The strings in ``value``: itself, or those in its items (tuples, lists, sets, dictionaries' keys and values)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from strings(item)


def source_strings(source) -> tuple:
    """The strings of a ``model.Source`` the parse stages may match: text, name, path, front matter, attributed names."""
    return source.text, source.name, str(source.path), source.front_matter, tuple(source.attributed)


@contextmanager
def reading(*values):
    """Within: the dual patterns match with ``re`` if every character of the strings in ``values`` (a document's
    text, its name, front matter ...: everything its patterns may be asked about) is read alike by both engines,
    else with ``regex``; after: with the engine in use before."""
    before = _standard_in_use
    _use(all(map(same_reading, strings(values))))
    try:
        yield
    finally:
        _use(before)

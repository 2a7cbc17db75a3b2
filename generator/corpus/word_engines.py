"""The texts Python's ``re`` reads as the ``regex`` module does (used by theme discovery).

The converter's patterns are compiled with the ``regex`` module, whose ``\\w`` holds the marks of Indic, Thai and
Arabic words; ``re`` reads discovery's token pattern faster (0.25 s against 0.42 s on the bench files; not every
pattern: a search that opens with a look-behind is the faster in ``regex``). For a pattern whose only
Unicode-dependent part is ``\\w`` (no ``\\b``, ``\\s``, ``\\d``, case folding or property), the two engines differ
only on characters that are a word character to one and not to the other (a mark is one to ``regex`` only, "²" to
``re`` only). ``same_words(text)`` says whether ``text`` holds none: then ``standard(pattern)`` finds exactly what
``pattern`` finds in it.

In: a text.  Out: whether both engines read its word characters alike (each distinct character asked once).
"""

from __future__ import annotations

import re as stdlib_re

import regex

REGEX_WORD = regex.compile(r"\w")
STDLIB_WORD = stdlib_re.compile(r"\w")


class _Agree(dict):
    """character -> whether both engines call it a word character or neither does (asked once per character)."""

    def __missing__(self, char: str) -> bool:
        self[char] = same = bool(REGEX_WORD.match(char)) == bool(STDLIB_WORD.match(char))
        return same


AGREE = _Agree()


def same_words(text: str) -> bool:
    """Whether every character of ``text`` is a word character to both engines or to neither."""
    return text.isascii() or all(map(AGREE.__getitem__, set(text)))


def standard(pattern) -> stdlib_re.Pattern:
    """``pattern`` (a ``regex`` pattern whose only Unicode-dependent part is ``\\w``) compiled by ``re``."""
    return stdlib_re.compile(pattern.pattern)

"""The parser's vocabularies: the word lists in ``generator/data/``, read one way.

Every file says where its entries come from in ``#`` comments; a comment runs to the end of its line.
``lines``: each line without its comment; ``words``: every entry of a file (one or more a line); ``sections``: ``SECTION entry`` lines;
``pairs``: ``key = value`` lines.
"""

from __future__ import annotations

from functools import lru_cache

from ..read.data_files import DATA, lines  # noqa: F401  (one reader of the data folder for every stage)


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of a data file, one or more per line."""
    return tuple(word for line in lines(name) for word in line.split())


@lru_cache(maxsize=None)
def sections(name: str) -> tuple[tuple[str, str], ...]:
    """(section, entry) of a file of ``SECTION entry`` lines."""
    found = []
    for line in lines(name):
        if line:
            section, _, entry = line.partition(" ")
            found.append((section, entry.strip()))
    return tuple(found)


def pairs(name: str) -> dict[str, str]:
    """A data file of ``key = value`` lines."""
    found = {}
    for line in lines(name):
        if "=" in line:
            key, value = line.split("=", 1)
            found[key.strip()] = value.strip()
    return found

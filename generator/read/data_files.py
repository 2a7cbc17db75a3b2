"""The vocabularies: the files in ``generator/data/``, read one way for every stage.

Every file says where its entries come from in ``#`` comments; a comment runs to the end of its line.  The read
stage comes first, so the loader lives here; ``parse/vocab.py`` reads the same files through ``lines``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def lines(name: str) -> list[str]:
    """The lines of a data file without their comments."""
    return [line.split("#")[0].strip() for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


@lru_cache(maxsize=None)
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """role -> its entries in the file's order (folded, each once), from a data file of ``ROLE entry`` lines (an
    entry may hold spaces)."""
    found: dict[str, dict[str, None]] = {}
    for line in lines(name):
        role, _, entry = line.partition(" ")
        if role and entry.strip():
            found.setdefault(role, {})[entry.strip().casefold()] = None
    return {role: tuple(entries) for role, entries in found.items()}

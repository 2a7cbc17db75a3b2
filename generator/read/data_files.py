"""The reader's vocabularies: ``ROLE entry`` lines of the files in ``generator/data/`` (read stage).

Every file says where its entries come from in ``#`` comments; a comment runs to the end of its line.  (The parse
stage reads the same folder through ``parse/vocab.py``; the read stage comes first and imports nothing after it.)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=None)
def sections(name: str) -> dict[str, frozenset[str]]:
    """role -> its entries, from a data file of ``ROLE entry`` lines (an entry may hold spaces)."""
    found: dict[str, set[str]] = {}
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        role, _, entry = line.split("#")[0].strip().partition(" ")
        if role and entry.strip():
            found.setdefault(role, set()).add(entry.strip().casefold())
    return {role: frozenset(entries) for role, entries in found.items()}

"""A content-hash cache for stage results, so that a re-run converts only what changed.

In: a folder (``DIR/.cache`` beside the pages; MkDocs skips dot-folders) and keys made from the inputs of a
stage.  Out: the stored result for a key, or None.  Every key includes a fingerprint of the generator's own
code and data (so a new version never reads an old result) and the caller adds everything else the result
depends on: a document's bytes, its name and sidecar for the per-document stages; the document, its speakers
and the theme list for theme marking.  Entries not used by a run are removed at its end, so the cache holds
one corpus and does not grow.  A damaged entry is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
SUFFIX = ".pickle"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the generator's modules, templates and data files."""
    digest = hashlib.sha256()
    for path in sorted(p for p in PACKAGE.rglob("*") if p.is_file() and p.suffix in (".py", ".j2", ".txt")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def key(*parts: bytes | str) -> str:
    """A key from the code fingerprint and ``parts`` (each length-prefixed, so parts never run together)."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


class Cache:
    """Stored results under ``folder``, one file per (kind, key); ``Cache(None)`` stores nothing."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0

    def _path(self, kind: str, entry: str) -> Path:
        assert self.folder is not None
        return self.folder / f"{kind}-{entry}{SUFFIX}"

    def get(self, kind: str, entry: str):
        if self.folder is None:
            return None
        self.used.add(f"{kind}-{entry}{SUFFIX}")
        try:
            with self._path(kind, entry).open("rb") as stream:
                value = pickle.load(stream)
        except Exception:  # missing, damaged or foreign: build it again  # noqa: BLE001
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, kind: str, entry: str, value) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        self.used.add(f"{kind}-{entry}{SUFFIX}")
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self._path(kind, entry))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def prune(self) -> None:
        """Remove the entries this run did not use."""
        if self.folder is None or not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.name not in self.used and (path.suffix in (SUFFIX, ".tmp")):
                path.unlink(missing_ok=True)

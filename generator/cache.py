"""A content-hash cache for stage results, so that a re-run converts only what changed.

In: a folder (``DIR/.cache`` beside the pages; MkDocs skips dot-folders) and keys made from the inputs of a
stage.  Out: the stored result for a key, or None.  Every key includes a fingerprint of the generator's own
code and data (so a new version never reads an old result) and the caller adds everything else the result
depends on: a document's bytes, its name and sidecar for the per-document stages; the document, its speakers
and the theme list for theme marking.  Entries not used by a run are removed at its end, so the cache holds
one corpus and does not grow.  Each entry starts with a SHA-256 of its name and its pickled bytes, checked
before anything is unpickled: an entry that was truncated, altered or renamed is removed, counted in
``damaged`` and computed again, never used.
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
MAGIC = b"transcript-archive cache 1\n"  # then the checksum's 64 hex digits, a newline and the pickle


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
        self.damaged: list[Path] = []

    def _path(self, kind: str, entry: str) -> Path:
        assert self.folder is not None
        return self.folder / f"{kind}-{entry}{SUFFIX}"

    def get(self, kind: str, entry: str):
        if self.folder is None:
            return None
        self.used.add(f"{kind}-{entry}{SUFFIX}")
        path = self._path(kind, entry)
        try:
            data = path.read_bytes()
        except OSError:  # missing (or unreadable): build it again
            self.misses += 1
            return None
        payload = _checked(path.name, data)
        try:
            value = None if payload is None else pickle.loads(payload)
        except Exception:  # noqa: BLE001 - checksum right but written by another Python: build it again
            payload = None
        if payload is None:
            self.damaged.append(path)
            path.unlink(missing_ok=True)
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
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(handle, "wb") as stream:
                stream.write(MAGIC + _digest(self._path(kind, entry).name, payload) + b"\n" + payload)
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


def _digest(name: str, payload: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\0" + payload).hexdigest().encode()


def _checked(name: str, data: bytes) -> bytes | None:
    """The pickled bytes of the entry file ``name`` holding ``data``, or None when the checksum does not match."""
    head = len(MAGIC) + 65
    if not data.startswith(MAGIC) or len(data) < head or data[head - 1:head] != b"\n":
        return None
    payload = data[head:]
    return payload if data[len(MAGIC):head - 1] == _digest(name, payload) else None

"""Stage 9, write: {relative path: bytes} -> files under the output folder.

In: the rendered files (text or bytes).  Out: the files on disk, written only where their bytes
changed (a second run writes nothing), each replaced atomically.  A manifest
(``.generated.json``) lists what the generator wrote last time: files it lists
and no longer produces are removed; a file it does not list and that carries no
generator marker is hand-written and is never overwritten (that is reported).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .model import Diagnostic, Severity
from .render import MARKER

MANIFEST = ".generated.json"


@dataclass(frozen=True)
class WriteResult:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    refused: tuple[Diagnostic, ...]


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        os.chmod(temp, 0o644)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _is_generated(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return MARKER.encode() in stream.read(2048)
    except OSError:
        return False


def _old_manifest(out: Path) -> set[str]:
    try:
        return set(json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"])
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def write_tree(out: Path, files: dict[str, bytes | str]) -> WriteResult:
    """Write ``files`` under ``out`` (text as UTF-8, encoded one file at a time, so a large corpus is never in
    memory twice); remove what an earlier run wrote and this one did not."""
    previous = _old_manifest(out)
    written, refused, kept = [], [], []
    unchanged = 0
    for relative in sorted(files):
        target = out / relative
        data = files[relative]
        data = data.encode("utf-8") if isinstance(data, str) else data
        if target.is_file():
            if target.read_bytes() == data:
                unchanged += 1
                kept.append(relative)
                continue
            if relative not in previous and not _is_generated(target):
                refused.append(Diagnostic(str(target), 1, "exists and was not written by the generator",
                                          "move or rename this hand-written file; the generator never overwrites it",
                                          Severity.ERROR))
                continue
        _atomic_write(target, data)
        written.append(relative)
        kept.append(relative)
    removed = []
    for relative in sorted(previous - set(files)):
        target = out / relative
        if target.is_file():
            target.unlink()
            removed.append(relative)
            _prune(target.parent, out)
    manifest = (json.dumps({"generator": "transcript-archive", "files": sorted(kept)}, indent=1) + "\n").encode()
    manifest_path = out / MANIFEST
    if not manifest_path.is_file() or manifest_path.read_bytes() != manifest:
        _atomic_write(manifest_path, manifest)
    return WriteResult(tuple(written), unchanged, tuple(removed), tuple(refused))


def _prune(folder: Path, root: Path) -> None:
    """Remove folders left empty, up to ``root``."""
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent

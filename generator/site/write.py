"""Stage 9, write: {relative path: bytes} -> files under the output folder.

In: the rendered files (text or bytes).  Out: the files on disk, written only where their bytes
changed (a second run writes nothing), each replaced atomically.  A manifest
(``.generated.json``) lists what the generator wrote last time: files it lists
and no longer produces are removed; a file it does not list and that carries no
generator marker is hand-written and is never overwritten (that is reported).

The manifest is checked before it is trusted: an entry outside the output folder (``../x``, an absolute path,
a link that leads out) or naming an existing file that is neither marked nor in a folder the generator owns
(``OWNED``) is ignored and reported with its line, never deleted.  A damaged manifest (truncated, not JSON,
not a list of files) is reported and rebuilt from what is on disk (marked files and the owned folders), so the
run after a crash refuses none of its own files and still removes the pages of deleted transcripts.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .. import urls
from ..model import Diagnostic, Severity
from .render import MARKER

MANIFEST = ".generated.json"
# Written without the marker (originals published unchanged, JSON/JS/CSV data), so they are recognised by place:
# these folders and files of the output folder belong to the generator.
OWNED = (f"{urls.SOURCES}/", f"{urls.SEARCH_INDEX}/", urls.CORPUS_JSON, urls.TURNS_CSV)


@dataclass(frozen=True)
class WriteResult:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    refused: tuple[Diagnostic, ...]
    manifest: tuple[Diagnostic, ...] = ()  # damaged manifest, entries ignored


def _atomic_write(target: Path, data: bytes, folders: set[Path] | None = None) -> None:
    """Write ``data`` to a temporary file beside ``target`` and rename it over ``target``.  ``folders``: the
    folders made (or found) so far in this run, so that each is made once, not once per file written into it."""
    if folders is None or target.parent not in folders:
        target.parent.mkdir(parents=True, exist_ok=True)
        if folders is not None:
            folders.add(target.parent)
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        os.fchmod(handle, 0o644)  # (by the open file: no second look-up of the path)
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


def _old_manifest(out: Path) -> tuple[set[str], list[Diagnostic]]:
    """What the last run wrote (validated) and what was wrong with its manifest."""
    path = out / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return set(), []
    except (OSError, UnicodeDecodeError) as exc:
        return _recovered(out), [_damaged(path, 1, f"cannot be read ({exc})")]
    try:
        data = json.loads(text)
    except ValueError as exc:
        line, what = getattr(exc, "lineno", 1), getattr(exc, "msg", exc)
        return _recovered(out), [_damaged(path, line, f"is not valid JSON ({what})")]
    if not isinstance(data, dict) or data.get("generator") != "transcript-archive" \
            or not isinstance(data.get("files"), list):
        return _recovered(out), [_damaged(path, 1, "is not the generator's list of files")]
    files, problems = set(), []
    for entry in data["files"]:
        reason = _untrusted(out, entry)
        if reason is None:
            files.add(entry)
            continue
        problems.append(Diagnostic(str(path), _line(text, entry), f"lists {json.dumps(entry)}, {reason}; "
                                   "that entry was ignored and nothing was deleted for it",
                                   "nothing to do: this run writes the manifest again", Severity.WARNING))
    return files, problems


def _damaged(path: Path, line: int, what: str) -> Diagnostic:
    return Diagnostic(str(path), line, f"{what}: the list of generated files is damaged",
                      "nothing to do: it was rebuilt from the files that carry the generator's marker and the "
                      f"generated folders ({', '.join(OWNED)}), and this run writes it again", Severity.WARNING)


def _owned(relative: str) -> bool:
    return relative.startswith(OWNED[:2]) or relative in OWNED[2:]


def _untrusted(out: Path, entry) -> str | None:
    """Why the manifest entry ``entry`` cannot name a generated file, or None when it can."""
    if not isinstance(entry, str) or not entry:
        return "which is not a file name"
    parts = entry.split("/")
    if entry.startswith("/") or "\\" in entry or any(p in ("", ".", "..") for p in parts):
        return "which is outside the output folder"
    if any(p.startswith(".") for p in parts):
        return "which is not a file the generator writes"
    root = os.path.realpath(out)
    if os.path.commonpath([os.path.realpath(out / entry), root]) != root:
        return "which leads outside the output folder"
    target = out / entry
    if target.exists() and not _owned(entry) and not _is_generated(target):
        return "a file without the generator's marker (a hand-written file)"
    return None


def _line(text: str, entry) -> int:
    """The line of ``entry`` in the manifest (written one entry per line), or 1."""
    needle = json.dumps(entry)
    return next((number for number, line in enumerate(text.splitlines(), 1) if line.strip(" ,") == needle), 1)


def _recovered(out: Path) -> set[str]:
    """The generated files on disk, for a damaged manifest: marked files and the files in the owned places."""
    found = set()
    for root, dirs, files in os.walk(out):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            relative = Path(root, name).relative_to(out).as_posix()
            if not name.startswith(".") and (_owned(relative) or _is_generated(Path(root, name))):
                found.add(relative)
    return found


def write_tree(out: Path, files: dict[str, bytes | str]) -> WriteResult:
    """Write ``files`` under ``out`` (text as UTF-8, encoded one file at a time, so a large corpus is never in
    memory twice); remove what an earlier run wrote and this one did not."""
    previous, problems = _old_manifest(out)
    written, refused, kept = [], [], []
    unchanged = 0
    folders: set[Path] = set()
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
        _atomic_write(target, data, folders)
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
    return WriteResult(tuple(written), unchanged, tuple(removed), tuple(refused), tuple(problems))


def _prune(folder: Path, root: Path) -> None:
    """Remove folders left empty, up to ``root``."""
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent

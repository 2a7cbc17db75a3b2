"""The pipeline: input paths -> ``Corpus``.

Each file runs through read -> clean -> header -> turns -> speakers -> metadata
on its own (no state is shared between documents, so a large corpus is converted
on every core); a file that fails is reported with file:line and skipped, and the others go on.  When every file has
been read, the corpus stage links them (Pelican's read-all-then-write).  With a ``Cache``, a document whose
bytes, name, sidecar and generator code are unchanged is taken from the cache instead of converted again.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from . import clean, config, corpus, header, metadata, read, speakers, themes, turns
from .cache import Cache, key as cache_key
from .discover import DocumentStats
from .model import Corpus, Diagnostic, Severity, Transcript

PARALLEL_FROM = 16  # files; a smaller corpus is converted in this process


@dataclass(frozen=True)
class InputFile:
    path: Path
    name: str  # as shown to the user


def discover(paths: list[Path]) -> tuple[list[InputFile], list[Diagnostic]]:
    """Expand folders into transcript files, sorted; report paths that are not there."""
    found: list[InputFile] = []
    problems: list[Diagnostic] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or not name.lower().endswith(read.SUFFIXES):
                        continue
                    full = Path(root, name)
                    found.append(InputFile(full, str(full)))
        elif path.is_file():
            found.append(InputFile(path, str(path)))
        else:
            problems.append(Diagnostic(str(path), 1, "does not exist", "check the path", Severity.ERROR))
    return found, problems


def convert_file(item: InputFile) -> Transcript:
    """One document through the per-document stages (with its sidecar ``NAME.yml``, if any)."""
    source = read.read_source(item.path, item.name)
    sidecar_file = config.sidecar_path(item.path)
    sidecar, problems = config.load_sidecar(sidecar_file) if sidecar_file else (config.Sidecar(), [])
    doc = clean.clean(source)
    head = header.read_header(doc)
    body = turns.parse_body(doc, head)
    cast, keys = speakers.resolve(body, head, doc, dict(sidecar.speakers))
    transcript = metadata.build(source, doc, head, body, cast, keys, speakers.inferred(body), sidecar)
    return replace(transcript, diagnostics=transcript.diagnostics + tuple(problems))


def _convert_one(item: InputFile) -> tuple[tuple[Transcript, DocumentStats] | None, Diagnostic | None]:
    """``convert_file`` and the document's theme-discovery counts (they need no other document), with the
    error as a value, so that all of it can cross a process boundary."""
    try:
        transcript = convert_file(item)
    except read.InputError as error:
        return None, error.diagnostic
    return (transcript, themes.document_stats(transcript)), None


def convert_all(items: list[InputFile], progress=None, workers: int | None = None):
    """(item, (transcript, stats) or None, error or None) for every item, in input order.  Large corpora are
    converted on every core (documents share nothing, so the result is the same as in one process)."""
    workers = workers or (os.cpu_count() or 1)
    if len(items) < PARALLEL_FROM or workers < 2:
        yield from _reported(items, map(_convert_one, items), progress)
        return
    with ProcessPoolExecutor(max_workers=min(workers, 8)) as pool:
        yield from _reported(items, pool.map(_convert_one, items, chunksize=4), progress)


def _reported(items: list[InputFile], results, progress):
    """Pair items with their results, telling ``progress(done, total)`` after each."""
    for done, (item, (transcript, error)) in enumerate(zip(items, results), 1):
        if progress is not None:
            progress(done, len(items))
        yield item, transcript, error


def _document_key(item: InputFile) -> str | None:
    """The cache key of a document: its name, bytes and sidecar (None when it cannot be read: no caching)."""
    try:
        sidecar = config.sidecar_path(item.path)
        return cache_key(item.name, item.path.read_bytes(), sidecar.read_bytes() if sidecar else b"")
    except OSError:
        return None


def _converted(items: list[InputFile], progress, cache: Cache):
    """(item, (transcript, stats) or None, error or None, cache key) in input order; cached documents are not
    converted again."""
    keys = {item.name: _document_key(item) for item in items}
    cached = {item.name: hit for item in items if keys[item.name] and (hit := cache.get("doc", keys[item.name]))}
    fresh = {item.name: (result, error) for item, result, error in
             convert_all([item for item in items if item.name not in cached], progress)}
    for item in items:
        if item.name in cached:
            yield item, cached[item.name], None, keys[item.name]
            continue
        result, error = fresh[item.name]
        if result is not None and keys[item.name]:
            cache.put("doc", keys[item.name], result)
        yield item, result, error, keys[item.name]


def convert(paths: list[Path], progress=None, cache: Cache | None = None) -> Corpus:
    """Convert every transcript under ``paths`` and link them into a corpus."""
    cache = cache or Cache(None)
    items, diagnostics = discover(paths)
    people: list[config.SpeakerEntry] = []
    curated = config.ThemeConfig()
    for folder in (p for p in paths if p.is_dir()):
        if (folder / "speakers.yml").is_file():
            entries, problems = config.load_speakers(folder / "speakers.yml")
            people.extend(entries)
            diagnostics.extend(problems)
        if (folder / "themes.yml").is_file():
            found, problems = config.load_themes(folder / "themes.yml")
            curated = config.ThemeConfig(curated.themes + found.themes, curated.exclude + found.exclude)
            diagnostics.extend(problems)
    transcripts: list[Transcript] = []
    failed: list[str] = [d.path for d in diagnostics]
    keys: dict[str, str] = {}
    stats: dict[str, DocumentStats] = {}
    for item, result, error, document_key in _converted(items, progress, cache):
        if result is None:
            diagnostics.append(error)
            failed.append(item.name)
        else:
            transcripts.append(result[0])
            stats[item.name] = result[1]
            diagnostics.extend(result[0].diagnostics)
            keys[item.name] = document_key or ""
    linked = corpus.build_corpus(transcripts, diagnostics, failed, tuple(people))
    return themes.apply(linked, curated, cache, keys, stats)

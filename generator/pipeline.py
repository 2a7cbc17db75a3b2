"""The pipeline: input paths -> ``Corpus``.

Each file runs through read -> clean -> header -> turns -> speakers -> metadata
on its own (no state is shared between documents, so a large corpus is converted
on every core); a file that fails is reported with file:line and skipped, and the others go on.  When every file has
been read, the corpus stage links them (Pelican's read-all-then-write).  With a ``Cache``, a document whose
bytes, name, sidecar and generator code are unchanged is taken from the cache instead of converted again.
"""

from __future__ import annotations

import gc
import os
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from .parse import clean, header, metadata, speakers, stage_notes, turns
from .read import config, files as read
from .corpus import assemble as corpus, themes
from . import urls
from .cache import Cache, key as cache_key
from .corpus import links
from .site import export, pages, render, search, write
from .corpus.discover import DocumentStats
from .model import Corpus, Diagnostic, Severity, Source, Transcript

PARALLEL_FROM = 16  # files; a smaller corpus is converted in this process


@dataclass(frozen=True)
class InputFile:
    path: Path
    name: str  # as shown to the user
    raw: bytes | None = None  # the bytes, read once: converted, hashed for the cache and published alike


def discover(paths: list[Path]) -> tuple[list[InputFile], list[Diagnostic]]:
    """Expand folders into transcript files, sorted; report paths that are not there, symbolic links to
    folders (skipped: a link can make a loop or pull in another tree) and links to files outside the folder
    (skipped: the archive publishes its corpus, not whatever a link points at).  A link to a file inside the
    corpus folder is read like the file."""
    found: list[InputFile] = []
    problems: list[Diagnostic] = []
    for path in paths:
        if path.is_dir():
            inside = os.path.realpath(path)
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = [d for d in sorted(dirs)
                           if not d.startswith(".") and not _linked_folder(Path(root, d), problems)]
                for name in sorted(files):
                    if name.startswith(".") or not name.lower().endswith(read.SUFFIXES):
                        continue
                    full = Path(root, name)
                    if not _outside_link(full, inside, problems):
                        found.append(InputFile(full, str(full)))
        elif path.is_file():
            found.append(InputFile(path, str(path)))
        else:
            problems.append(Diagnostic(str(path), 1, "does not exist", "check the path", Severity.ERROR))
    return found, problems


def _linked_folder(folder: Path, problems: list[Diagnostic]) -> bool:
    if not folder.is_symlink():
        return False
    problems.append(Diagnostic(str(folder), 1, f"is a symbolic link to a folder ({os.readlink(folder)}); "
                               "it was skipped", "move or copy that folder into the corpus instead of linking it",
                               Severity.ERROR))
    return True


def _outside_link(file: Path, inside: str, problems: list[Diagnostic]) -> bool:
    if not file.is_symlink():
        return False
    target = os.path.realpath(file)
    if os.path.commonpath([target, inside]) == inside:
        return False
    problems.append(Diagnostic(str(file), 1, f"is a symbolic link to a file outside the corpus folder "
                               f"({os.readlink(file)}); it was skipped",
                               "copy the file into the corpus folder (or remove the link)", Severity.ERROR))
    return True


def source_reference(path: Path, out: Path) -> str:
    """Where the original is, relative to the output folder (the folder of ``corpus.json``), with "/": tools
    that read ``corpus.json`` find the source from there (``../shared/eval/leaks.py`` does), and no published
    path holds the builder's absolute folders, however the corpus was named on the command line."""
    return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(out))).as_posix()


def convert_file(item: InputFile) -> Transcript:
    """One document through the per-document stages (with its sidecar ``NAME.yml``, if any)."""
    source = read.read_source(item.path, item.name, item.raw)
    sidecar_file = config.sidecar_path(item.path)
    sidecar, problems = config.load_sidecar(sidecar_file) if sidecar_file else (config.Sidecar(), [])
    transcript = convert_source(source, sidecar)
    return replace(transcript, diagnostics=transcript.diagnostics + tuple(problems))


def convert_source(source: Source, sidecar: config.Sidecar | None = None) -> Transcript:
    """A decoded document through clean -> header -> turns -> speakers -> metadata."""
    sidecar = sidecar or config.Sidecar()
    doc = clean.clean(source)
    head = header.read_header(doc)
    body = turns.parse_body(doc, head)
    cast, keys = speakers.resolve(body, head, doc, dict(sidecar.speakers))
    body = stage_notes.lift(body)  # (after the speakers: a stage note names no one)
    return metadata.build(source, doc, head, body, cast, keys, speakers.inferred(body), sidecar)


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


def _read(item: InputFile) -> tuple[InputFile, str | None]:
    """The item with its bytes, read once, and its cache key (its name, bytes and sidecar); None for both when
    it cannot be read (the conversion reports why)."""
    try:
        raw = item.path.read_bytes()
    except OSError:
        return item, None
    sidecar = config.sidecar_path(item.path)
    try:
        return replace(item, raw=raw), cache_key(item.name, raw, sidecar.read_bytes() if sidecar else b"")
    except OSError:
        return replace(item, raw=raw), None


def _cached(cache: Cache, item: InputFile, entry: str | None):
    """The cached (transcript, stats) of ``item``, only if it holds the very bytes read now."""
    hit = cache.get("doc", entry) if entry else None
    if hit is None or not isinstance(hit, tuple) or len(hit) != 2 or getattr(hit[0], "source", None) is None:
        return None
    return hit if hit[0].source.raw == item.raw else None


def _converted(items: list[InputFile], progress, cache: Cache, workers: int | None = None):
    """(item, (transcript, stats) or None, error or None, cache key) in input order; cached documents are not
    converted again."""
    read_items = [_read(item) for item in items]
    keys = {item.name: entry for item, entry in read_items}
    cached = {item.name: hit for item, entry in read_items if (hit := _cached(cache, item, entry))}
    fresh = {item.name: (result, error) for item, result, error in
             convert_all([item for item, _ in read_items if item.name not in cached], progress, workers)}
    for item, _ in read_items:
        if item.name in cached:
            yield item, cached[item.name], None, keys[item.name]
            continue
        result, error = fresh[item.name]
        if result is not None and keys[item.name]:
            cache.put("doc", keys[item.name], result)
        yield item, result, error, keys[item.name]


def convert(paths: list[Path], progress=None, cache: Cache | None = None, workers: int | None = None) -> Corpus:
    """Convert every transcript under ``paths`` and link them into a corpus (on ``workers`` processes; default:
    every core)."""
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
    with _kept():
        for item, result, error, document_key in _converted(items, _settling(progress), cache, workers):
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


@contextmanager
def _kept():
    """Leave the objects made so far (the converted documents: immutable, kept to the end of the run) out of the
    garbage collector's full passes while the corpus-wide stages run.  Each full pass walked every object of the
    corpus again, a tenth of the run's CPU time on real transcripts; reference counting still frees everything
    that is dropped, and the objects are handed back to the collector at the end (``gc.freeze`` is
    CPython's tool for exactly this: a large heap that will not become garbage)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _settling(progress):
    """``progress``, after leaving the objects made so far out of the collector's full passes (inside
    ``_kept``): each converted document is kept to the end, and without this every full pass during the
    conversion walked all the documents converted before it."""
    def settle(done: int, total: int) -> None:
        gc.freeze()
        if progress is not None:
            progress(done, total)
    return settle


@dataclass(frozen=True)
class Generated:
    """What one run of the whole pipeline made: the corpus and what was written under the output folder."""
    corpus: Corpus
    written: write.WriteResult


def generate(paths: list[Path], out: Path, progress=None, cache: Cache | None = None,
             workers: int | None = None) -> Generated:
    """The whole pipeline: read, parse and link every transcript under ``paths`` (``convert``), make the site's
    files (``site_files``) and write what changed into ``out``.  The CLI, the tests and the bench call this."""
    converted = convert(paths, progress=progress, cache=cache, workers=workers)
    with _kept():
        return Generated(converted, write.write_tree(out, site_files(converted, out)))


def site_files(converted: Corpus, out: Path) -> dict[str, str | bytes]:
    """Every file the generator writes for ``converted``, by path under ``out``: pages, the originals, the
    corpus exports and the search index (which also indexes the hand-written pages already in ``out``)."""
    linked = links.build(converted)
    files: dict[str, str | bytes] = {**render.render(converted, linked), **pages.corpus_pages(converted, linked)}
    sources = render.source_paths(converted)
    for t in converted.transcripts:
        files[sources[t.id]] = t.source.raw  # the bytes that were converted, read once
    names = {t.id: source_reference(t.source.path, out) for t in converted.transcripts}
    texts = export.turn_texts(converted)
    files[urls.CORPUS_JSON] = export.corpus_json(converted, sources, names, texts)
    files[urls.TURNS_CSV] = export.turns_csv(converted, texts)
    files.update(search.build(converted, _hand_written(out, files)))
    return files


def _hand_written(out: Path, generated: dict[str, str | bytes]) -> dict[str, str]:
    """The site's own pages in ``out`` (not written by the generator, not ``_snippets``), for the search index."""
    found = {}
    for path in sorted(out.rglob("*.md")) if out.is_dir() else ():
        relative = path.relative_to(out).as_posix()
        if relative in generated or any(part.startswith(("_", ".")) for part in path.relative_to(out).parts):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if render.MARKER not in text[:2048]:
            found[relative] = text
    return found

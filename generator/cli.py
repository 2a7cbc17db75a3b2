"""Command line: ``python -m generator build | convert | check | serve``.

``build`` converts the corpus folder (``seeds/``) into ``docs/``, runs ``mkdocs build --strict`` into
``site/`` and zips that site into ``site/site-offline.zip``: the same pages work on a web server and opened
from a folder (file://) with no network.  ``convert PATH... --out DIR`` converts
files or folders and writes the Markdown pages and ``DIR/corpus.json``; it needs
no MkDocs.  Problems are printed as ``path:line: what is wrong; how to fix it``;
the exit status is 0 when every input converted, 1 when an input was reported
and skipped (the others are still written), 2 for a usage error, 3 when another run kept the output folder
busy for longer than ``lock.WAIT_LIMIT``.

Runs never interleave: a conversion holds a lock on its output folder, a build holds the docs folder's lock
from conversion to the end and the lock of the folder that holds the site while it builds, zips and swaps;
a second run waits and says so.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from tqdm import tqdm

from . import __version__, pipeline
from .site import lock
from .corpus import lint
from .cache import Cache
from .model import Corpus, Severity, TurnType

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3
ZIP_NAME = "site-offline.zip"
ZIP_LEVEL = 3
CACHE_FOLDER = ".cache"  # in the output folder; MkDocs skips dot-folders


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action="version", version=f"transcript-archive {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="convert the corpus into docs/ and build the site with MkDocs")
    build.add_argument("--corpus", type=Path, default=Path("seeds"), help="folder of transcripts (default: seeds)")
    build.add_argument("--docs", type=Path, default=Path("docs"), help="MkDocs docs folder (default: docs)")
    build.add_argument("--site", type=Path, default=Path("site"), help="output folder for the site (default: site)")
    build.add_argument("--strict", action="store_true", help="treat warnings as errors")
    build.add_argument("--no-cache", action="store_true", help="convert everything again, ignoring DOCS/.cache")
    build.add_argument("--no-zip", action="store_true", help=f"do not write SITE/{ZIP_NAME} (the site as one download)")
    check = commands.add_parser("check", help="lint a corpus without building: doubtful labels, missing dates ...")
    check.add_argument("paths", nargs="*", type=Path, default=[Path("seeds")], help="files or folders (default: seeds)")
    check.add_argument("--strict", action="store_true", help="exit 1 when there is any warning")
    serve = commands.add_parser("serve", help="build, then serve the site and rebuild when the corpus changes")
    serve.add_argument("--corpus", type=Path, default=Path("seeds"), help="folder of transcripts (default: seeds)")
    serve.add_argument("--docs", type=Path, default=Path("docs"), help="MkDocs docs folder (default: docs)")
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on (default: 127.0.0.1:8000)")
    convert = commands.add_parser("convert", help="convert transcripts to Markdown pages and corpus.json")
    convert.add_argument("paths", nargs="+", type=Path, help="transcript files or folders")
    convert.add_argument("--out", type=Path, required=True, help="folder for the pages and corpus.json")
    convert.add_argument("--strict", action="store_true", help="treat warnings as errors")
    convert.add_argument("--no-cache", action="store_true", help="convert everything again, ignoring OUT/.cache")
    convert.add_argument("--workers", type=int, help="processes to convert on (default: every core; 1: this one)")
    return parser


class _Progress:
    """A progress bar for long runs (20 files or more, on a terminal), made when the total is known."""

    def __init__(self) -> None:
        self.bar: tqdm | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = tqdm(total=total, unit="file", disable=total < 20 or not sys.stderr.isatty(), leave=False)
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def convert_to(paths: list[Path], out: Path, strict: bool, no_cache: bool = False,
               workers: int | None = None) -> tuple[int, Corpus]:
    """Convert ``paths`` into ``out`` (on ``workers`` processes; default: every core); print problems and a
    summary; return (exit status, corpus)."""
    with lock.held(out, f"{out}/"):
        return _convert_locked(paths, out, strict, no_cache, workers)


def _convert_locked(paths: list[Path], out: Path, strict: bool, no_cache: bool,
                    workers: int | None) -> tuple[int, Corpus]:
    started = time.perf_counter()
    progress = _Progress()
    cache = Cache(None if no_cache else out / CACHE_FOLDER)
    generated = pipeline.generate(paths, out, progress=progress, cache=cache, workers=workers)
    progress.close()
    corpus, result = generated.corpus, generated.written
    cache.prune()
    for entry in cache.damaged:
        print(f"{entry}:1: note: this cache entry was damaged; it was discarded and computed again", file=sys.stderr)
    problems = list(corpus.diagnostics) + list(result.refused) + list(result.manifest)
    for problem in problems:
        print(problem, file=sys.stderr)
    warnings = sum(1 for p in problems if p.severity is Severity.WARNING)
    turns = sum(1 for t in corpus.transcripts for turn in t.turns if turn.type is TurnType.SPEECH)
    print(f"{len(corpus.transcripts)} transcripts, {turns} turns, "
          f"{sum(1 for s in corpus.speakers if not s.generic)} speakers, {len(corpus.themes)} themes, "
          f"{sum(len(t.removed) for t in corpus.transcripts)} removed blocks, {len(corpus.failed)} failed, "
          f"{warnings} warnings; wrote {len(result.written)} files, {result.unchanged} unchanged, "
          f"removed {len(result.removed)}; {cache.hits} cached results used, {cache.misses} computed; "
          f"{time.perf_counter() - started:.2f}s", file=sys.stderr)
    errors = any(p.severity is Severity.ERROR for p in problems)
    failed = corpus.failed or errors or (strict and warnings)
    return (EXIT_BAD_INPUT if failed else EXIT_OK), corpus


def _mkdocs_build(site: Path, config: str = "mkdocs.yml", offline_zip: bool = True) -> int:
    """Build into a fresh folder beside ``site``, zip it there, and swap both in only when the build succeeded,
    so a failed or interrupted build (even ``kill -9``) leaves the previous site and its zip as they were."""
    with lock.held(Path(os.path.abspath(site)).parent, f"{site}/"):  # the site itself is swapped: lock its folder
        staging = site.with_name(f".{site.name}.building")
        retired = site.with_name(f".{site.name}.previous")
        if not site.exists() and retired.is_dir():  # a run stopped between the two renames of the fallback swap
            retired.rename(site)
            print(f"{site}:1: note: the previous site was put back (a build had stopped while swapping)",
                  file=sys.stderr)
        shutil.rmtree(staging, ignore_errors=True)
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", config,
                   "--site-dir", str(staging)]
        print("$ " + " ".join(["mkdocs"] + command[3:-1] + [str(site)]), file=sys.stderr)
        status = subprocess.call(command, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        if status:
            shutil.rmtree(staging, ignore_errors=True)
            print(f"{config}:1: the site was not built (see above); {site}/ is unchanged", file=sys.stderr)
            return status
        if offline_zip:
            _zip(staging)
        _swap(staging, site, retired)
        return status


RENAME_EXCHANGE = 2  # Linux renameat2(2) flag: swap two paths in one step
AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders atomically where the system can (Linux 3.15+, glibc 2.28+); False elsewhere."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    return renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) == 0


def _swap(staging: Path, site: Path, retired: Path) -> None:
    """Put ``staging`` in the place of ``site``: in one step where possible, else in two renames (a run
    stopped between them is repaired by the next build)."""
    if site.is_dir() and not site.is_symlink() and _exchange(staging, site):
        shutil.rmtree(staging, ignore_errors=True)  # now the previous site
        return
    shutil.rmtree(retired, ignore_errors=True)
    if site.exists():
        site.rename(retired)
    staging.rename(site)
    shutil.rmtree(retired, ignore_errors=True)


def _zip(site: Path) -> Path:
    """``site`` as ``site/site-offline.zip``: one top folder, files in name order, fixed dates (same bytes each
    time), listed before it is written, so the zip never contains itself.  Called on the staging folder, so
    the site and its zip are published together."""
    target = site / ZIP_NAME
    top = Path(ZIP_NAME).stem
    paths = sorted(p for p in site.rglob("*") if p.is_file() and p != target)
    # level 3: at 1,000 transcripts half the time of the default level 6 for a zip 9% larger (33 MB instead of 30)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in paths:
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(site).as_posix()}", date_time=(2000, 1, 1, 0, 0, 0))
            archive.writestr(info, path.read_bytes(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL)
    return target


def _check(paths: list[Path], strict: bool) -> int:
    corpus = pipeline.convert(paths)
    problems = lint.lint(corpus)
    for problem in problems:
        print(problem, file=sys.stderr)
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    print(f"{len(corpus.transcripts)} transcripts checked: {errors} errors, {len(problems) - errors} warnings",
          file=sys.stderr)
    return EXIT_BAD_INPUT if corpus.failed or errors or (strict and problems) else EXIT_OK


def _stamp(folder: Path) -> tuple:
    return tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*") if p.is_file()))


def _serve(corpus: Path, docs: Path, address: str) -> int:
    """Convert, start ``mkdocs serve``, and convert again whenever a file in the corpus changes
    (MkDocs then sees the pages change and reloads the browser)."""
    convert_to([corpus], docs, False)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(EXIT_OK))  # stopped by a signal: still stop MkDocs (finally)
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", address],
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    stamp = _stamp(corpus)
    try:
        while server.poll() is None:
            time.sleep(1.0)
            if (current := _stamp(corpus)) != stamp:
                stamp = current
                print(f"{corpus}/ changed: converting again", file=sys.stderr)
                convert_to([corpus], docs, False)
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait()
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except lock.Busy as busy:
        print(busy, file=sys.stderr)
        return EXIT_BUSY


def _run(args: argparse.Namespace) -> int:
    if args.command == "convert":
        return convert_to(args.paths, args.out, args.strict, args.no_cache, args.workers)[0]
    if args.command == "check":
        return _check(args.paths, args.strict)
    if not Path("mkdocs.yml").is_file():
        print("mkdocs.yml:1: not found in the current folder; run 'python -m generator build' "
              "from the repository root", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "serve":
        return _serve(args.corpus, args.docs, args.dev_addr)
    with lock.held(args.docs, f"{args.docs}/"):  # MkDocs reads docs/: no conversion meanwhile
        status = convert_to([args.corpus], args.docs, args.strict, args.no_cache)[0]
        built = _mkdocs_build(args.site, offline_zip=not args.no_zip)
    if not built and not args.no_zip:
        print(f"site: {args.site}/ (serve it, or open {args.site}/index.html from disk); the same site as one "
              f"download: {args.site / ZIP_NAME}", file=sys.stderr)
    return status or (EXIT_BAD_INPUT if built else EXIT_OK)

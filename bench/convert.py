"""Benchmark: ``python -m generator convert`` on a folder of real transcripts, in one process, by stage.

    python bench/convert.py FOLDER [--every 4] [--out DIR] [--profile FILE]

Runs the converter's own code path (``cli.convert_to``, the function the CLI calls, with one worker process
and no cache) on the transcripts in FOLDER (all of them, or every N-th in sorted order with ``--every N``, a
sample that keeps every family of a mixed folder) and prints the CPU seconds and MB/s of each stage and of the whole run (CPU time of this process: on
a shared machine the wall clock also counts the time other processes hold the cores, which varied 2-3x within
minutes here; the wall time of the whole run is printed too).  Each stage is timed by wrapping the module
function the pipeline calls; a stage's time excludes the stages it calls (reading a
file is not counted again inside the conversion that reads it), and ``other`` is what no stage covers
(discovering the files, the cache, the corpus's diagnostics).  ``--profile`` also writes a cProfile dump
(slower: the table is then only good for proportions).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import cli, pipeline  # noqa: E402  (the checkout's generator, whatever the caller's path)
from generator.corpus import assemble, links, themes  # noqa: E402
from generator.parse import clean, header, metadata, speakers, turns  # noqa: E402
from generator.read import files  # noqa: E402
from generator.site import export, pages, render, search, write  # noqa: E402

# (stage, module, function name): the functions the pipeline and the CLI call through their modules
STAGES = [
    ("read", files, "read_source"),
    ("clean", clean, "clean"),
    ("header", header, "read_header"),
    ("labels/turns", turns, "parse_body"),
    ("speakers", speakers, "resolve"),
    ("metadata", metadata, "build"),
    ("discovery counts", themes, "document_stats"),
    ("corpus (assemble)", assemble, "build_corpus"),
    ("themes (discovery+marking)", themes, "apply"),
    ("links", links, "build"),
    ("render", render, "render"),
    ("pages", pages, "corpus_pages"),
    ("export turn texts", export, "turn_texts"),  # made once for corpus.json and turns.csv
    ("export corpus.json", export, "corpus_json"),
    ("export turns.csv", export, "turns_csv"),
    ("search", search, "build"),
    ("write", write, "write_tree"),
]


class Clock:
    """Exclusive seconds per stage: a stage called inside another is subtracted from the outer one."""

    def __init__(self) -> None:
        self.seconds = {name: 0.0 for name, _, _ in STAGES}
        self.stack: list[float] = []  # time spent in nested stages, one entry per open stage

    def wrap(self, name: str, function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            self.stack.append(0.0)
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.process_time() - started
                nested = self.stack.pop()
                self.seconds[name] += spent - nested
                if self.stack:
                    self.stack[-1] += spent
        return timed


def chosen(folder: Path, every: int) -> list[Path]:
    """Every ``every``-th transcript under ``folder``, in sorted order."""
    items, _ = pipeline.discover([folder])
    return [item.path for item in items[::every]]


def run(paths: list[Path], out: Path, profile: Path | None = None) -> tuple[dict[str, float], float, float]:
    """CPU seconds by stage, CPU seconds and wall seconds of the whole conversion of ``paths`` into ``out``."""
    clock = Clock()
    originals = [(module, attr, getattr(module, attr)) for _, module, attr in STAGES]
    for name, module, attr in STAGES:
        setattr(module, attr, clock.wrap(name, getattr(module, attr)))
    profiler = cProfile.Profile() if profile else None
    try:
        started, wall = time.process_time(), time.perf_counter()
        if profiler:
            profiler.enable()
        cli.convert_to(paths, out, strict=False, no_cache=True, workers=1)
        if profiler:
            profiler.disable()
        total, wall = time.process_time() - started, time.perf_counter() - wall
    finally:
        for module, attr, function in originals:
            setattr(module, attr, function)
    if profiler:
        profiler.dump_stats(profile)
    return clock.seconds, total, wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of real transcripts")
    parser.add_argument("--every", type=int, default=1, help="only every N-th file in sorted order (default: 1)")
    parser.add_argument("--out", type=Path, help="output folder (default: a temporary folder, removed after)")
    parser.add_argument("--profile", type=Path, help="also write a cProfile dump here")
    args = parser.parse_args(argv)
    paths = chosen(args.folder, args.every)
    size = sum(p.stat().st_size for p in paths) / 1e6
    temporary = None if args.out else Path(tempfile.mkdtemp(prefix="bench-convert-"))
    try:
        seconds, total, wall = run([Path(p) for p in paths], args.out or temporary, args.profile)
    finally:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
    print(f"{len(paths)} files, {size:.2f} MB, one process; wall clock {wall:.2f} s ({size / wall:.2f} MB/s)")
    print("| stage | CPU s | MB/s |\n| --- | --- | --- |")
    for name, spent in [*seconds.items(), ("other", total - sum(seconds.values())), ("total", total)]:
        print(f"| {name} | {spent:.2f} | {size / spent if spent > 0 else float('inf'):.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

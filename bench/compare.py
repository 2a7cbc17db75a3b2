"""Benchmark: two checkouts of the converter back to back on the same files, CPU seconds per stage.

    python bench/compare.py BEFORE AFTER FOLDER [--every 28] [--pairs 2]

Runs ``bench/convert.py`` of checkout BEFORE, then that of AFTER (each in a fresh process, so both start with
empty caches, as the CLI does), ``--pairs`` times in turn, and prints one table: each stage's CPU seconds in
every run, the parse stages together (read to metadata), conversion (read to links) and the whole run, with the
load average before each run.  On a shared machine a stage's figure moves by 10-30% between runs of the same
code; runs in turn see the same load, so compare the pairs, and trust a difference only where every pair shows it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

PARSE = ("read", "clean", "header", "labels/turns", "speakers", "metadata")  # the per-document stages
CONVERSION = PARSE + ("discovery counts", "corpus (assemble)", "themes (discovery+marking)", "links")


def stage_seconds(output: str) -> dict[str, float]:
    """The CPU seconds of each row of ``bench/convert.py``'s table ("| stage | 1.23 | 4.5 |")."""
    seconds = {}
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] not in ("stage", "---"):
            try:
                seconds[cells[0]] = float(cells[1])
            except ValueError:
                continue
    return seconds


def run_once(checkout: Path, folder: Path, every: int) -> dict[str, float]:
    """One run of ``checkout``'s bench (its own generator: the script puts its checkout first on the path)."""
    result = subprocess.run([sys.executable, str(checkout / "bench" / "convert.py"), str(folder), "--every",
                             str(every)], capture_output=True, text=True, check=True)
    seconds = stage_seconds(result.stdout)
    seconds["parse stages (read to metadata)"] = sum(seconds.get(name, 0.0) for name in PARSE)
    seconds["conversion (read to links)"] = sum(seconds.get(name, 0.0) for name in CONVERSION)
    return seconds


def table(runs: list[tuple[str, float, dict[str, float]]]) -> str:
    """Markdown: one row per stage, one column per run (with its load average)."""
    names = list(dict.fromkeys(name for _, _, seconds in runs for name in seconds))
    head = "| stage | " + " | ".join(f"{label} (load {load:.1f})" for label, load, _ in runs) + " |"
    rows = [head, "| --- |" + " ---: |" * len(runs)]
    rows += [f"| {name} | " + " | ".join(f"{seconds.get(name, 0.0):.2f}" for _, _, seconds in runs) + " |"
             for name in names]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="checkout measured first in each pair")
    parser.add_argument("after", type=Path, help="checkout measured second in each pair")
    parser.add_argument("folder", type=Path, help="a folder of real transcripts")
    parser.add_argument("--every", type=int, default=1, help="only every N-th file in sorted order (default: 1)")
    parser.add_argument("--pairs", type=int, default=2, help="how many times each checkout runs (default: 2)")
    args = parser.parse_args(argv)
    runs = []
    for _ in range(args.pairs):
        for label, checkout in (("before", args.before), ("after", args.after)):
            load = os.getloadavg()[0]
            runs.append((label, load, run_once(checkout, args.folder, args.every)))
    print(table(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())

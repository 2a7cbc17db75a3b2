"""Benchmark: build realistic corpora of N transcripts and measure the whole tool on them.

    python bench/run.py                 # 100 and 1,000 transcripts
    python bench/run.py --sizes 5000    # any sizes

Corpora are made from the seeds and the shared samples, transformed so that no two files are alike:
speaker names, places, dates and lengths vary, and a few themes are swapped.  For each size it prints
one row: conversion time and throughput (MB/s of transcript text, cold cache), the full build (convert +
MkDocs + zip, cold cache), peak memory, the site's size (all of it, and its pages without the downloads:
original files, corpus.json, turns.csv and the zip), the search index's size, the time to convert and build
again after one transcript is edited (warm cache), and in headless Chromium the time from page load to the
first search results, online (served on 127.0.0.1) and offline (file://), and the slowest further query.
The last column times a fixed pure-Python workload before and after the row: compare rows through it.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "samples").glob("*"))
NAMES = ["Anna Berg", "Tom Reed", "Li Wei", "Maria Lopez", "Omar Haddad", "Ivan Petrov", "Grace Okafor", "Yuki Sato"]
PLACES = ["Moscow", "Geneva", "Oslo", "Nairobi", "Lima", "Seoul", "Ankara", "Vienna"]
SWAPS = [("Syria", "Yemen"), ("Libya", "Sudan"), ("Iran", "Iraq"), ("sanctions", "tariffs"), ("Ukraine", "Georgia")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def make_corpus(folder: Path, size: int, seed: int = 7) -> int:
    """Write ``size`` varied transcripts into ``folder``; return their total size in bytes."""
    rng = random.Random(seed)
    texts = [(p.suffix, p.read_text(encoding="utf-8")) for p in SOURCES]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(size):
        suffix, text = texts[index % len(texts)]
        for old, new in rng.sample(SWAPS, 2):
            text = text.replace(old, new)
        text = text.replace("Lavrov", rng.choice(NAMES).split()[-1]).replace("Moscow", rng.choice(PLACES))
        paragraphs = text.split("\n\n")
        if len(paragraphs) > 6 and suffix != ".vtt":
            cut = rng.randint(len(paragraphs) // 2, len(paragraphs))
            paragraphs = paragraphs[:cut] + paragraphs[1:rng.randint(1, 4)]
        date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2005, 2024)}"
        body = "\n\n".join(paragraphs)
        if suffix in (".txt",) and not body.startswith("---"):
            body = f"Transcript {index}: {rng.choice(NAMES)} in {rng.choice(PLACES)}\n\n{date}\n\n{body}"
        path = folder / f"t{index:05d}{suffix}"
        path.write_text(body, encoding="utf-8")
        total += path.stat().st_size
    return total


def _project(work: Path, corpus: Path) -> None:
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", work / "overrides")
    shutil.copytree(ROOT / "docs", work / "docs", ignore=shutil.ignore_patterns(
        "transcripts", "sources", "themes", "speakers", "search-index", "corpus.json", "turns.csv", "_overview.md",
        ".generated.json", ".cache"))


def _timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def _size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


NEXT_QUERY = """async (query) => {
    const box = document.querySelector("[data-tx-search]"), input = box.querySelector("input");
    const done = new Promise(resolve => box.addEventListener("tx-search-done", event => {
        if (event.detail.query === query) resolve(); }));
    const started = performance.now();
    input.value = query;
    input.dispatchEvent(new Event("input"));
    await done;
    return performance.now() - started;
}"""


def _first_results(url: str, query: str, more: tuple[str, ...] = ("chemical weapons", "sanctions", "Geneva")) -> tuple[float, float]:
    """Seconds from navigation to the first results; then the slowest of ``more`` queries, in milliseconds."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        started = time.perf_counter()
        page.goto(url)
        page.locator(".md-search__input").click()
        page.keyboard.type(query)
        page.wait_for_function("document.querySelectorAll('.md-search-result__link').length > 0", timeout=600_000)
        elapsed = time.perf_counter() - started
        further = max(page.evaluate(NEXT_QUERY, q) for q in more)
        browser.close()
    return elapsed, further


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def _online_results(site: Path, query: str) -> tuple[float, float]:
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        return _first_results(f"http://127.0.0.1:{server.server_address[1]}/", query)
    finally:
        server.shutdown()


def _reference() -> float:
    """Seconds for a fixed pure-Python workload (best of three), printed with each row: this machine's speed
    drifts by up to 2x over an hour (shared cores), so rows are comparable only through this column."""
    def work() -> float:
        started = time.perf_counter()
        counts: dict[str, int] = {}
        for i in range(2_000_000):
            key = str(i % 5003)
            counts[key] = counts.get(key, 0) + 1
        return time.perf_counter() - started
    return min(work() for _ in range(3))


def measure(size: int) -> dict:
    reference = _reference()
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        corpus = work / "corpus"
        text_bytes = make_corpus(corpus, size)
        _project(work, corpus)
        python = [sys.executable, "-m", "generator"]
        convert = _timed(python + ["convert", str(corpus), "--out", str(work / "converted")], ROOT)
        build = _timed(python + ["build", "--corpus", str(corpus)], work)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        edited = next(corpus.glob("t00001.*"))
        edited.write_text(edited.read_text(encoding="utf-8") + "\n\nAn added closing paragraph.\n", encoding="utf-8")
        reconvert = _timed(python + ["convert", str(corpus), "--out", str(work / "docs")], work)
        rebuild = _timed(python + ["build", "--corpus", str(corpus)], work)
        online, online_next = _online_results(work / "site", "parachutes")
        offline, offline_next = _first_results((work / "site" / "index.html").as_uri(), "parachutes")
        site = work / "site"
        downloads = sum(_size(p) for p in (site / "sources", site / "corpus.json", site / "turns.csv",
                                           site / "site-offline.zip"))
        return {
            "transcripts": size, "text MB": text_bytes / 1e6, "convert s": convert,
            "MB/s": text_bytes / 1e6 / convert, "full build s": build, "peak MB": peak,
            "site MB": _size(site) / 1e6, "pages MB": (_size(site) - downloads) / 1e6,
            "index MB": _size(site / "search-index") / 1e6,
            "re-convert s": reconvert, "rebuild s": rebuild,
            "search online s": online, "file:// s": offline, "next query ms": max(online_next, offline_next),
            "ref s": (reference + _reference()) / 2,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    rows = [measure(size) for size in parser.parse_args().sizes]
    columns = list(rows[0])
    print(" | ".join(columns))
    print(" | ".join("---" for _ in columns))
    for row in rows:
        print(" | ".join(f"{row[c]:.2f}" if isinstance(row[c], float) else str(row[c]) for c in columns))


if __name__ == "__main__":
    main()

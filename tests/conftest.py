"""Shared fixtures: the seeds converted once, a built site, a headless Chromium."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml

from generator import pipeline
from generator.read import files as read
from generator.model import TurnType

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic"]


def convert_cli(source: str, out: Path) -> Path:
    """``source`` (relative to the repository) converted with the command line into ``out``."""
    result = subprocess.run([sys.executable, "-m", "generator", "convert", source, "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


def config_problems(loader, path: Path, text: str) -> list:
    """The problems ``loader`` (a config.load_* function) reports for ``text`` written at ``path``."""
    path.write_text(text, encoding="utf-8")
    return loader(path)[1]


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory) -> Path:
    """The seeds converted with the command line into a fresh folder."""
    return convert_cli("seeds", tmp_path_factory.mktemp("seeds-out"))


@pytest.fixture(scope="session")
def seeds_json(seeds_out) -> dict:
    return json.loads((seeds_out / "corpus.json").read_text(encoding="utf-8"))


def by_source(data: dict, prefix: str) -> dict:
    """The transcript record whose source file name starts with ``prefix``."""
    matches = [t for t in data["transcripts"] if Path(t["source"]).name.startswith(prefix)]
    assert len(matches) == 1, f"no single transcript for {prefix}"
    return matches[0]


def portable(record: dict) -> dict:
    """A transcript record with ``source`` (the original's path relative to the output folder, which is a
    temporary folder in the tests) reduced to the file name, for golden files that hold on any machine."""
    return {**record, "source": Path(record["source"]).name}


CASE_KINDS = {"positive", "must-not-fire"}  # every rule's cases under tests/cases/ are one or the other


def case_inputs(folder: Path, suffixes: tuple[str, ...] = (".txt", ".md")) -> list[Path]:
    """The input files of a folder of rule cases (each with a ``.yml`` expectation beside it)."""
    return sorted(p for p in folder.iterdir() if p.suffix in suffixes)


def segments_text(paragraphs) -> str:
    """The words of paragraphs of segments as one line."""
    return " ".join(s.text for para in paragraphs for s in para)


def converted_case(path: Path):
    """A rule case converted: (its expectation, the transcript, speaker names by key, the speech turns)."""
    expected = yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))
    assert expected["kind"] in CASE_KINDS, f"{path.stem}: kind must be one of {sorted(CASE_KINDS)}"
    transcript = pipeline.convert_source(read.read_source(path, path.name, path.read_bytes()))
    names = {s.key: s.name for s in transcript.speakers}
    return expected, transcript, names, [t for t in transcript.turns if t.type is TurnType.SPEECH]


GENERATED = ("transcripts", "sources", "themes", "speakers", "search-index", "corpus.json", "turns.csv",
             "_overview.md", ".generated.json")


def copy_project(work: Path) -> Path:
    """The project's site setup (MkDocs config, theme overrides and hand-written docs, nothing generated)
    copied into ``work``."""
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", work / "overrides")
    shutil.copytree(ROOT / "docs", work / "docs", ignore=shutil.ignore_patterns(*GENERATED))
    return work


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """A copy of the project's site setup, built with `python -m generator build`."""
    work = copy_project(tmp_path_factory.mktemp("project"))
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--corpus", str(SEEDS)],
                            cwd=work, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    work.joinpath("build.log").write_text(result.stdout + result.stderr, encoding="utf-8")
    return work


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # noqa: D401 - silence the test output
        pass


@pytest.fixture(scope="session")
def site_url(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()

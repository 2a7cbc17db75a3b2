"""Shared fixtures: the seeds converted once, a built site, a headless Chromium."""

from __future__ import annotations

import functools
import http.server
import json
import re
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


@functools.lru_cache(maxsize=None)
def real_case_texts() -> tuple[str, ...]:
    """The real texts the speed tests compare a rewritten function with the one it replaced on: the seeds, the
    shared samples and every rule case (sources and expectations)."""
    root = Path(__file__).resolve().parent.parent
    files = sorted((root / "seeds").glob("*.txt")) + sorted((root / "tests" / "fixtures" / "samples").glob("*")) \
        + sorted((root / "tests" / "cases").rglob("*.txt")) + sorted((root / "tests" / "cases").rglob("*.yml"))
    return tuple(f.read_text(encoding="utf-8", errors="replace") for f in files if f.is_file())


def check_documented(paths: list[Path], kinds: bool = False, both_kinds: bool = False) -> None:
    """Every rule case has an expectation naming the ``family`` of real documents it stands for (and, with
    ``kinds``, whether it is a positive or a must-not-fire case; with ``both_kinds``, the folder has cases of
    both kinds)."""
    assert paths
    found = set()
    for path in paths:
        expected = yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))
        assert expected.get("family"), f"{path.stem}: say which family of real documents the case stands for"
        if kinds or both_kinds:
            assert expected.get("kind") in ("positive", "must-not-fire"), path.stem
        found.add(expected.get("kind"))
    if both_kinds:
        assert found == {"positive", "must-not-fire"}, found


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


def turn_text(turn) -> str:
    """A turn's words as one line, every segment included."""
    return segments_text(turn.paragraphs)


def check_title_and_text(expected: dict, transcript) -> None:
    """The expectations on a transcript's title and whole text some case folders add to ``check_case``: ``title``
    (the title), ``not_title`` (strings not in it) and ``nowhere`` (strings in neither the title nor any text)."""
    if "title" in expected:
        assert transcript.title == expected["title"]
    for words in expected.get("not_title", []):
        assert words not in (transcript.title or ""), transcript.title
    everything = " ".join([transcript.title, segments_text(transcript.introduction)]
                          + [turn_text(t) for t in transcript.turns])
    for words in expected.get("nowhere", []):
        assert words not in everything, words


def check_case(expected: dict, transcript, names: dict, speech: list, text=turn_text) -> None:
    """The expectations every family's rule cases share: ``speakers`` (each speech turn's speaker, in order),
    ``not_speakers``, ``starts`` (how each speech turn's ``text`` begins, and how many there are) or
    ``first_starts`` (how the first ones begin),
    ``kept_as_text`` (strings standing in the text, spaces folded), ``warns`` (strings in the diagnostics),
    ``not_warns`` (strings in no diagnostic),
    ``not_in_speech``, ``removed`` ([text, reason] pairs listed as removed) and ``not_removed``."""
    if "speakers" in expected:
        assert [names.get(t.speaker) for t in speech] == expected["speakers"]
    for name in expected.get("not_speakers", []):
        assert name not in names.values(), sorted(names.values())
    said = [text(t) for t in speech]
    if "starts" in expected:
        assert len(said) == len(expected["starts"]), said
    for words, start in zip(said, expected.get("starts", expected.get("first_starts", []))):
        assert words.startswith(start), (words[:80], start)
    everything = " ".join([segments_text(transcript.introduction)] + [turn_text(t) for t in transcript.turns])
    everything = re.sub(r"\s+", " ", everything)
    for words in expected.get("kept_as_text", []):
        assert re.sub(r"\s+", " ", words) in everything, everything[:300]
    messages = " ".join(str(d) for d in transcript.diagnostics)
    for words in expected.get("warns", []):
        assert words in messages, messages[:300]
    for words in expected.get("not_warns", []):
        assert words not in messages, messages[:300]
    spoken = re.sub(r"\s+", " ", " ".join(turn_text(t) for t in speech))
    for words in expected.get("not_in_speech", []):
        assert words not in spoken, words
    removed = {(r.text, r.reason) for r in transcript.removed}
    for words in expected.get("not_removed", []):
        assert not any(t == words for t, _ in removed), words
    for item in expected.get("removed", []):  # a text, or [text, reason]
        words, reason = (item, None) if isinstance(item, str) else item
        assert any(t == words and reason in (None, r) for t, r in removed), (words, sorted(removed))



def check_shape_line(case: dict) -> None:
    """A real line of a case folder's ``shapes.yml`` read by ``labels.candidate``: the style, label, note and speech
    start of its shape rule (``kind: must-not-fire``: not read in that style); every case names its source and
    family."""
    from generator.parse import labels

    assert case.get("source") and case.get("family")
    found = labels.candidate(case["line"])
    if case.get("kind") == "must-not-fire":
        assert not found or found.style != case["style"], found
        return
    assert found and found.style == case["style"], found
    assert found.label == case["label"] and found.note == case.get("note"), found
    assert found.rest.startswith(case["rest"]), found


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

"""The command line and the writer: exit codes, bad inputs skipped, determinism, hand-written pages kept."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from generator.site import write
from generator.site.render import MARKER


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_convert_is_deterministic_and_a_second_run_writes_nothing(corpus_dir, tmp_path):
    out_a, out_b = tmp_path / "a", tmp_path / "b"
    assert run("convert", str(corpus_dir), "--out", str(out_a)).returncode == 0
    first = tree(out_a)
    mtimes = {p: p.stat().st_mtime_ns for p in out_a.rglob("*") if p.is_file()}
    second = run("convert", str(corpus_dir), "--out", str(out_a))
    assert second.returncode == 0 and "wrote 0 files" in second.stderr
    assert {p: p.stat().st_mtime_ns for p in out_a.rglob("*") if p.is_file()} == mtimes
    assert run("convert", str(corpus_dir), "--out", str(out_b)).returncode == 0
    assert tree(out_b) == first


def test_bad_input_is_reported_and_the_others_are_written(corpus_dir, tmp_path):
    (corpus_dir / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (corpus_dir / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = run("convert", str(corpus_dir), "--out", str(out))
    assert result.returncode == 1
    assert f"{corpus_dir / 'broken.txt'}:1: error: is a binary file, not text; " in result.stderr
    assert f"{corpus_dir / 'empty.txt'}:1: error: is empty; add the transcript text or remove the file" in result.stderr
    data = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    assert len(data["transcripts"]) == 5
    assert "Traceback" not in result.stderr


def test_missing_path_is_an_error(tmp_path):
    result = run("convert", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "does not exist; check the path" in result.stderr


def test_hand_written_page_is_never_overwritten(tmp_path):
    out = tmp_path / "out"
    (out / "transcripts").mkdir(parents=True)
    mine = out / "transcripts" / "index.md"
    mine.write_text("# My own index\n", encoding="utf-8")
    result = write.write_tree(out, {"transcripts/index.md": b"generated", "transcripts/a.md": b"a"})
    assert mine.read_text(encoding="utf-8") == "# My own index\n"
    assert [d.path for d in result.refused] == [str(mine)]
    assert (out / "transcripts" / "a.md").read_bytes() == b"a"


def test_generated_files_no_longer_produced_are_removed(tmp_path):
    out = tmp_path / "out"
    marked = MARKER.encode()  # a listed file is removed only when it carries the marker (see test_build_integrity)
    write.write_tree(out, {"transcripts/a.md": b"a", "transcripts/b.md": b"b" + marked, "notes.md": b"n" + marked})
    (out / "hand.md").write_text("mine", encoding="utf-8")
    result = write.write_tree(out, {"transcripts/a.md": b"a"})
    assert result.removed == ("notes.md", "transcripts/b.md")
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == [".generated.json", "a.md", "hand.md"]


def test_build_outside_the_project_says_how_to_fix_it(tmp_path):
    result = run("build", cwd=tmp_path)
    assert result.returncode == 2 and "mkdocs.yml:1: not found" in result.stderr


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0 and "build" in result.stdout and "convert" in result.stdout


def test_parallel_conversion_gives_the_same_corpus(tmp_path):
    from generator import pipeline

    for index in range(3):
        for path in SEEDS.glob("*.txt"):
            (tmp_path / f"{index}-{path.name}").write_bytes(path.read_bytes())
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    items, _ = pipeline.discover([tmp_path])
    assert len(items) >= pipeline.PARALLEL_FROM
    one = [(t, e) for _, t, e in pipeline.convert_all(items, workers=1)]
    many = [(t, e) for _, t, e in pipeline.convert_all(items, workers=2)]
    assert one == many
    assert sum(1 for t, e in many if e is not None) == 1

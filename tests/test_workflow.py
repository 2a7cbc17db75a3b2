"""Everyday workflow: serve rebuilds on a corpus change, check lints, data exports, the Pages workflow."""

from __future__ import annotations

import csv
import io
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import yaml

from conftest import ROOT, SEEDS, copy_project


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def test_serve_converts_again_when_a_corpus_file_changes(tmp_path):
    copy_project(tmp_path)
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    shutil.copy(SEEDS / "004_a33765ba8ac29656.txt", corpus / "kerry.txt")
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/corpus.json"
        deadline = time.time() + 60
        while "Remarks With" not in _get(url) and time.time() < deadline:
            time.sleep(0.5)
        assert "Remarks With" in _get(url)
        (corpus / "kerry.txt").write_text((SEEDS / "004_a33765ba8ac29656.txt").read_text(encoding="utf-8").replace(
            "Remarks With Russian Foreign Minister Sergey Lavrov", "Remarks In Moscow After Talks"), encoding="utf-8")
        deadline = time.time() + 60
        while "Remarks In Moscow After Talks" not in _get(url) and time.time() < deadline:
            time.sleep(0.5)
        assert "Remarks In Moscow After Talks" in _get(url)
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_check_lints_without_building(tmp_path):
    result = run("check", "seeds")
    assert result.returncode == 0
    assert "seeds/002_ac9b4e7fea30a9ad.txt:1: warning: has no date with a year (it says 'March 29')" in result.stderr
    assert "speaker 'Ms. Psaki' has a single turn" in result.stderr
    assert "5 transcripts checked: 0 errors" in result.stderr
    assert run("check", "seeds", "--strict").returncode == 1
    assert not (ROOT / "seeds" / "site").exists()


def test_turns_csv_has_every_turn(seeds_out, seeds_json):
    rows = list(csv.DictReader(io.StringIO((seeds_out / "turns.csv").read_text(encoding="utf-8"))))
    assert len(rows) == sum(len(t["turns"]) for t in seeds_json["transcripts"])
    first = rows[0]
    assert set(first) >= {"transcript", "date", "speaker_name", "themes", "text", "url"}
    assert first["url"].startswith("transcripts/") and "#t-" in first["url"]


def test_pages_workflow_builds_and_deploys():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads "on" as true
    assert triggers["push"]["branches"] == ["main"]
    steps = workflow["jobs"]["build"]["steps"]
    commands = " ".join(step.get("run", "") for step in steps)
    assert "pip install -e ." in commands and "python -m generator build" in commands
    uses = [step.get("uses", "") for step in steps] + [s.get("uses", "") for s in workflow["jobs"]["deploy"]["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact") for u in uses)
    assert any(u.startswith("actions/deploy-pages") for u in uses)
    assert workflow["permissions"]["pages"] == "write" and workflow["permissions"]["id-token"] == "write"

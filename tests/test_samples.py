"""The shared samples: golden files, and the measured figures the converter must hold on them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import convert_cli, portable
from samples_eval import SAMPLES, evaluate

GOLDEN = Path(__file__).parent / "golden" / "samples"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
NAMES = sorted(p.name for p in SAMPLES.iterdir() if p.is_file())


@pytest.fixture(scope="module")
def samples_out(tmp_path_factory) -> Path:
    return convert_cli("tests/fixtures/samples", tmp_path_factory.mktemp("samples-out"))


@pytest.fixture(scope="module")
def samples_json(samples_out) -> dict:
    return json.loads((samples_out / "corpus.json").read_text(encoding="utf-8"))


def _check(path: Path, actual: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path.name} missing: run UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py tests/test_samples.py"
    assert actual == path.read_text(encoding="utf-8"), f"{path.name} differs; if intended, regenerate and review it"


@pytest.mark.parametrize("name", NAMES)
def test_sample_matches_golden(samples_out, samples_json, name):
    record = next(t for t in samples_json["transcripts"] if Path(t["source"]).name == name)
    page = (samples_out / "transcripts" / f"{record['id']}.md").read_text(encoding="utf-8")
    _check(GOLDEN / f"{Path(name).stem}.md", page)
    _check(GOLDEN / f"{Path(name).stem}.json", json.dumps(portable(record), ensure_ascii=False, indent=1) + "\n")


@pytest.fixture(scope="module")
def scores():
    return evaluate()


def test_speakers_f1(scores):
    assert sum(s.f1 for s in scores) / len(scores) >= 0.95, [(s.name, s.f1) for s in scores]


def test_turn_counts_within_five_percent(scores):
    assert all(s.turn_error <= 0.05 for s in scores), [(s.name, s.turns, s.expected_turns) for s in scores]


def test_boilerplate_left_in_dialogue(scores):
    left = sum(s.boilerplate_left for s in scores) / sum(s.boilerplate_total for s in scores)
    assert left <= 0.05


def test_words_kept(scores):
    assert all(s.words_kept >= 0.99 for s in scores), [(s.name, s.words_kept) for s in scores]


def test_dates_never_wrong(scores):
    assert all(s.date_ok for s in scores)

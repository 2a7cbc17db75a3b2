"""Measure the converter on the shared samples against hand-made expectations.

    python tests/samples_eval.py

prints, per sample and overall: speakers found (F1 against the expected names), speech turns
against the expected count, boilerplate left in the dialogue, the share of the source's words
kept, and whether the date is right (null counts as right: a date is never guessed).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.parse.fidelity import unaccounted, words  # noqa: E402
from generator.parse.people import fold  # noqa: E402
from generator.read.files import read_source  # noqa: E402

SAMPLES = ROOT / "tests" / "fixtures" / "samples"
EXPECTED = ROOT / "tests" / "fixtures" / "samples-expected.yml"


@dataclass(frozen=True)
class Score:
    name: str
    f1: float
    turns: int
    expected_turns: int
    boilerplate_left: int
    boilerplate_total: int
    words_kept: float
    date_ok: bool
    kind_ok: bool

    @property
    def turn_error(self) -> float:
        if self.expected_turns == 0:
            return 0.0 if self.turns == 0 else 1.0
        return abs(self.turns - self.expected_turns) / self.expected_turns


def f1(found: set[str], expected: set[str]) -> float:
    if not found and not expected:
        return 1.0
    hits = len(found & expected)
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(expected)
    return 2 * precision * recall / (precision + recall)


def convert(out: Path) -> dict:
    subprocess.run([sys.executable, "-m", "generator", "convert", str(SAMPLES), "--out", str(out)],
                   cwd=ROOT, check=False, capture_output=True)
    return json.loads((out / "corpus.json").read_text(encoding="utf-8"))


def score(record: dict, expected: dict) -> Score:
    speech = [t for t in record["turns"] if t["type"] == "speech"]
    dialogue = "\n".join(t["text"] for t in speech)
    names = {s["id"]: s["name"] for s in record["speakers"]}
    found = {fold(names[t["speaker"]]) for t in speech}
    source = read_source(SAMPLES / Path(record["source"]).name)
    total = sum(words(source.text).values()) or 1
    kept = 1 - sum(unaccounted(source.text, record).values()) / total
    boilerplate = expected.get("boilerplate") or []
    return Score(Path(record["source"]).name, f1(found, {fold(n) for n in expected["speakers"]}), len(speech),
                 expected["turns"], sum(1 for b in boilerplate if b in dialogue), len(boilerplate), kept,
                 record["date"] is None or record["date"] == str(expected["date"]),
                 record["kind"] == expected.get("kind", record["kind"]))


def evaluate() -> list[Score]:
    expected = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        data = convert(Path(folder))
    by_name = {Path(t["source"]).name: t for t in data["transcripts"]}
    return [score(by_name[name], expected[name]) for name in sorted(expected)]


def main() -> None:
    scores = evaluate()
    print(f"{'sample':44} {'F1':>5} {'turns':>9} {'boiler':>7} {'words':>7} {'date':>5} {'kind':>5}")
    for s in scores:
        print(f"{s.name[:44]:44} {s.f1:5.2f} {s.turns:>4}/{s.expected_turns:<4} "
              f"{s.boilerplate_left:>3}/{s.boilerplate_total:<3} {s.words_kept:7.2%} {str(s.date_ok):>5} {str(s.kind_ok):>5}")
    n = len(scores)
    left = sum(s.boilerplate_left for s in scores) / max(1, sum(s.boilerplate_total for s in scores))
    print(f"{'overall':44} {sum(s.f1 for s in scores) / n:5.2f} "
          f"{sum(s.turn_error <= 0.05 for s in scores)}/{n} within 5% "
          f"boilerplate left {left:.0%}, words kept {min(s.words_kept for s in scores):.2%} (worst), "
          f"dates right {sum(s.date_ok for s in scores)}/{n}, kinds right {sum(s.kind_ok for s in scores)}/{n}")


if __name__ == "__main__":
    main()

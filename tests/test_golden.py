"""Golden files: each seed -> its Markdown page and its corpus.json entry, reviewed like code.

Regenerate after an intended change with:

    UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py

then read the diff (`git diff tests/golden`) line by line before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import SEEDS, by_source, portable

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))


def _check(path: Path, actual: str) -> None:
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path.name} missing: run UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{path.name} differs from the golden file; if intended, regenerate and review it"


@pytest.mark.parametrize("name", SEED_FILES)
def test_page_matches_golden(seeds_out, seeds_json, name):
    record = by_source(seeds_json, name)
    page = (seeds_out / "transcripts" / f"{record['id']}.md").read_text(encoding="utf-8")
    _check(GOLDEN / f"{Path(name).stem}.md", page)


@pytest.mark.parametrize("name", SEED_FILES)
def test_corpus_entry_matches_golden(seeds_json, name):
    record = by_source(seeds_json, name)
    _check(GOLDEN / f"{Path(name).stem}.json", json.dumps(portable(record), ensure_ascii=False, indent=1) + "\n")


def test_corpus_speakers_match_golden(seeds_json):
    _check(GOLDEN / "speakers.json", json.dumps(seeds_json["speakers"], ensure_ascii=False, indent=1) + "\n")

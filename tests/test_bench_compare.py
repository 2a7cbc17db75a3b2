"""``bench/compare.py`` (round ten): two checkouts' bench runs in turn, read into one table.  No test here is timed."""

from __future__ import annotations

import subprocess
import sys
from importlib import util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _compare():
    spec = util.spec_from_file_location("bench_compare", ROOT / "bench" / "compare.py")
    module = util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CONVERT_OUTPUT = """85 transcripts, 15456 turns ...
85 files, 6.60 MB, one process; wall clock 9.50 s (0.69 MB/s)
| stage | CPU s | MB/s |
| --- | --- | --- |
| read | 0.48 | 13.7 |
| clean | 1.60 | 4.1 |
| labels/turns | 1.11 | 6.0 |
| discovery counts | 1.19 | 5.5 |
| links | 0.12 | 56.5 |
| total | 8.82 | 0.7 |
"""


def test_reads_every_stage_row_and_no_other_line():
    seconds = _compare().stage_seconds(CONVERT_OUTPUT)
    assert seconds == {"read": 0.48, "clean": 1.60, "labels/turns": 1.11, "discovery counts": 1.19, "links": 0.12,
                       "total": 8.82}


def test_table_has_one_column_per_run_and_one_row_per_stage():
    compare = _compare()
    runs = [("before", 1.5, {"read": 0.5, "total": 9.0}), ("after", 1.25, {"read": 0.4, "total": 8.0})]
    lines = compare.table(runs).splitlines()
    assert lines[0] == "| stage | before (load 1.5) | after (load 1.2) |"
    assert lines[2:] == ["| read | 0.50 | 0.40 |", "| total | 9.00 | 8.00 |"]


def test_runs_each_checkout_in_turn(tmp_path):
    """The same checkout twice on the seeds: every stage of ``bench/convert.py`` and the two sums, in each run."""
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "compare.py"), str(ROOT), str(ROOT),
                             str(ROOT / "seeds"), "--pairs", "1"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = {line.split("|")[1].strip() for line in result.stdout.splitlines()[2:]}
    assert {"read", "clean", "search", "total", "parse stages (read to metadata)", "conversion (read to links)"} <= rows
    assert "before (load" in result.stdout and "after (load" in result.stdout

"""Issue 13, point 4a, shape by shape: a label candidate that recurs at line starts is a speaker label or named in
a warning that gives ``path:line`` and why -- for every shape the label modules read (``label_rules.SHAPES``, the
shapes of a name alone on its line, blockquoted labels).  The cases are data: ``tests/cases/rejections10/shapes.yml``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator import pipeline
from generator.parse import label_alone, label_caps_alone, label_name_alone, label_rules
from generator.read import files as read

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "rejections10" / "shapes.yml").read_text(encoding="utf-8"))
# The line the first block of a case starts on, in the interview ``_document`` builds around it.
FIRST_BLOCK_LINE = 7


def _document(first: str, second: str) -> str:
    """A two-speaker interview with the case's two blocks inside the speech."""
    return ("Interview\n\nSmith: Hello there, how are you today?\n\nJones: Fine, thanks for asking me.\n\n" + first
            + "\n\nSmith: Why is that so, tell us more?\n\nJones: Because it is like that.\n\n" + second
            + "\n\nSmith: Thanks a lot for your time.\n\nJones: You are welcome, bye.\n")


def test_every_shape_has_a_case():
    styles = {rule.name for rule in label_rules.SHAPES} | {label_caps_alone.STYLE, label_name_alone.STYLE, "quoted"}
    styles |= label_alone.ALONE_STYLES
    assert styles <= {case["style"] for case in CASES}, sorted(styles - {case["style"] for case in CASES})


@pytest.mark.parametrize("case", CASES, ids=[f"{c['style']}-{c['label']}" for c in CASES])
def test_recurring_candidate_is_a_label_or_warned(tmp_path, case):
    path = tmp_path / "case.txt"
    path.write_text(_document(*case["blocks"]), encoding="utf-8")
    transcript = pipeline.convert_source(read.read_source(path, path.name, path.read_bytes()))
    speakers = {turn.label for turn in transcript.turns if turn.label}
    named = [d for d in transcript.diagnostics if f"'{case['label']}" in d.message]
    if case["expect"] == "label":
        assert case["label"] in speakers, (sorted(speakers), [str(d) for d in transcript.diagnostics])
        return
    assert case["label"] not in speakers, sorted(speakers)
    assert named, [str(d) for d in transcript.diagnostics]
    assert named[0].line == FIRST_BLOCK_LINE and str(named[0]).startswith(f"case.txt:{FIRST_BLOCK_LINE}: ")
    assert named[0].fix

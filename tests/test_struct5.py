"""Structure, furniture and decoding found by the second held-out set (issue 13, round 5: struct5).

Cases are small excerpts of real transcripts ``tests/cases/struct5/NAME.txt`` (or ``.md``, ``.html``) with an
expectation ``NAME.yml`` beside it, in the format of ``tests/test_structure.py`` (``removed``, ``not_removed``,
``not_in_speech``, ``kept_as_text``, ``speakers``, ``warns`` ...; here also ``not_warns``: strings no diagnostic may
hold, and ``speakers_first``: the speakers of the first speech turns).  Each case names the family of documents it stands for and the real public source it comes from; every rule
has positive and must-not-fire cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, converted_case
from generator.read import files

CASES = Path(__file__).parent / "cases" / "struct5"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_struct5_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)
    messages = " ".join(str(d) for d in transcript.diagnostics)
    for words in expected.get("not_warns", []):
        assert words not in messages, messages[:300]
    if "speakers_first" in expected:  # the speakers of the first turns (the rest of the excerpt is not this rule's)
        first = [names.get(t.speaker) for t in speech][:len(expected["speakers_first"])]
        assert first == expected["speakers_first"], first


def test_every_case_has_an_expectation():
    assert _cases() and all(p.with_suffix(".yml").exists() for p in _cases())


def test_mojibake_mixed_with_good_text_is_left_alone():
    """A text only partly double-encoded does not round-trip as a whole: repairing it would be a piecewise guess,
    so it is left as written (the repair is for the unambiguous case only)."""
    bad = (CASES / "mojibake_podcast_cp1252.md").read_text(encoding="utf-8")
    good = (CASES / "mojibake_guard_french_hansard.txt").read_bytes().decode("latin-1")
    mixed = bad + good
    assert files.repair_mojibake(mixed, "x") == (mixed, [])
    repaired, warnings = files.repair_mojibake(bad, "x")
    assert "It’s been" in repaired and len(warnings) == 1

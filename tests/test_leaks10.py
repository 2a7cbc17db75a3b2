"""Rounds ten and eleven of the second large corpus's converter errors, tested on cases kept as data in
``tests/cases/leaks10/`` and ``tests/cases/leaks11/`` (the format of ``tests/test_names3.py``: ``NAME.md`` with ``NAME.yml`` beside it, checked by
``conftest.check_case``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import CASE_KINDS, case_inputs, check_case, converted_case

FOLDERS = [Path(__file__).parent / "cases" / name for name in ("leaks10", "leaks11")]


@pytest.mark.parametrize("path", [p for folder in FOLDERS for p in case_inputs(folder)],
                         ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_leaks10_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_case_has_an_expectation(folder: Path):
    inputs = case_inputs(folder)
    assert inputs and all(p.with_suffix(".yml").exists() for p in inputs)
    kinds = {yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8"))["kind"] for p in inputs}
    assert kinds == CASE_KINDS  # positive and must-not-fire cases both

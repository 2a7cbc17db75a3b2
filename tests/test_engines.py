"""Speed edit of round eleven (``speed11``) changes no output: the parse patterns compiled by ``engines.compile``
match with Python's ``re`` while a document every character of which both engines read alike is parsed, with the
``regex`` module otherwise.

The reference is the ``regex`` module (as main read every text).  Compared: every dual pattern's matches (``finditer``
over each text, ``match`` at each line's start) on the committed real texts (seeds, shared samples, every rule case:
English, Russian, German, Turkish, Chinese, Hindi, Tamil, Thai ...), and the whole conversion of each of those files
with the engine chosen per document against ``regex`` alone.  No test here is timed: ``bench/convert.py`` measures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import sys

from generator import pipeline
from generator.read import files as read
from generator.parse import clean, engines, turns  # noqa: F401  (imported: their patterns are registered)

from conftest import real_case_texts

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "samples").glob("*")) \
    + sorted(p for suffix in ("*.md", "*.txt") for p in (ROOT / "tests" / "cases").rglob(suffix))


def _texts() -> list[str]:
    return list(real_case_texts()) + [path.read_text(encoding="utf-8", errors="replace") for path in FILES]


def _found(matches) -> list:
    return [(m.span(), m.groups()) if m else None for m in matches]


def test_the_parse_patterns_are_dual():
    """Nearly every pattern of the modules that read each line is matched by either engine (a pattern ``re`` cannot
    read the same way stays with ``regex``)."""
    assert len(engines.DUALS) >= 100
    assert isinstance(engines.compile(r"(?<=\p{L})x"), type(engines.REGEX_ONLY))  # \p{..}: regex alone
    assert isinstance(engines.compile(r"(?<=a+)b"), type(engines.REGEX_ONLY))  # variable look-behind
    assert isinstance(engines.compile(r"[[:alpha:]]"), type(engines.REGEX_ONLY))  # a POSIX class: re warns
    assert isinstance(engines.compile(r"(?:ab){e<=1}"), type(engines.REGEX_ONLY))  # fuzzy


def test_a_character_read_apart_sends_the_text_to_the_regex_module():
    assert engines.same_reading("plain ASCII text, U.S. don't")
    assert engines.same_reading("Président « élevé » — don’t, Ω, ß, İstanbul, Straße, 中文, Владимир")
    assert not engines.same_reading("क्षि")  # a virama and a vowel sign: word characters to regex only
    assert not engines.same_reading("cafe\u0301")  # a combining acute accent
    assert not engines.same_reading("x²")  # a superscript: a word character to re only
    assert not engines.same_reading("a\x1cb")  # an information separator: a space to re only


def test_every_dual_pattern_matches_alike_on_the_real_texts():
    texts = [text for text in _texts() if engines.same_reading(text)]
    assert len(texts) > 300
    lines = sorted({line for text in texts for line in text.splitlines()})
    for dual in engines.DUALS:
        for text in texts:
            assert _found(dual.standard.finditer(text)) == _found(dual.extended.finditer(text)), dual
        assert [_found([dual.standard.match(line)]) for line in lines] \
            == [_found([dual.extended.match(line)]) for line in lines], dual


def _forget() -> None:
    """Empty the parse stages' remembered answers (``labels.candidate`` and the like), so that each reading matches."""
    for name, module in list(sys.modules.items()):
        if name.startswith("generator."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_each_real_file_converts_as_with_the_regex_module_alone(path, monkeypatch):
    source = read.read_source(path, path.name, path.read_bytes())
    _forget()
    chosen = pipeline.convert_source(source)
    _forget()
    monkeypatch.setattr(engines, "same_reading", lambda text: False)
    assert chosen == pipeline.convert_source(source)

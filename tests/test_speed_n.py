"""Round-10 speed edit (``speedN``) changes no output: discovery's tokens are read by Python's ``re`` where
``word_engines.same_words`` says both engines read the text's word characters alike, by the ``regex`` module else.

The reference is the ``regex`` pattern itself (``discover.WORD_OR_BREAK``, as main reads every text), compared on the
committed real texts (seeds, samples, rule cases: English, Russian, German, Turkish, Chinese, Hindi, Tamil, Thai ...)
and on random texts of the characters the two engines disagree on.  No test here is timed: ``bench/convert.py``
measures the speed.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.corpus import discover, word_engines

from conftest import real_case_texts

SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# letters, digits, the pattern's punctuation, spaces, and characters that are a word character to one engine only:
# combining marks (Devanagari, Tamil, Thai, Arabic, a Latin accent), superscripts and fractions, connector punctuation
PIECES = ["a", "Z", "é", "ß", "Ω", "д", "中", "1", "_", "'", "’", ".", "-", ",", "(", "]", "“", "»", "—", "/", "!",
          " ", "  ", "\n", "\t", "\u0915", "\u093e", "\u094d", "\u0bbf", "\u0e34", "\u064e", "\u0301", "²", "½",
          "\u203f", "\u200d", "Ⅻ", "क्षि", "Hindi", "U.S.", "don’t"]


def _reference(text: str) -> list[str]:
    return discover.WORD_OR_BREAK.findall(text)


def test_tokens_of_the_real_texts_are_the_regex_modules():
    texts = real_case_texts()
    assert any(not word_engines.same_words(text) for text in texts)  # (the cases hold marks: both paths are read)
    for text in texts:
        assert discover._tokens(text) == _reference(text)
        if word_engines.same_words(text):
            assert discover.WORD_OR_BREAK_STDLIB.findall(text) == _reference(text)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_tokens_of_any_mix_are_the_regex_modules(text):
    assert discover._tokens(text) == _reference(text)
    if word_engines.same_words(text):
        assert discover.WORD_OR_BREAK_STDLIB.findall(text) == _reference(text)


def test_a_mark_or_a_superscript_sends_the_text_to_the_regex_module():
    assert word_engines.same_words("plain ASCII text, U.S. don't")
    assert word_engines.same_words("Président « élevé » — don’t, Ω, 中文")
    assert not word_engines.same_words("क्षि")  # a virama and a vowel sign: marks, word characters to regex only
    assert not word_engines.same_words("cafe\u0301")  # a combining acute accent
    assert not word_engines.same_words("x²")  # a superscript: a word character to re only


def test_document_stats_are_those_of_the_regex_modules_tokens(monkeypatch):
    """The whole count, read both ways, on the real texts."""
    texts = [text for text in real_case_texts() if len(text) > 200][:60]
    fast = discover.document_stats(texts)
    monkeypatch.setattr(discover.word_engines, "same_words", lambda text: False)
    assert discover.document_stats(texts) == fast

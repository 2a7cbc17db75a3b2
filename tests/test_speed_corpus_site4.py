"""Speed of the corpus and site stages, round 4 (issue 13, point 7): each fast path gives what the code it replaced
gave (that code is kept here as the reference), on generated texts and on the seeds' real transcripts.  No test
here is timed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.corpus import themes
from generator.site import escape, render, search

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus():
    return pipeline.convert([ROOT / "seeds"], workers=1)


def _segments(corpus) -> list[str]:
    return [s.text for t in corpus.transcripts for turn in t.turns for p in turn.paragraphs for s in p]


# --- escape.md: one translate, and nothing at all for a text without markup characters -----------------------------

def _old_md(text: str) -> str:
    """escape.md as it was: a substitution for the markup characters, one for a line start, three replacements."""
    escaped = escape.MD_LINE_START.sub(escape._escape_start, re.sub(r"([\\`*_{}\[\]#|])", r"\\\1", text))
    return escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


MARKUP_PIECES = ["a", "Word", " ", "  ", "\t", "\n", "1", "12", "٣", ".", ")", "+", "-", "*", "_", "`", "\\", "{", "}",
                 "[", "]", "#", "|", "&", "<", ">", "&amp;", "\u2028", "\u3000", "é", "—", "\\*"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(MARKUP_PIECES), max_size=12).map("".join))
def test_markdown_escape_is_the_old_one(text):
    assert escape.md(text) == _old_md(text)


def test_markdown_escape_is_the_old_one_on_real_segments(corpus):
    texts = _segments(corpus)
    assert any(escape.MD_ANY(text) for text in texts) and any(not escape.MD_ANY(text) for text in texts)
    assert [escape.md(text) for text in texts] == [_old_md(text) for text in texts]


# --- an ASCII text's words in one translate and a split: search terms and the words a turn is searched for -------

WORD_PIECES = ["Syria", "U.S.", "al-Nusra", "x_y", "COVID-19", "2017", "the", "is", "talks", "Kerry's", "a", "I",
               " ", "\t", "\n", ",", ".", "(", ")", "_", "-", "'", "’", "é", "Лавров", "外交部", "ﬁne", "Ωmega"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=20).map("".join))
def test_term_counts_are_those_of_the_token_regex(text):
    assert search._term_counts(text, search._Terms()) == Counter(search.terms(text))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=20).map("".join))
def test_turn_words_are_those_of_the_word_regex(text):
    assert themes._words(text) == set(themes.WORD.findall(text.lower()))


def test_term_counts_and_turn_words_on_real_turns(corpus):
    texts = [render.plain(turn) for t in corpus.transcripts for turn in t.turns]
    assert any(text.isascii() for text in texts) and not all(text.isascii() for text in texts)  # both paths
    known = search._Terms()
    for text in texts:
        assert search._term_counts(text, known) == Counter(search.terms(text))
        assert themes._words(text) == set(themes.WORD.findall(text.lower()))

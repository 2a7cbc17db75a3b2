"""Speed of the corpus stage, round 5 (issue 13, point 7): each faster reading gives what the one it replaced gave
(the old code is kept here as the reference), on the real transcripts of the seeds and the shared samples and on
generated texts.  No test here is timed: ``bench/convert.py`` measures the speed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from wordfreq import zipf_frequency as wordfreq_zipf

from generator import pipeline
from generator.corpus import discover, themes, variants

ROOT = Path(__file__).resolve().parent.parent
REAL = sorted([*(ROOT / "seeds").iterdir(), *(ROOT / "tests" / "fixtures" / "samples").iterdir()])


@pytest.fixture(scope="module")
def real_words() -> list[str]:
    """Every distinct lower-cased run of ASCII letters of the real transcripts."""
    words = set()
    for path in REAL:
        if path.is_file():
            words |= {w.lower() for w in re.findall(r"[A-Za-z]+", path.read_text(encoding="utf-8", errors="replace"))}
    return sorted(words)


# --- variants.zipf_frequency: a lower-case ASCII word missing from English's list is 0.0 without wordfreq's tokeniser

def test_unlisted_words_score_what_wordfreq_gives(real_words):
    unlisted = [w for w in real_words if w not in variants.get_frequency_dict("en")]
    assert len(unlisted) > 50  # names, misspellings, foreign words: the case the shortcut is for
    assert [variants.zipf_frequency(w, "en") for w in unlisted] == [wordfreq_zipf(w, "en") for w in unlisted]


def test_listed_and_other_words_score_what_wordfreq_gives(real_words):
    others = real_words[::7] + ["U.S.", "Don't", "naïve", "x2", "", "co-op", "Syria"]
    assert [variants.zipf_frequency(w, "en") for w in others] == [wordfreq_zipf(w, "en") for w in others]


@pytest.fixture(scope="module")
def corpus():
    return pipeline.convert([ROOT / "seeds", ROOT / "tests" / "fixtures" / "samples"], workers=1)


def _turn_texts(corpus) -> list[str]:
    return [" ".join(text for _, _, text in themes._turn_text(turn)) for t in corpus.transcripts for turn in t.turns]


# --- themes._needles_in: the needles among a turn's words, without a set of all its words --------------------------

def _old_words(text: str) -> set[str]:
    """The turn's words as ``_annotate`` made them before: every lower-cased ``WORD`` run of the text, as a set."""
    return themes._words(text)


def test_needles_in_a_turn_are_those_of_its_words(corpus):
    texts = _turn_texts(corpus) + ["Ǆemal İstanbul naïve ΣΊΣΥΦΟΣ", "U.S.-led co_op 3rd", ""]
    vocabulary = sorted(set().union(*map(_old_words, texts)))
    needles = frozenset(vocabulary[::3] + ["istanbul", "i̇stanbul", "σίσυφος", "naïve", "co", "op", "3rd", "xyz"])
    found = 0
    for text in texts:
        assert themes._needles_in(text, needles) == _old_words(text).intersection(needles)
        found += len(themes._needles_in(text, needles))
    assert found > 1000


# --- discover._phrases_of: the content words taken with their followers in C (compress), not a list comprehension --

def _old_phrases_of(tokens: list[str], found: list[str]) -> None:
    """discover._phrases_of as it was: the pairs of every token with the next selected in a list comprehension."""
    content = [discover._content_word(token) for token in tokens] + [None]
    for word, following in [(w, f) for w, f in zip(content, content[1:]) if w]:
        found.append(word)
        if following:
            found.append(f"{word} {following}")


def test_key_phrases_are_those_found_before_in_the_same_order(corpus):
    total = 0
    for t in corpus.transcripts:
        tokens = discover._tokens(discover.TEXT_BREAK.join(themes._texts(t)))
        new, old = [], []
        discover._phrases_of(tokens, new)
        _old_phrases_of(tokens, old)
        assert new == old
        total += len(new)
    assert total > 1000

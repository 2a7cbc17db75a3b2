"""Speed of the corpus stage, round 5 (issue 13, point 7): each faster reading gives what the one it replaced gave
(the old code is kept here as the reference), on the real transcripts of the seeds and the shared samples and on
generated texts.  No test here is timed: ``bench/convert.py`` measures the speed."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from wordfreq import zipf_frequency as wordfreq_zipf

from generator import pipeline
from generator.model import Segment, SegmentKind, Theme, Turn, TurnType
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


# --- themes._needles_in: the needles among a turn's words, as written for the themes matched case for case ---------

def _old_words(text: str) -> set[str]:
    """The turn's words as ``_annotate`` made them before: every lower-cased ``WORD`` run of the text, as a set."""
    return themes._words(text)


def _runs_as_written(text: str) -> set[str]:
    return set(themes.WORD.findall(text))


def test_needles_in_a_turn_are_those_of_its_words(corpus):
    texts = _turn_texts(corpus) + ["Ǆemal İstanbul naïve ΣΊΣΥΦΟΣ", "U.S.-led co_op 3rd", "", "DO I do? Do i"]
    runs = sorted(set().union(*map(_runs_as_written, texts)))
    exact = frozenset(runs[::3] + ["İstanbul", "Do", "DO", "U", "co", "op", "3rd", "xyz", "Syria"])
    lowered = frozenset(w.lower() for w in runs[1::5]) | {"i̇stanbul", "istanbul", "σίσυφος", "naïve", "do", "i"}
    found = 0
    for text in texts:
        expected = (_runs_as_written(text) & exact) | (_old_words(text) & lowered)
        assert themes._needles_in(text, exact, lowered) == expected
        assert themes._needles_in(text, exact, frozenset()) == _runs_as_written(text) & exact
        found += len(expected)
    assert found > 1000


def test_a_theme_matched_case_for_case_is_searched_only_where_its_first_word_is_written_so(corpus):
    matchers = [themes._matcher(Theme("do-i", "Do I", ()), (), proper=True),
                themes._matcher(Theme("weapons", "chemical weapons", ()), (), proper=False)]
    needles = themes._needle_index(matchers)
    assert needles[2] == {"Do", "chemical"} and needles[3] == {"chemical"}
    searched = []
    for matcher in matchers:
        object.__setattr__(matcher, "pattern", _Spy(matcher.pattern, searched))
    text = "I do think so. CHEMICAL weapons, do I?"
    turn = Turn("t1", TurnType.SPEECH, "s", "S", None, ((Segment(SegmentKind.TEXT, text),),), False, 1)
    marked = themes._annotate(turn, matchers, frozenset(), needles)
    assert searched == ["weapons"] and marked.themes == ("weapons",)  # "do" is not "Do": the theme is not tried
    turn = replace(turn, paragraphs=((Segment(SegmentKind.TEXT, "Do I know? " + text),),))
    assert themes._annotate(turn, matchers, frozenset(), needles).themes == ("do-i", "weapons")


class _Spy:
    """A compiled pattern that notes the id of each theme it is searched for."""

    def __init__(self, pattern, searched: list[str]) -> None:
        self.pattern, self.searched = pattern, searched

    def search(self, text: str):
        self.searched.append("do-i" if self.pattern.pattern.startswith("D") else "weapons")
        return self.pattern.search(text)


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

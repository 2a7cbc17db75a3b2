"""Speed of the corpus stage, round 5 (issue 13, point 7): each faster reading gives what the one it replaced gave
(the old code is kept here as the reference), on the real transcripts of the seeds and the shared samples and on
generated texts.  No test here is timed: ``bench/convert.py`` measures the speed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from wordfreq import zipf_frequency as wordfreq_zipf

from generator.corpus import variants

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

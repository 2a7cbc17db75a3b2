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


# --- discovery across the corpus: nouns tested once per word, lone candidates kept as they are, look-ups by table ----

def _old_noun_like(counts) -> set[str]:
    """discover._noun_like as it was: every phrase split and its last word tested."""
    nouns = set()
    for phrase in counts:
        word = phrase.split()[-1]
        if (word.endswith(discover.ADJECTIVE_END) and not word.endswith(("ent", "ant"))
                or word.endswith(discover.ADJECTIVE_END[1:])):
            continue
        if word.endswith(discover.NOUN_END) or (word.endswith("s") and not word.endswith("ss")) or " " in phrase:
            nouns.add(word)
    return nouns


def _old_grouped(entries, expansions):
    """discover._grouped as it was: a new candidate made for every group, lone candidates copied."""
    roots = variants.roots(set(entries), {k for k, c in entries.items() if c.proper}, expansions)
    merged = {}
    for key in sorted(entries):
        root, entry = roots[key], entries[key]
        target = merged.setdefault(root, discover.Candidate(root, discover.Counter(), set(), 0, entry.proper))
        target.forms.update(entry.forms)
        target.transcripts |= entry.transcripts
        target.mentions += entry.mentions
        target.proper = target.proper or entry.proper
    ranked = [c for c in merged.values() if len(c.transcripts) >= discover.MIN_TRANSCRIPTS]
    return sorted(ranked, key=lambda c: (-len(c.transcripts), -c.mentions, c.key))


def _old_demonym_country(key, keys):
    if key in variants.DEMONYM_SPECIAL and variants.DEMONYM_SPECIAL[key] in keys:
        return variants.DEMONYM_SPECIAL[key]
    for ending, replacement in variants.DEMONYM_ENDINGS:
        if key.endswith(ending) and (country := key[: -len(ending)] + replacement) in keys and country != key:
            return country
    return None


def _old_well_known(groups, keys):
    """The well-known aliases as _merge_variants joined them: every key compared with every name and alias."""
    known = {variants.norm(name): [variants.norm(a) for a in aliases] for name, aliases in variants.WELL_KNOWN}
    for key in sorted(keys):
        for name, aliases in known.items():
            if key == name or key in aliases:
                groups.union(key, name)


def _candidates(found) -> list:
    return [(c.key, list(c.forms.items()), sorted(c.transcripts), c.mentions, c.proper, c.name) for c in found]


@pytest.fixture(scope="module")
def documents(corpus):
    return [(t.id, themes.document_stats(t)) for t in corpus.transcripts]


def test_nouns_are_those_found_before(documents):
    phrases = discover.Counter()
    for _, stats in documents:
        phrases.update(stats.phrases)
    assert len(phrases) > 1000 and discover._noun_like(phrases) == _old_noun_like(phrases)
    assert discover._noun_like(["talks", "peace talks", "regional", "regional council", "moss", "weapons"]) == \
        _old_noun_like(["talks", "peace talks", "regional", "regional council", "moss", "weapons"])


def test_candidates_grouped_as_before(documents, monkeypatch):
    new = discover.discover_from(documents, set())
    monkeypatch.setattr(discover, "_grouped", _old_grouped)
    old = discover.discover_from(documents, set())
    assert len(new) > 20 and _candidates(new) == _candidates(old)


def test_variant_roots_are_those_found_before(documents, monkeypatch):
    keys = {variants.norm(f) for _, stats in documents for _, with_it, _ in stats.runs for f in [with_it] if f}
    keys |= {variants.norm(f) for name, aliases in variants.WELL_KNOWN for f in (name, *aliases)}
    keys |= {"syrian", "syria", "iraqi", "iraq", "chinese", "china", "moss", "kurdish", "kurds", "americans"}
    proper = set(sorted(keys)[::2])
    new = variants.roots(keys, proper, {})
    assert [k for k in keys if variants.demonym_country(k, keys) != _old_demonym_country(k, keys)] == []
    monkeypatch.setattr(variants, "demonym_country", _old_demonym_country)
    merge = variants._merge_variants

    def old_merge(groups, keys, proper, expansions):
        _old_well_known(groups, keys)
        monkeypatch.setattr(variants, "WELL_KNOWN", [])
        try:
            merge(groups, keys, proper, expansions)
        finally:
            monkeypatch.undo()
    monkeypatch.setattr(variants, "_merge_variants", old_merge)
    old = variants.roots(keys, proper, {})
    assert len(keys) > 300 and new == old and len(set(new.values())) < len(keys)

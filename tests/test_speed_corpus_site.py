"""Speed of the corpus and site stages (issue 13, point 7, round 3): each fast path gives what the simple one it
replaced gave (the simple one is kept here as the reference), and work once repeated per link, per passage, per
theme or per export is done once.  No test here is timed."""

from __future__ import annotations

import gc
import math
import posixpath
from collections import Counter
from dataclasses import replace
from itertools import compress
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pipeline, urls
from generator.corpus import discover, links, themes, variants
from generator.model import Theme, TurnType
from generator.site import export, pages, render, search

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus():
    return pipeline.convert([ROOT / "seeds"], workers=1)


# --- links: each relative path computed once, a timeline row's links made from one link ------------------------

def test_each_relative_link_is_computed_once(corpus, monkeypatch):
    asked = []
    relpath = posixpath.relpath

    def counted(target, start):
        asked.append((target, start))
        return relpath(target, start)
    monkeypatch.setattr(posixpath, "relpath", counted)
    urls._relative.cache_clear()
    linked = links.build(corpus)
    render.render(corpus, linked)
    pages.corpus_pages(corpus, linked)
    assert asked and len(asked) == len(set(asked))  # the pages link the same targets thousands of times


def test_timeline_rows_link_each_transcript_once(corpus, monkeypatch):
    """Links to a turn are made only for the quoted passages: a timeline row links its transcript once and
    numbers its passages from that link (the template made one link per passage)."""
    linked = links.build(corpus)
    quoted = sum(min(len(theme.turns), pages.EXCERPTS) for theme in corpus.themes) + sum(
        min(len(linked.speakers[s.id].turns), pages.EXCERPTS) for s in corpus.speakers if not s.generic)
    anchored = []
    link = urls.link

    def counted(here, target, anchor=""):
        if anchor:
            anchored.append(anchor)
        return link(here, target, anchor)
    monkeypatch.setattr(urls, "link", counted)
    pages.corpus_pages(corpus, linked)
    assert 0 < len(anchored) <= quoted


OLD_ROW_LINKS = ('{% for n, turn in links %}[{{ n }}]({{ link("transcripts", id, here, turn) }})'
                 '{% if not loop.last %} {% endif %}{% endfor %}')


def test_timeline_row_links_are_those_the_template_made(corpus):
    template = render.ENV.from_string(OLD_ROW_LINKS)
    here = urls.page(urls.SPEAKERS, "someone")
    for t in corpus.transcripts:
        turns = [turn for turn in t.turns if turn.type is TurnType.SPEECH][:7]
        row = pages._row(t, turns, here)
        old = template.render(links=[(n, turn.id) for n, turn in enumerate(turns, 1)], id=t.id, here=here)
        assert row["numbered"] == old
        assert row["link"] == urls.link(here, urls.page(urls.TRANSCRIPTS, t.id))


# --- search: term counts made once per passage, postings from the counts ----------------------------------------

SEARCH_PIECES = ["Chemical", "weapons", "the", "U.S.", "Russia's", "Ségolène", "crisis", "status", "外交部发言人",
                 "Лавров", "COVID-19", "2017", "a", "is", "and", "talks", "talks", "é", "Ωmega", "_", "x_y", "ﬁne"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SEARCH_PIECES + [" ", ", ", ".", "\n"]), max_size=30).map("".join))
def test_term_counts_are_the_counts_of_the_terms(text):
    assert search._term_counts(text, search._Terms()) == Counter(search.terms(text))


def _old_postings(passages: list[tuple[str, str]]) -> dict[str, list[int]]:
    """search._postings as it was: from each passage's term lists, counted again for the weights."""
    terms = [(tuple(search.terms(heading)), tuple(search.terms(text))) for heading, text in passages]
    lengths = [len(text) + len(title) for title, text in terms]
    average = sum(lengths) / max(1, len(lengths))
    df: Counter = Counter()
    for title, text in terms:
        df.update(set(text).union(title))
    total = len(terms)
    scale = {term: 10 * math.log(1 + (total - n + 0.5) / (n + 0.5)) for term, n in df.items()}
    postings: dict[str, list[int]] = {}
    last = dict.fromkeys(scale, 0)
    for number, ((title, text), length) in enumerate(zip(terms, lengths)):
        tf = Counter(text)
        for term in title:
            tf[term] += search.TITLE_BOOST
        norm = search.K1 * (1 - search.B + search.B * length / average) if average else search.K1
        for term, count in tf.items():
            weight = round(scale[term] * count * search.K1_PLUS_1 / (count + norm))
            postings.setdefault(term, []).extend((number - last[term], weight if weight > 1 else 1))
            last[term] = number
    return postings


def test_postings_are_those_of_the_term_lists(corpus):
    built = search._transcript_pages(corpus) + search._record_pages(corpus)
    passages = [(p.heading, p.text) for page in built for p in page.passages]
    assert search._postings(built) == _old_postings(passages)


# --- discovery: a document's texts counted as one token list ------------------------------------------------------

def _old_document_stats(texts: list[str]) -> discover.DocumentStats:
    """discover.document_stats as it was: text by text, every text searched for expansions."""
    expansions = tuple((discover.norm(m.group("short")), discover.norm(m.group("long"))) for text in texts
                       for m in discover.EXPANSION.finditer(text) if m.group("short"))
    capitals, runs, phrases = [], [], []
    for text in texts:
        tokens = [("" if token in discover.SEPARATORS else token) for token in discover.TOKEN.findall(text)]
        caps = [discover._capitalised(token) for token in tokens]
        if any(caps):
            capitals.extend(tokens[i] for i in compress(range(1, len(tokens)), caps[1:]) if tokens[i - 1])
            discover._runs_of(tokens, runs, caps)
        content = [discover._content_word(token) for token in tokens] + [None]
        for index, word in enumerate(content[:-1]):
            if word:
                phrases.append(word)
                if content[index + 1]:
                    phrases.append(f"{word} {content[index + 1]}")
    return discover.DocumentStats(sum(len(text.split()) for text in texts), Counter(capitals), expansions,
                                  Counter(runs), Counter(phrases))


DISCOVERY_PIECES = ["Secretary", "of", "State", "the", "for", "Syria", "sanctions", "chemical", "weapons", "We",
                    "U.S.", "al-Nusra", "OPCW", "(OPCW)", "Organisation", "Prohibition", "talks", "/", " / ", "(",
                    ")", "John", "Kerry's", "reconnaissance", ".", ",", "—", "\"", "I'm", "and", "x", "-", "’s"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(DISCOVERY_PIECES), max_size=30).map(" ".join), max_size=4))
def test_document_counts_are_those_of_the_texts_one_by_one(texts):
    new, old = discover.document_stats(texts), _old_document_stats(texts)
    assert (new.words, new.expansions) == (old.words, old.expansions)
    for field in ("capitals", "runs", "phrases"):
        assert list(getattr(new, field).items()) == list(getattr(old, field).items())  # the same order too


def test_a_document_is_tokenised_once(monkeypatch):
    calls = []
    tokens = discover._tokens
    monkeypatch.setattr(discover, "_tokens", lambda text: calls.append(text) or tokens(text))
    discover.document_stats(["The OPCW met.", "Syria said no.", "Chemical weapons talks"])
    assert len(calls) == 1


# --- themes: unmarked turns kept, each theme's turns listed in one pass -----------------------------------------

class _CountedTurns(tuple):
    reads = 0

    def __iter__(self):
        type(self).reads += 1
        return super().__iter__()


def test_theme_records_read_the_turns_once(corpus):
    matchers = [themes._matcher(Theme(f"theme-{i}", f"Theme {i}", ()), (), proper=False) for i in range(40)]
    _CountedTurns.reads = 0
    counted = [replace(t, turns=_CountedTurns(t.turns)) for t in corpus.transcripts]
    themes._themes(matchers, counted)
    assert _CountedTurns.reads <= len(counted)  # once per transcript, not once per theme


def test_theme_records_are_those_found_theme_by_theme(corpus):
    matchers = [themes._matcher(theme, (), proper=False) for theme in corpus.themes]
    for theme in themes._themes(matchers, list(corpus.transcripts)):
        turns = tuple((t.id, turn.id) for t in corpus.transcripts for turn in t.turns if theme.id in turn.themes)
        assert theme.turns == turns and theme.mentions == len(turns)


def test_a_turn_without_a_theme_is_kept_as_it_is(corpus):
    turn = next(turn for t in corpus.transcripts for turn in t.turns if not turn.themes)
    assert themes._annotate(turn, [], frozenset(), themes._needle_index([])) is turn


# --- the run: converted documents out of the collector's full passes; exports share the turn texts ------------

def test_converted_documents_are_left_out_of_full_collections_until_the_end(tmp_path, monkeypatch):
    frozen = []
    apply, build = themes.apply, search.build
    monkeypatch.setattr(themes, "apply", lambda *a, **k: frozen.append(gc.get_freeze_count()) or apply(*a, **k))
    monkeypatch.setattr(search, "build", lambda *a, **k: frozen.append(gc.get_freeze_count()) or build(*a, **k))
    before = gc.get_freeze_count()
    pipeline.generate([ROOT / "seeds"], tmp_path / "out", workers=1)
    assert len(frozen) == 2 and all(count > before for count in frozen)
    assert gc.get_freeze_count() == before  # handed back to the collector


def test_exports_and_totals_made_from_shared_texts_are_the_same(corpus):
    texts = export.turn_texts(corpus)
    sources = render.source_paths(corpus)
    assert export.corpus_json(corpus, sources, None, texts) == export.corpus_json(corpus, sources)
    assert export.turns_csv(corpus, texts) == export.turns_csv(corpus)
    speech = [turn for t in corpus.transcripts for turn in t.turns if turn.type is TurnType.SPEECH]
    old_words = f"{sum(len(render.plain(turn).split()) for turn in speech):,}"  # counts() as it was
    assert render.counts(corpus, render.Lookup.of(corpus).words)["words"] == old_words
    assert render.counts(corpus)["words"] == old_words


# --- variants: the keys that are not names made once, not once per phrase tested ---------------------------------

class _CountedSet(set):
    differences = 0

    def __sub__(self, other):
        type(self).differences += 1
        return set(self).difference(other)


def test_variant_grouping_makes_the_common_keys_once():
    phrases = [f"{word} {other}" for word in ("zorbic", "quelt", "vintric") for other in ("weapons", "talks", "law")]
    keys = _CountedSet(phrases + ["zorbic", "quelt", "vintric", "Syria", "Syrian"])
    _CountedSet.differences = 0
    roots = variants.roots(keys, {"Syria", "Syrian"}, {})
    assert _CountedSet.differences <= 1  # made again for each of the nine phrases before
    assert roots["zorbic weapons"] == roots["zorbic talks"] == roots["zorbic"]

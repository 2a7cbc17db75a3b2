"""Stage 9, corpus links: the cross-references every page needs, computed once for the corpus.

In: the corpus with its themes.  Out: ``Links`` — for each transcript, the related transcripts
ranked by the themes they share (rarer shared themes weigh more) with those themes named; for each
theme, the themes that co-occur with it in the same turns and the speakers who raise it most; for
each speaker, the transcripts they speak in, their words and turns, and their top themes.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import Corpus, SegmentKind, Turn, TurnType

RELATED = 5
CANDIDATES = 100  # transcripts scored as possibly related to one transcript (at least)
MAX_CANDIDATES = 200  # (at most)
TOP = 8


@dataclass(frozen=True)
class Related:
    transcript: str
    shared: tuple[str, ...]  # theme ids, most telling first
    score: float


@dataclass(frozen=True)
class SpeakerStats:
    transcripts: tuple[str, ...]
    turns: tuple[tuple[str, str], ...]  # (transcript id, turn id)
    words: int
    themes: tuple[tuple[str, int], ...]  # (theme id, turns), most first


@dataclass(frozen=True)
class Links:
    related: dict[str, tuple[Related, ...]]
    cooccurring: dict[str, tuple[tuple[str, int], ...]]  # theme -> (theme, turns together)
    raised_by: dict[str, tuple[tuple[str, int], ...]]  # theme -> (speaker, turns)
    speakers: dict[str, SpeakerStats]


def words(turn: Turn) -> int:
    return sum(len(s.text.split()) for p in turn.paragraphs for s in p if s.kind is SegmentKind.TEXT)


def _related(corpus: Corpus) -> dict[str, tuple[Related, ...]]:
    """Transcripts that share themes; a shared theme counts by how rare it is in the corpus and by how
    much both transcripts talk about it (turns mentioning it in the one that mentions it less).

    Candidates come from an inverted index (theme -> transcripts, those that mention it most first), rarest
    theme first, until there are ``CANDIDATES`` of them and never more than ``MAX_CANDIDATES``: the work per
    transcript is bounded, so it grows with the corpus, not with its square, and in a small corpus every
    transcript sharing a theme is a candidate.  Every shared theme counts in the score."""
    documents = len(corpus.transcripts) or 1
    weight = {theme.id: math.log((documents + 1) / max(1, len(theme.transcripts))) for theme in corpus.themes}
    counts = {t.id: Counter(theme for turn in t.turns for theme in turn.themes) for t in corpus.transcripts}
    holders: dict[str, list[str]] = defaultdict(list)
    for t in corpus.transcripts:
        for theme in counts[t.id]:
            holders[theme].append(t.id)
    for theme, ids in holders.items():
        ids.sort(key=lambda i: (-counts[i][theme], i))
    result = {}
    for t in corpus.transcripts:
        mine = counts[t.id]
        candidates: set[str] = set()
        for theme in sorted(mine, key=lambda i: (len(holders[i]), i)):
            if len(candidates) > CANDIDATES:
                break
            candidates.update(holders[theme][:MAX_CANDIDATES - len(candidates)])
        candidates.discard(t.id)
        weighted = {i: (n, weight.get(i, 0)) for i, n in mine.items()}
        best = heapq.nsmallest(RELATED, ((-_score(weighted, counts[other]), other) for other in candidates))
        result[t.id] = tuple(Related(other, _shared(mine, counts[other], weight), -score) for score, other in best)
    return result


def _score(mine: dict[str, tuple[int, float]], theirs: Counter) -> float:
    """Sum over shared themes of weight times turns in the one that mentions it less (fsum: the same total in
    any order)."""
    return round(math.fsum(mine[i][1] * min(mine[i][0], theirs[i]) for i in mine.keys() & theirs.keys()), 6)


def _shared(mine: Counter, theirs: Counter, weight: dict[str, float]) -> tuple[str, ...]:
    """The themes two transcripts share, the most telling first (rarity times turns in the one with fewer)."""
    value = {i: weight.get(i, 0) * min(mine[i], theirs[i]) for i in mine.keys() & theirs.keys()}
    return tuple(sorted(value, key=lambda i: (-value[i], i)))


def build(corpus: Corpus) -> Links:
    together: dict[str, Counter] = defaultdict(Counter)
    raised: dict[str, Counter] = defaultdict(Counter)
    turns_of: dict[str, list[tuple[str, str]]] = defaultdict(list)
    words_of: Counter = Counter()
    themes_of: dict[str, Counter] = defaultdict(Counter)
    for t in corpus.transcripts:
        for turn in t.turns:
            for theme in turn.themes:
                together[theme].update(other for other in turn.themes if other != theme)
                if turn.speaker:
                    raised[theme][turn.speaker] += 1
            if turn.speaker and turn.type is TurnType.SPEECH:
                turns_of[turn.speaker].append((t.id, turn.id))
                words_of[turn.speaker] += words(turn)
                themes_of[turn.speaker].update(turn.themes)

    def top(counter: Counter) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP])

    speakers = {
        s.id: SpeakerStats(s.transcripts, tuple(turns_of[s.id]), words_of[s.id], top(themes_of[s.id]))
        for s in corpus.speakers
    }
    return Links(_related(corpus), {k: top(v) for k, v in together.items()},
                 {k: top(v) for k, v in raised.items()}, speakers)

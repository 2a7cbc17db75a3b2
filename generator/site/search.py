"""Stage 10c, the search index: the corpus (and the site's hand-written pages) -> a prebuilt, split index.

In: the linked corpus and {path: Markdown} of hand-written pages.  Out: {relative path: JavaScript} under
``search-index/``, read in the browser by ``docs/javascripts/search.js`` through script elements (which work
from file://, where fetch() is blocked):

- ``meta.js``: the first passage number of every page, the shard keys and the stop words (a few KB);
- ``t-<key>.js``: one shard per two-letter term prefix: term -> postings, each posting a passage-number gap
  and a weight (the term's BM25 score in that passage, precomputed here, times ten);
- ``p-<n>.js``: page ``n``'s title, path and passages (heading and up to ``SNIPPET`` characters of text),
  loaded only for the pages a query shows.

A passage is a page's own entry (its title and description) or one turn of a transcript (speaker and words),
so results land on the turn.  A query loads the shards of its terms and the pages it shows; nothing else.
Terms: NFKD-folded, lower-cased runs of letters and digits, English stop words dropped, a plural "s"
taken off; runs of CJK characters become overlapping pairs.  ``search.js`` applies the same rules.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from .. import urls
from ..parse import vocab
from ..model import Corpus, TurnType
from .render import KIND_LABELS, date_display, plain

FOLDER = urls.SEARCH_INDEX
SNIPPET = 300
TITLE_BOOST = 3
K1, B = 1.2, 0.75
K1_PLUS_1 = K1 + 1
CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
TOKEN = re.compile(rf"[{CJK_CLASS}]+|[^\W_{CJK_CLASS}]+")
CJK_RUN = re.compile(rf"[{CJK_CLASS}]")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
FRONT_TITLE = re.compile(r"^title:\s*(.+)$", re.M)
HEADING = re.compile(r"^#\s+(.+?)\s*(?:\{.*\})?$", re.M)
MARKUP = re.compile(r"<[^>]+>|\{[^}\n]*\}|\]\([^)\n]*\)|^--8<--.*$|[*_`#>\[\]|]", re.M)
STOP_WORDS = frozenset(vocab.words("stop-words.txt"))


class _Marks(dict):
    """A ``str.translate`` table that drops combining marks (category M*; none is below U+0300): each character
    is classified the first time it is seen, then looked up in C (a generator over every character of the
    corpus was the index's largest cost)."""

    def __missing__(self, code: int) -> int | None:
        char = chr(code)
        self[code] = None if char >= "\u0300" and unicodedata.category(char).startswith("M") else code
        return self[code]


MARKS = _Marks()


def fold(text: str) -> str:
    """Lower case without accents: ``Ségolène`` -> ``segolene``."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text).translate(MARKS).lower()


def terms(text: str) -> list[str]:
    """The index terms of ``text``, in order (search.js's ``terms`` does the same)."""
    return list(chain.from_iterable(map(_token_terms, TOKEN.findall(fold(text)))))


@lru_cache(maxsize=1 << 17)
def _token_terms(token: str) -> tuple[str, ...]:
    """The terms of one folded token (remembered: the same words come back thousands of times)."""
    if CJK_RUN.match(token):
        return (token,) if len(token) == 1 else tuple(token[i:i + 2] for i in range(len(token) - 1))
    if len(token) <= 1 or token in STOP_WORDS:
        return ()
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        token = token[:-1]
    return (token,)


def shard_name(key: str) -> str:
    """File name of the shard for a two-letter prefix: code points in hex, so any script is a safe name."""
    return "t-" + "-".join(f"{ord(c):x}" for c in key) + ".js"


@dataclass(frozen=True)
class Passage:
    anchor: str  # "" for the page's own entry
    heading: str  # speaker name, section title, or the page's title
    text: str  # what is searched and shown
    counts: dict[str, int]  # term -> occurrences, a heading's terms counted ``TITLE_BOOST`` times
    length: int  # terms in the heading and the text


@dataclass(frozen=True)
class Page:
    path: str  # source path of the page, ``transcripts/x.md``
    title: str
    description: str
    passages: tuple[Passage, ...]


class _Terms(dict):
    """token -> its terms (``_token_terms``), for one build of the index: looked up from C for every token.
    ``one``: token -> its one term or "" (a token that is not CJK has at most one term)."""

    def __init__(self) -> None:
        super().__init__()
        self.one = _OneTerm()

    def __missing__(self, token: str) -> tuple[str, ...]:
        self[token] = _token_terms(token)
        return self[token]


class _OneTerm(dict):
    def __missing__(self, token: str) -> str:
        found = _token_terms(token)
        self[token] = term = found[0] if found else ""
        return term


# An ASCII text's tokens in one ``str.translate`` and a split: ``fold`` lower-cases it, and ``TOKEN`` finds the runs of
# ASCII letters and digits (no CJK, no combining mark), which are what is left between spaces once every other
# character is a space.  The regex took three times as long; 95% of the passages of real transcripts are ASCII.
ASCII_TOKENS = str.maketrans({code: chr(code).lower() if chr(code).isalnum() else " " for code in range(128)})


def _term_counts(text: str, known: _Terms) -> Counter:
    """term -> occurrences in ``text`` (the counts of ``terms(text)``, made without a Python step per token)."""
    if text.isascii():
        return Counter(filter(None, map(known.one.__getitem__, text.translate(ASCII_TOKENS).split())))
    return Counter(chain.from_iterable(map(known.__getitem__, TOKEN.findall(fold(text)))))


class _Headings(dict):
    """heading -> its term counts: a speaker's name heads every one of their turns."""

    def __init__(self, known: _Terms) -> None:
        super().__init__()
        self.known = known

    def __missing__(self, heading: str) -> Counter:
        self[heading] = _term_counts(heading, self.known)
        return self[heading]


def _passage(anchor: str, heading: str, text: str, headings: _Headings | None = None) -> Passage:
    headings = _Headings(_Terms()) if headings is None else headings
    title = headings[heading]
    counts = _term_counts(text, headings.known)
    length = sum(counts.values()) + sum(title.values())
    for term, n in title.items():
        counts[term] += TITLE_BOOST * n
    return Passage(anchor, heading, text, counts, length)


def _transcript_pages(corpus: Corpus) -> list[Page]:
    names = {s.id: s.name for s in corpus.speakers}
    headings = _Headings(_Terms())
    pages = []
    for t in corpus.transcripts:
        description = t.subtitle or f"{KIND_LABELS[t.kind]}, {date_display(t)}"
        cast = ", ".join(s.name for s in t.speakers if not s.generic)
        passages = [_passage("", t.title, " · ".join(p for p in (description, t.place or "", cast) if p))]
        for turn in t.turns:
            heading = names.get(turn.speaker or "", "") if turn.type is TurnType.SPEECH else ""
            if turn.type is TurnType.HEADING:
                heading = plain(turn)
            passages.append(_passage(turn.id, heading, "" if turn.type is TurnType.HEADING else plain(turn), headings))
        pages.append(Page(urls.page(urls.TRANSCRIPTS, t.id), t.title, description, tuple(passages)))
    return pages


def _record_pages(corpus: Corpus) -> list[Page]:
    pages = []
    for theme in corpus.themes:
        text = " · ".join([*theme.aliases, theme.description or ""])
        description = theme.description or f"Theme in {len(theme.transcripts)} transcripts"
        pages.append(Page(urls.page(urls.THEMES, theme.id), theme.name, description, (_passage("", theme.name, text),)))
    for speaker in corpus.speakers:
        if not speaker.generic:
            # the name in the text as well as the heading: a person's own page comes before the turns they speak
            text = " · ".join(p for p in (speaker.name, speaker.role or "", " ".join(speaker.labels),
                                          speaker.bio or "") if p)
            description = speaker.role or f"Speaker in {len(speaker.transcripts)} transcripts"
            pages.append(Page(urls.page(urls.SPEAKERS, speaker.id), speaker.name, description,
                              (_passage("", speaker.name, text),)))
    return pages


def _written_page(path: str, markdown: str) -> Page:
    """A hand-written page: its title (front matter or first heading) and its words without markup."""
    front = FRONT_MATTER.match(markdown)
    title_match = FRONT_TITLE.search(front.group(0)) if front else None
    body = markdown[front.end():] if front else markdown
    heading = HEADING.search(body)
    title = (title_match or heading).group(1).strip() if (title_match or heading) else path.rsplit("/", 1)[-1][:-3]
    text = " ".join(MARKUP.sub(" ", body).split())
    return Page(path, title, text[:160], (_passage("", title, text),))


def _postings(pages: list[Page]) -> dict[str, list[int]]:
    """term -> [passage-number gap, weight, gap, weight, ...]: BM25 with the heading's terms counted
    ``TITLE_BOOST`` times (``Passage.counts``).  Two passes over the passages (document frequencies, then
    weights); postings are kept as flat lists of small integers, so memory stays near the size of the index
    itself at any corpus size."""
    passages = [p for page in pages for p in page.passages]
    average = sum(p.length for p in passages) / max(1, len(passages))
    df: Counter = Counter()
    for p in passages:
        df.update(p.counts.keys())
    total = len(passages)
    scale = {term: 10 * math.log(1 + (total - n + 0.5) / (n + 0.5)) for term, n in df.items()}  # 10 * idf
    postings: dict[str, list[int]] = {term: [] for term in scale}
    last: dict[str, int] = dict.fromkeys(scale, 0)  # the passage of each term's previous posting
    for number, p in enumerate(passages):
        norm = K1 * (1 - B + B * p.length / average) if average else K1
        for term, count in p.counts.items():
            weight = round(scale[term] * count * K1_PLUS_1 / (count + norm))
            postings[term] += (number - last[term], weight if weight > 1 else 1)
            last[term] = number
    return postings


def _js(call: str, *args) -> str:
    return f"txSearch.{call}(" + ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args) + ");\n"


def build(corpus: Corpus, written: dict[str, str]) -> dict[str, str]:
    """The index files, keyed by path relative to the docs folder."""
    pages = _transcript_pages(corpus) + _record_pages(corpus)
    pages += [_written_page(path, text) for path, text in sorted(written.items())]
    shards: dict[str, dict[str, list[int]]] = defaultdict(dict)
    postings = _postings(pages)
    for term in sorted(postings):  # the terms alone: sorting (term, postings) pairs compared tuples
        shards[term[:2]][term] = postings[term]
    files, starts, number = {}, [], 0
    for index, page in enumerate(pages):
        starts.append(number)
        number += len(page.passages)
        rows = [[p.anchor, p.heading, p.text[:SNIPPET]] for p in page.passages]
        files[f"{FOLDER}/p-{index}.js"] = _js("page", index, {
            "path": page.path, "title": page.title, "description": page.description, "passages": rows})
    for key, table in shards.items():
        files[f"{FOLDER}/{shard_name(key)}"] = _js("shard", key, table)
    files[f"{FOLDER}/meta.js"] = _js("meta", {"version": 1, "starts": starts, "passages": number,
                                              "shards": sorted(shards), "stop": sorted(STOP_WORDS)})
    return files

"""Theme discovery: what recurs across the corpus, with variants merged and noise kept out.

In: the text of every turn (with the transcript it belongs to) and the names of the corpus's
speakers.  Out: ``Candidate`` groups, best first, each a recurring subject a reader would name:

* proper names and acronyms ("Syria", "OPCW", "Jabhat al-Nusra", "Vladimir Putin"), taken only
  where the text capitalises them inside a sentence, so sentence openings ("Within these
  parameters") are not subjects;
* key phrases ("chemical weapons", "sanctions"): words and word pairs far more frequent here than in
  general English (wordfreq's Zipf scale), so generic words ("issue", "situation") stay out.

Variants of one subject become one theme (``variants`` decides which).  How a document's words are read
(capitalised runs, key-phrase words) is ``discover_runs``'; this module counts them per document and chooses
across the corpus.
"""

from __future__ import annotations

import math
import regex as re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from ..parse import people, vocab
from . import variants, word_engines
from .discover_runs import (CAPITALISED, CONTENT_WORDS, FINISHED_ONE, NOT_THEMES, OTHER_COMMON,  # noqa: F401
                            RUN_CONNECTORS, _capitalised, _content_word, _finish, _name_follows, _phrases_of, _runs_of)
from .variants import ARABIC_ARTICLE, CONNECTORS, norm, zipf_frequency  # noqa: F401

MIN_TRANSCRIPTS = 2
KEYNESS = 1.6  # how many Zipf points above general English a key phrase must stand
FUNCTION_WORD = 6.0  # a capitalised word this common ("What", "Just") names nothing, unless it is an acronym
TOKEN = re.compile(r"[A-Za-z][\w'’.-]*[\w]|[A-Za-z]|[.!?;:]|[,()\[\]\"“”«»—–/]")
BREAK = ",()[]\"“”«»—–/"
GENERIC_WORDS = frozenset(
    vocab.words("generic-words.txt"))
ADJECTIVE_END = ("al", "ive", "ous", "ic", "ful", "able", "ible", "ant", "ent", "ary", "less")
NOUN_END = ("ism", "tion", "sion", "ment", "ity", "ance", "ence", "cy", "ship", "age", "ing", "ist", "ists", "ure")


@dataclass
class Candidate:
    """A group of surface forms that name one subject, with where they occur."""

    key: str
    forms: Counter
    transcripts: set
    mentions: int = 0
    proper: bool = True

    @property
    def name(self) -> str:
        keys = {norm(form) for form in self.forms}

        def rank(form: str) -> tuple:
            full = " " in form or not form.isupper()
            # "Syrian" names "Syria"
            derived = " " not in form and variants.demonym_country(norm(form), keys) is not None
            person = (people.is_name_line(form) and form.split()[-1] in self.forms
                      and self.forms[form] >= 2)  # "Barack Obama" over "Obama"
            return (not derived, person, self.forms[form] + (0.5 if full else 0), len(form), form)
        return max(self.forms, key=rank)


SEPARATORS = frozenset(".!?;:" + BREAK)
# ``TOKEN`` with its word alternatives in a group: ``findall`` gives the word, or "" for a separator (the
# punctuation alternatives of ``TOKEN``, which are exactly ``SEPARATORS``), without a Python step per token.
WORD_OR_BREAK = re.compile(r"([A-Za-z][\w'’.-]*[\w]|[A-Za-z])|[.!?;:,()\[\]\"“”«»—–/]")
WORD_OR_BREAK_STDLIB = word_engines.standard(WORD_OR_BREAK)  # the same tokens where ``word_engines`` says so
# Between two texts of a document: a separator token, and no token can run across it (a space ends every word
# token), so the tokens of the texts joined with it are those of each text with a "" between them.
TEXT_BREAK = " / "


def _tokens(text: str) -> list[str]:
    """The text's word tokens in one list, "" where a sentence ends or a comma or a bracket stands (either ends a
    capitalised run and a word pair; a sentence end also makes the next word a sentence opening, as a comma does):
    every count below reads it in one pass, and no run, pair or capital crosses a "".  A word token never ends with
    a full stop (``TOKEN``).  Read by ``re`` when both engines read the text's word characters alike (faster)."""
    return (WORD_OR_BREAK_STDLIB if word_engines.same_words(text) else WORD_OR_BREAK).findall(text)



def _names(found: Counter) -> set[str]:
    # speech-to-text capitalises the odd "What" or "Just" mid-sentence: very common words need more evidence
    return {t for t, n in found.items() if n >= 3 or zipf_frequency(t.lower(), "en") < 5.5}



def _chosen(runs: Counter, names: set[str]) -> list[tuple[str, int]]:
    """The forms of ``runs`` (run -> count) with their counts: a sentence's first word is a name only if the
    corpus also capitalises it inside a sentence (``names``), so "Today", "Hi" and "Within" are not subjects
    but "Russia" is."""
    out = []
    for (word, kept, dropped), count in runs.items():
        form = kept if word is None or word in names else dropped  # an opening word is capitalised for grammar
        if form:
            out.append((form, count))
    return out


@lru_cache(maxsize=1 << 17)
def _proper_key(form: str) -> str | None:
    """The comparison key of a capitalised form, or None when it cannot be a theme (a pronoun, an office, a
    very common word such as "What"; an acronym always can)."""
    key = norm(form)
    acronym = form.replace(".", "").isupper() and len(form.replace(".", "")) > 1  # "US", not "us"
    common = " " not in key and (zipf_frequency(key, "en") >= FUNCTION_WORD  # "What", "Just", "On"
                                 or key in OTHER_COMMON)  # "Un", "Es", "Para" opening a sentence in another language
    if not key or ((key in NOT_THEMES or common) and not acronym) or len(key) < 2:
        return None
    return key



def _noun_like(counts: Counter) -> set[str]:
    """Words that name things: plurals and noun endings, never adjective endings; the last word of a phrase of two
    words names a thing unless it has an adjective ending.  (A phrase is a word, or two joined by a space, as
    ``_phrases_of`` makes them; each distinct last word is tested once.)"""
    ends: dict[str, bool] = {}  # last word -> whether it ends a pair
    for phrase in counts:
        before, _, word = phrase.rpartition(" ")
        ends[word] = ends.get(word, False) or bool(before)
    nouns = set()
    for word, ends_pair in ends.items():
        if word.endswith(ADJECTIVE_END) and not word.endswith(("ent", "ant")) or word.endswith(ADJECTIVE_END[1:]):
            continue
        if ends_pair or word.endswith(NOUN_END) or (word.endswith("s") and not word.endswith("ss")):
            nouns.add(word)
    return nouns


def _keyness(phrase: str, count: int, total: int) -> float:
    """How many Zipf points above general English ``phrase`` stands, found ``count`` times in ``total`` words."""
    corpus_zipf = math.log10(count / max(total, 1) * 1e9)
    general = zipf_frequency(phrase, "en") if " " not in phrase else min(
        zipf_frequency(w, "en") for w in phrase.split()) - 1.5
    return corpus_zipf - max(general, 1.0)


# "Name Of Things (NOT)".  The second alternative consumes a run of capitalised words that is not followed by an
# acronym in brackets: every later start inside that run would end at the same place and fail the same way, so
# skipping it keeps the matches as they were and the scan linear (without it, a long capitalised token or an
# all-capitals text is re-read from each of its letters: quadratic).  Words are possessive: a word can only be
# followed by a space, so giving characters back never helps.
EXPANSION = re.compile(r"(?P<long>[A-Z][\w'’-]*+(?:\s+(?:of|for|the|and|[A-Z][\w'’-]*+))+)"
                       r"\s+\((?P<short>[A-Z]{2,8})\)"
                       r"|[A-Z][\w'’-]*+(?:\s+(?:of|for|the|and|[A-Z][\w'’-]*+))*+")


@dataclass(frozen=True)
class DocumentStats:
    """What discovery needs from one document, counted on its own (so it can be cached per document)."""

    words: int
    capitals: Counter  # capitalised words inside sentences
    expansions: tuple[tuple[str, str], ...]  # (acronym, the name it abbreviates), normalised
    runs: Counter  # ``_runs_of`` every text: (opening word or None, with it, without it) -> count
    phrases: Counter  # ``_phrases_of`` every text


def document_stats(texts: list[str]) -> DocumentStats:
    """Count one document's capitalised words, runs and key phrases.  The texts are read as one token list with
    a separator between texts (``TEXT_BREAK``): nothing is counted across a separator, so the counts are those
    of the texts taken one by one, in the same order, for one pass of each count over the document."""
    expansions = tuple((norm(m.group("short")), norm(m.group("long"))) for text in texts if "(" in text
                       for m in EXPANSION.finditer(text) if m.group("short"))  # an expansion has brackets
    for memo in (CAPITALISED, CONTENT_WORDS, FINISHED_ONE):
        memo.bound()
    tokens = _tokens(TEXT_BREAK.join(texts))
    caps = list(map(CAPITALISED.__getitem__, tokens))
    runs: list = []
    _runs_of(tokens, runs, caps)
    phrases: list[str] = []
    _phrases_of(tokens, phrases)
    capitals = [tokens[i] for i in compress(range(1, len(tokens)), caps[1:]) if tokens[i - 1]]
    return DocumentStats(sum(len(text.split()) for text in texts), Counter(capitals), expansions, Counter(runs),
                         Counter(phrases))


def discover(turn_texts: list[tuple[str, str]], speaker_names: set[str]) -> list[Candidate]:
    """Recurring subjects of the corpus, best first.  ``turn_texts``: (transcript id, text) pairs."""
    by_document: dict[str, list[str]] = defaultdict(list)
    for doc, text in turn_texts:
        by_document[doc].append(text)
    return discover_from([(doc, document_stats(texts)) for doc, texts in by_document.items()], speaker_names)


def discover_from(documents: list[tuple[str, DocumentStats]], speaker_names: set[str]) -> list[Candidate]:
    """``discover`` from per-document counts."""
    capitals: Counter = Counter()
    for _, stats in documents:
        capitals.update(stats.capitals)
    proper = _proper_candidates(documents, _names(capitals), speaker_names)
    expansions: dict[str, str] = {}
    for _, stats in documents:
        expansions.update(stats.expansions)
    for phrase, candidate in _phrase_candidates(documents, proper).items():
        proper[phrase] = candidate
    return _grouped(proper, expansions)


def _proper_candidates(documents: list[tuple[str, DocumentStats]], names: set[str],
                       speaker_names: set[str]) -> dict[str, Candidate]:
    """The capitalised forms of every document (``_chosen``) by their key, speakers' names left out."""
    proper: dict[str, Candidate] = {}
    for doc, stats in documents:
        for form, count in _chosen(stats.runs, names):
            key = _proper_key(form)
            if key is None or key in speaker_names:
                continue
            entry = proper.get(key)
            if entry is None:  # (not made for every run only to be dropped: most keys are there already)
                entry = proper[key] = Candidate(key, Counter(), set())
            entry.forms[form] += count
            entry.transcripts.add(doc)
            entry.mentions += count
    return proper


def _phrase_candidates(documents: list[tuple[str, DocumentStats]],
                       proper: dict[str, Candidate]) -> dict[str, Candidate]:
    """The key phrases: lower-case words and pairs found in ``MIN_TRANSCRIPTS`` transcripts or more, naming a thing,
    far more frequent here than in general English (``KEYNESS``), and no capitalised form's key already."""
    lower: Counter = Counter()
    spread: Counter = Counter()  # phrase -> the transcripts it is found in
    total = 0
    for _, stats in documents:
        total += stats.words
        lower.update(stats.phrases)
        spread.update(stats.phrases.keys())
    nouns = _noun_like(lower)
    chosen: dict[str, int] = {}
    for phrase, count in lower.items():
        # the tests that need no look-up first: most phrases are in one transcript, or said once
        if spread[phrase] < MIN_TRANSCRIPTS or not (" " in phrase or count >= 3) or phrase in proper:
            continue
        words = phrase.split()
        first, last = words[0], words[-1]
        if last not in nouns or last in GENERIC_WORDS:
            continue
        modifier = " " not in phrase or first.endswith(ADJECTIVE_END) or zipf_frequency(first, "en") < 4.0
        if modifier and _keyness(phrase, count, total) >= (KEYNESS if " " in phrase else KEYNESS + 0.4):
            chosen[phrase] = count
    found_in: dict[str, set] = {phrase: set() for phrase in chosen}  # the transcripts of the chosen phrases only
    for doc, stats in documents:
        for phrase in stats.phrases.keys() & found_in.keys():
            found_in[phrase].add(doc)
    return {phrase: Candidate(phrase, Counter({phrase: count}), found_in[phrase], count, proper=False)
            for phrase, count in chosen.items()}


def _grouped(entries: dict[str, Candidate], expansions: dict[str, str]) -> list[Candidate]:
    """Candidates merged by ``variants.roots``; those found in fewer than ``MIN_TRANSCRIPTS`` dropped.  A candidate
    that is its group's only member and root is kept as it is (most are): no copy is made of it."""
    roots = variants.roots(set(entries), {k for k, c in entries.items() if c.proper}, expansions)
    members: dict[str, list[str]] = defaultdict(list)
    for key in sorted(entries):
        members[roots[key]].append(key)
    ranked = []
    for root, keys in members.items():
        if keys == [root]:
            target = entries[root]
        else:
            target = Candidate(root, Counter(), set(), 0, entries[keys[0]].proper)
            for key in keys:
                entry = entries[key]
                target.forms.update(entry.forms)
                target.transcripts |= entry.transcripts
                target.mentions += entry.mentions
                target.proper = target.proper or entry.proper
        if len(target.transcripts) >= MIN_TRANSCRIPTS:
            ranked.append(target)
    return sorted(ranked, key=lambda c: (-len(c.transcripts), -c.mentions, c.key))

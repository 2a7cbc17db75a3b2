"""Theme discovery: what recurs across the corpus, with variants merged and noise kept out.

In: the text of every turn (with the transcript it belongs to) and the names of the corpus's
speakers.  Out: ``Candidate`` groups, best first, each a recurring subject a reader would name:

* proper names and acronyms ("Syria", "OPCW", "Jabhat al-Nusra", "Vladimir Putin"), taken only
  where the text capitalises them inside a sentence, so sentence openings ("Within these
  parameters") are not subjects;
* key phrases ("chemical weapons", "sanctions"): words and word pairs far more frequent here than in
  general English (wordfreq's Zipf scale), so generic words ("issue", "situation") stay out.

Variants of one subject become one theme (``variants`` decides which).
"""

from __future__ import annotations

import math
import regex as re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, islice

from ..parse import people, vocab
from . import variants, word_engines
from .variants import ARABIC_ARTICLE, CONNECTORS, norm, zipf_frequency

MIN_TRANSCRIPTS = 2
KEYNESS = 1.6  # how many Zipf points above general English a key phrase must stand
GENERAL = 5.0  # words at least this common in English are never themes on their own
FUNCTION_WORD = 6.0  # a capitalised word this common ("What", "Just") names nothing, unless it is an acronym
TOKEN = re.compile(r"[A-Za-z][\w'’.-]*[\w]|[A-Za-z]|[.!?;:]|[,()\[\]\"“”«»—–/]")
BREAK = ",()[]\"“”«»—–/"
CONTRACTION = re.compile(r"^[A-Za-z]+['’](?:m|ve|re|ll|d|t)$")
NOT_THEMES = set("""
i we you he she they it me us him her them my our your his their its this that these those there here
mr mrs ms dr sir madam president minister secretary chairman foreign prime deputy ambassador senator governor
mayor general official officials spokesman spokesperson department ministry government administration
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday today yesterday tomorrow ok okay yes no well so thank thanks
question questions answer issue issues situation problem problems thing things way ways time times year years
people person country countries world part fact case point number lot kind sort side sides example state
mr. mrs. ms. dr. q a moderator announcer interviewer host guest journalist reporter audience
""".split())


# Words common in other languages and rare in English ("und", "que", "das"): as general as "the" in their language,
# never a theme of a corpus that holds transcripts in it (wordfreq's lists; the data file says how it was made).
OTHER_COMMON = frozenset(vocab.words("common-words-other-languages.txt"))
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
            derived = " " not in form and variants.demonym_country(norm(form), keys) is not None  # "Syrian" names "Syria"
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


@lru_cache(maxsize=1 << 16)
def _capitalised(token: str) -> bool:
    if not token or CONTRACTION.match(token):
        return False
    return token[:1].isupper() or bool(ARABIC_ARTICLE.match(token) and token.split("-", 1)[1][:1].isupper())


CORE_OFFICES = frozenset("""president presidents minister ministers secretary secretaries chairman chairwoman chair
ambassador ambassadors senator senators governor governors spokesperson spokesman spokeswoman premier chancellor
mayor congressman congresswoman commissioner director king queen prince admiral judge envoy""".split())
TITLE_WORDS = frozenset("state foreign affairs defense defence vice prime deputy press general interior finance "
                        "white house".split())


def _after_title(run: list[str]) -> list[str]:
    """"Secretary of State Rex Tillerson" -> "Rex Tillerson"; "President of Russia" -> "Russia";
    "Islamic State" and "United States" stay; "Prime Minister" goes."""
    offices = [i for i, token in enumerate(run) if token.lower() in CORE_OFFICES]
    if not offices:
        return run
    end = offices[-1] + 1
    objects: list[str] = []
    while end < len(run):
        if run[end].lower() in TITLE_WORDS:
            end += 1
        elif run[end].lower() in CONNECTORS and end + 1 < len(run):
            if run[end + 1].lower() not in TITLE_WORDS:
                objects.append(run[end + 1])  # "of Russia" belongs to the office but is a subject too
            end += 2
        else:
            break
    return run[end:] if end < len(run) else objects


def _stop(token: str) -> bool:
    """A capitalised word that is not a subject ("We", "Mr"); an acronym ("US") never is one."""
    return (token.lower() in NOT_THEMES or token.lower() in CONNECTORS) and not (token.isupper() and len(token) > 1)


def _name_follows(sentence: list[str], index: int) -> bool:
    """After connectors ("for the"), does a capitalised word come next?"""
    for token in sentence[index + 1:index + 3]:
        if token in ("of", "for", "the"):
            continue
        return _capitalised(token)
    return False


def _names(found: Counter) -> set[str]:
    # speech-to-text capitalises the odd "What" or "Just" mid-sentence: very common words need more evidence
    return {t for t, n in found.items() if n >= 3 or zipf_frequency(t.lower(), "en") < 5.5}


def _finish(run: list[str]) -> str:
    return _finished(tuple(run))


@lru_cache(maxsize=1 << 16)
def _finished(words: tuple[str, ...]) -> str:
    """A run as a form: the office before a name, opening stop words and closing connectors taken off
    (remembered: "The", "I" and "We" open thousands of sentences)."""
    run = _after_title(list(words))
    while run and _stop(run[0]):
        run = run[1:]
    while run and run[-1].lower() in CONNECTORS:
        run = run[:-1]
    return " ".join(re.sub(r"['’]s$", "", w) for w in run)


def _runs_of(tokens: list[str], found: list, caps: list[bool]) -> None:
    """Add the capitalised runs of a text's tokens (``_tokens``) to ``found``, as (opening word or None, the run
    with it, the run without it).  A run that opens a sentence with a word that is not all capitals keeps that
    word only if the corpus capitalises it inside a sentence too (``_chosen`` decides, once the whole corpus is
    known).  ``caps``: ``_capitalised`` of each token.  A run starts at a capitalised word and goes on over
    capitalised words and the connectors before a name ("Secretary of State")."""
    size, after = len(tokens), 0
    one = FINISHED_ONE
    for start in compress(range(size), caps):
        if start < after:
            continue  # inside the run found last, or the word that ended it
        end = start + 1
        while end < size and (caps[end] or (tokens[end] in RUN_CONNECTORS and _name_follows(tokens, end))):
            end += 1
        opening = start == 0 or not tokens[start - 1]  # after a sentence end, a quote or a comma
        if end == start + 1:  # most runs are one word: its form is looked up by the word
            word = tokens[start]
            if opening and not word.isupper():
                found.append((word, one[word], ""))  # the run without its one word is empty
            else:
                form = one[word]
                found.append((None, form, form))
        else:
            run = tokens[start:end]
            if opening and not run[0].isupper():
                found.append((run[0], _finish(run), _finish(run[1:])))
            else:
                form = _finish(run)
                found.append((None, form, form))
        after = end + 1  # the word that ended the run cannot start one


RUN_CONNECTORS = frozenset(("of", "for", "the"))


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


@lru_cache(maxsize=1 << 17)
def _content_word(token: str) -> str | None:
    """The token in lower case if it can be part of a key phrase: a word, not capitalised, not common in
    English or in another language (``OTHER_COMMON``), not a stop word, not a past tense or an adverb (remembered per token)."""
    word = token.lower()
    if (word.isalpha() and len(word) > 2 and not _capitalised(token) and zipf_frequency(word, "en") < GENERAL
            and word not in NOT_THEMES and word not in OTHER_COMMON and not word.endswith(("ed", "ly"))):
        return word
    return None


def _phrases_of(tokens: list[str], found: list[str]) -> None:
    """Add the key-phrase candidates of a text's tokens (``_tokens``) to ``found``: lower-case words and word
    pairs without stop words (scored for keyness once the whole corpus is known), in text order, each word
    followed by its pair with the next word when that is a content word too."""
    content = list(map(CONTENT_WORDS.__getitem__, tokens))
    content.append(None)
    for word, following in compress(zip(content, islice(content, 1, None)), content):  # most words are not content
        found.append(word)
        if following:
            found.append(f"{word} {following}")


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


MEMO_LIMIT = 1 << 18  # tokens remembered per memo: a few tens of MB at most; a document's words are mostly known


class _Memo(dict):
    """A function's results by token, looked up from C (``map(memo.__getitem__, tokens)``: a lookup per token,
    without lru_cache's bookkeeping, for the million tokens of a few MB of text)."""

    def __init__(self, function) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, token: str):
        self[token] = value = self.function(token)
        return value

    def bound(self) -> None:
        """Forget everything past ``MEMO_LIMIT`` entries (called between documents, so memory stays bounded)."""
        if len(self) > MEMO_LIMIT:
            self.clear()


CAPITALISED = _Memo(_capitalised)
CONTENT_WORDS = _Memo(_content_word)
FINISHED_ONE = _Memo(lambda word: _finished((word,)))  # ``_finish([word])``, by the word


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
    proper: dict[str, Candidate] = {}
    lower: Counter = Counter()
    spread: Counter = Counter()  # phrase -> the transcripts it is found in
    expansions: dict[str, str] = {}
    capitals: Counter = Counter()
    for _, stats in documents:
        capitals.update(stats.capitals)
    names = _names(capitals)
    total = 0
    for doc, stats in documents:
        total += stats.words
        expansions.update(stats.expansions)
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
    for phrase, count in chosen.items():
        proper[phrase] = Candidate(phrase, Counter({phrase: count}), found_in[phrase], count, proper=False)
    return _grouped(proper, expansions)


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

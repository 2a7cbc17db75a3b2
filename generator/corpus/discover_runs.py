"""Theme discovery's reading of a document's words (part of stage 6, corpus): which tokens are capitalised, the
runs of capitalised words each gives as a form ("Secretary of State Rex Tillerson" -> "Rex Tillerson"), and the
lower-case content words and word pairs that may be key phrases.

``discover.document_stats`` tokenises a document once and counts with ``runs_of`` and ``phrases_of``; the
per-token answers are remembered in memos looked up from C (``CAPITALISED``, ``CONTENT_WORDS``,
``FINISHED_ONE``), which ``discover`` bounds between documents.
"""

from __future__ import annotations

import regex as re
from functools import lru_cache
from itertools import compress, islice

from ..parse import vocab
from .variants import ARABIC_ARTICLE, CONNECTORS, zipf_frequency

GENERAL = 5.0  # words at least this common in English are never themes on their own
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


@lru_cache(maxsize=1 << 17)
def _content_word(token: str) -> str | None:
    """The token in lower case if it can be part of a key phrase: a word, not capitalised, not common in
    English or in another language (``OTHER_COMMON``), not a stop word, not a past tense or an adverb
    (remembered per token)."""
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

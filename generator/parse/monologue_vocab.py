"""The evidence words of a monologue's speaker, and how spoken a text is (part of stage 3, header).

``vocabulary()`` compiles the words that name a speaker, a show of several voices, a transcript or a written
piece (``data/monologue-evidence.txt``, ``data/first-person.txt``, each entry with where it comes from);
``word_count`` and ``first_person_share`` measure a text; ``names_speaker`` and ``talk_then_questions`` read
what the header found.  ``monologue`` and ``monologue_kinds`` use them.
"""

from __future__ import annotations

import regex as re
from dataclasses import dataclass
from functools import lru_cache

from . import people, vocab
from .monologue_names import NAME_WORDS_MAX

FIRST_PERSON_MIN = 0.02  # share of words that are "I", "we", "you" ...: spoken English runs at 5-8 %, a news
# report at under 1 % (its first person is inside quotations); 2 % separates the two in every language listed
OPENING_CHARS = 400  # the opening sentences: where a speaker introduces themselves, and where a show says it is one
BYLINE_BLOCKS = 6  # a byline stands among the first few blocks
SAMPLE_CHARS = 20_000  # enough text to measure the first person; the rest of a long talk adds nothing
NAME_WORD = r"[^\W\d_][\w'’.-]*"
WORD_OR_HAN = re.compile(r"[\u4e00-\u9fff]|[^\W\d_\u4e00-\u9fff]+")  # a Chinese character is a word; "i'm" is "i", "m"
OFFICE_AND_NAME_WORDS = 9  # "White House Homeland Security Advisor Dr. Liz Sherwood-Randall": office, then name
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
CJK_CHARS_PER_WORD = 2  # Chinese and Japanese words run one to three characters, two on average; Korean
# syllables make a word of two or three (as the 80 Chinese characters once asked for made the 40 words of MIN_WORDS)
NEVER = "\x00"  # an alternative that matches no text, for an empty section


@dataclass(frozen=True)
class _Vocabulary:
    keys: tuple[str, ...]
    voices: tuple[str, ...]
    authors: tuple[str, ...]
    phrases: re.Pattern
    possessive: re.Pattern  # "Anna Berg's keynote at ..."
    byline: re.Pattern
    address: frozenset[str]
    intro: re.Pattern
    intro_full: re.Pattern
    multi: re.Pattern
    opening: re.Pattern
    first_person: frozenset[str]
    questions: frozenset[str]
    answers: frozenset[str]
    transcribed_keys: tuple[str, ...]
    transcribed: re.Pattern
    written: re.Pattern
    reported: re.Pattern


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    entries = vocab.sections("monologue-evidence.txt")
    of = lambda section: [e for s, e in entries if s == section]  # noqa: E731
    name = rf"(?P<name>(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,{OFFICE_AND_NAME_WORDS - 1}}})"
    cjk = lambda w: not w.isascii() and not any(c.isalpha() and c.isascii() for c in w)  # noqa: E731
    def intro(words: list[str]) -> re.Pattern:
        latin = _alternatives([w for w in words if not cjk(w)] or [NEVER])
        other = _alternatives([w for w in words if cjk(w)] or [NEVER])
        return re.compile(rf"(?:(?:^|(?<=[\s,.!;:¡¿\"“(]))(?i:{latin})\s+|(?:{other})\s*)"
                          rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})")
    words = {w.strip("'") for _, line in vocab.sections("first-person.txt") for w in line.split()}
    return _Vocabulary(
        keys=tuple(of("key")), voices=tuple(of("voice")), authors=tuple(of("author")),
        phrases=re.compile(rf"(?:^|\b)(?i:{_alternatives(of('phrase'))})(?:\s+|(?<=['’])){name}"),  # ("d'Anna")
        possessive=re.compile(rf"(?P<name>\p{{Lu}}[\w'’.\-]*(?:\s+\p{{Lu}}[\w'’.\-]*){{1,{NAME_WORDS_MAX - 1}}})['’]s\s+"
                              rf"(?i:{_alternatives(of('possessive'))})\b"),
        byline=re.compile(rf"^(?i:{_alternatives(of('byline'))})\s+(?P<name>.+)$"),
        address=frozenset(of("address")) | people.HONORIFICS,
        intro=intro(of("intro")), intro_full=intro(of("intro-full")),
        multi=re.compile(rf"(?i:\b(?:{_alternatives(of('multi'))})\b)"),
        opening=re.compile(rf"(?i:\b(?:{_alternatives(of('opening'))})\b)"),
        first_person=frozenset(words), questions=frozenset(of("question")), answers=frozenset(of("answer")),
        transcribed_keys=tuple(of("transcribed-key")),
        transcribed=re.compile(rf"(?i:\b(?:{_alternatives(of('transcribed'))})\b)"),
        written=re.compile(rf"(?i:\b(?:{_alternatives(of('written'))})\b)"),
        reported=re.compile(rf"(?i:\b(?:{_alternatives(of('reported'))})\b)"))


SPEAKER_EVIDENCE = ("the header line", "the title")  # how ``speaker`` says it read a field or a title naming the
# speaker (with front matter's speaker keys); a byline or an ``author`` key may name the writer of an article


def names_speaker(why: str | None) -> bool:
    """Whether ``why`` (a ``Monologue.why``) says the document's head names its speaker, not only its writer: a
    talk's quotations are then its speaker's words, never turns of the people quoted."""
    keys = tuple(f"front matter '{key}'" for key in vocabulary().keys + vocabulary().voices)
    return bool(why) and why.startswith(SPEAKER_EVIDENCE + keys)


def talk_then_questions(accepted: frozenset[str]) -> bool:
    """The document's only labels are questions and answers ("Q:"/"A:", "P:"/"R:", "问："/"答："): a talk followed
    by its questions, whose answers are the talk's speaker's."""
    found = vocabulary()  # other labels may join the questions (an audience member named by the transcriber)
    return bool(accepted & found.answers) and bool(accepted & found.questions)


def word_count(text: str) -> int:
    """Words of ``text``: runs between spaces, or for Chinese, Japanese and Korean, which write no spaces between
    words, the characters of those scripts over ``CJK_CHARS_PER_WORD`` (a Japanese page of 7,000 characters is
    one long monologue, not the "114 words" its spaces make)."""
    return max(len(text.split()), len(CJK_CHAR.findall(text)) // CJK_CHARS_PER_WORD)


def first_person_share(text: str) -> float:
    """Share of the words of ``text`` that are first- or second-person pronouns (any listed language)."""
    text = text[:SAMPLE_CHARS].casefold().replace("’", "'")
    tokens = WORD_OR_HAN.findall(text)
    if not tokens:
        return 0.0
    hits = sum(map(vocabulary().first_person.__contains__, tokens))
    return hits / len(tokens)


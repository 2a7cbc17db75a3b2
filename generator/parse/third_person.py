"""Whether a text in the third person with no speaker labels is a record of speech (part of stage 3, header;
used by ``monologue.speaker``).

A document with prose and no accepted labels is never narration only (issue 13, 4(b)), unless it is a written
piece about what was said: an article names its writer or reports speech ("said", "according to"), a fact sheet
says what it is.  A long third-person text that does none of these (a parliament's record, a written question and
its reply, meeting notes, a record in a language whose pronouns are not listed) is said words, whoever said them:
'Unknown speaker' with a warning.  Data pasted as text (an image list in JSON) is no prose, so no record either.
"""

from __future__ import annotations

from . import monologue
from ..model import Block, CleanDoc

# A text in the third person that reports speech at least this often ("said", "told", "according to": one per
# 1,000 words) is an article about what was said, left as narration; the lowest rate of the news reports measured
# is 0.1 per 100 words, and a parliament's record or a written reply reports none.
ARTICLE_REPORTED_MIN = 0.001
# ... and a text in the third person that is no article is a record of what was said (a parliament's record, a
# written reply) once it is this long: below it, a few third-person lines are a note, a changelog or a caption,
# where the first-person share is too noisy to tell (leaks.py counts 300+ words with no speaker as a failure).
THIRD_PERSON_RECORD_WORDS = 300
# ... and is prose: at most this share of its non-space characters are symbols other than sentence punctuation
# (records and meeting notes measured run at 1-6 %; image lists and other data pasted as text, such as the
# Spacelog MEDIA files' JSON, at 16-29 %)
PROSE_SYMBOLS_MAX = 0.1
SENTENCE_MARKS = frozenset(".,'’-?!;()")


def record(doc: CleanDoc, texts: list[str], body: list[Block], lines: list[str]) -> str | None:
    """Why a third-person text with no labels is a record of what was said, or None (an article, short, data)."""
    text = "\n".join(b.text for b in body)
    if article(doc, texts, body, lines) or monologue.word_count(text) < THIRD_PERSON_RECORD_WORDS \
            or symbol_share(text) > PROSE_SYMBOLS_MAX:
        return None
    return "prose in the third person that names no writer and reports no one's words"


def article(doc: CleanDoc, texts: list[str], body: list[Block], lines: list[str]) -> str | None:
    """Why a text in the third person is a written piece about what was said, or None: a writer named (an
    ``author`` key, a byline), a title or description calling it a written piece ("Fact Sheet", "Press Release"),
    or reported speech ("said", "according to") at least ``ARTICLE_REPORTED_MIN`` per word.  Third-person prose
    with none of these (a parliament's record, a written reply, a lecture in a language whose pronouns are not
    listed) is said words, whoever said them: 'Unknown speaker', never narration only."""
    front, found = dict(doc.source.front_matter), monologue.vocabulary()
    if key := next((k for k in found.authors if front.get(k)), None):
        return f"front matter '{key}' names its writer"
    if kind := next((m for t in texts if (m := found.written.search(t))), None):
        return f"it is called a {kind.group(0).lower()}"
    opening = (lines + [b.text for b in body])[:monologue.BYLINE_BLOCKS]
    if any(found.byline.match(monologue._plain(t.strip())) for t in opening):
        return "a byline names its writer"
    text = "\n".join(b.text for b in body)[:monologue.SAMPLE_CHARS]
    reported = len(found.reported.findall(text))
    if reported and reported >= ARTICLE_REPORTED_MIN * len(text.split()):
        return f"it reports what people said ({reported} reported-speech words)"
    return None


def symbol_share(text: str) -> float:
    """Share of the non-space characters of ``text`` (a sample) that are neither letters, digits nor sentence
    punctuation: braces, quotes, colons, brackets of data or code."""
    sample = [c for c in text[:monologue.SAMPLE_CHARS] if not c.isspace()]
    symbols = sum(1 for c in sample if not c.isalnum() and c not in SENTENCE_MARKS)
    return symbols / len(sample) if sample else 0.0

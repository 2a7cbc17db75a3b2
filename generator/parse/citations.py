"""Texts that cite their sources: a court's opinion quotes writings, not speakers.

In: the text of a document without speaker labels.  Out: whether it cites law reports the way a court's opinion
or a brief does (``552 U. S. 38, 45``, ``Id., at 91``, ``787 F. 3d 1082``, ``137 S. Ct. 911``).  Such a text
quotes statutes, earlier opinions and the record (``... the Fourth Amendment gives way to "..."``,
``"..." Id., at 91``): its quotation marks mark cited writings, so the article reader (``quotes.py``), which
credits each quotation to the nearest capitalised subject, must not read them as speech.
"""

from __future__ import annotations

import regex as re

from . import vocab

# A citation of a law report: volume, reporter, page ("580 U. S. 357", "28 U. S. C. §1291", "787 F. 3d 1082",
# "F. Supp. 2d", "590 Fed. Appx. 641", "137 S. Ct. 911", "L. Ed. 2d") or a short cite to the last one ("Id., at
# 91").  The reporters are those of US federal opinions (pratibha99/supreme-court-transcripts slip opinions,
# CourtListener pages).
REPORTER_CITATION = re.compile(
    r"\b(?:Id\.,? at \d|\d+ U\. ?S\.(?: C\.)? (?:§ ?)?\d|\d+ S\. ?Ct\. \d"
    r"|\d+ (?:F\. ?(?:[234]d|Supp\.(?: [23]d)?)|Fed\. ?Appx\.) \d|\d+ L\. ?Ed\. (?:2d )?\d)")
# How many citations make a text a cited writing.  The shortest per curiam opinion of the 30 sampled cites 3
# reports; none of 2,600 transcripts, articles and talks (devcorpus, held-out sets, /tmp/leaks) cites even one,
# so a news story that mentions one ruling by its citation stays an article.
MIN_CITATIONS = 3


def cites_writings(text: str) -> bool:
    """Whether the text cites law reports as an opinion does (its quotations are of writings)."""
    count = 0
    for _ in REPORTER_CITATION.finditer(text):
        count += 1
        if count >= MIN_CITATIONS:
            return True
    return False


# head nouns of writings that are quoted but never speak (data/quoted-writings.txt says where each comes from)
WRITING_NOUNS = frozenset(vocab.words("quoted-writings.txt"))
POSSESSIVE = re.compile(r"['’]s$")


def is_writing(name: str) -> bool:
    """Whether a capitalised name names a writing ("Fourth Amendment", "Slip Opinion", "Patent Act"), not a person
    or a body that speaks ("Justice Scalia", "the Court", "Ninth Circuit")."""
    words = name.split()
    return bool(words) and POSSESSIVE.sub("", words[-1]).casefold() in WRITING_NOUNS

"""The person a question-and-answer interview is with, named in its title or opening (part of stage 2, parse:
header; used by ``header.read_header``).

A magazine or news interview labels its turns "Q:" / "A:" (or "Question:" / "Answer:", "P:" / "R:") and names the
person interviewed only in the title or the standfirst: "An interview with NAME", "Entretien avec NAME",
"Gespräch mit NAME", "Entrevista con NAME", "Intervista a NAME".  The answers are that person's; the questions stay
the generic questioner.  The phrases are data (``data/monologue-evidence.txt``, section ``interviewee``); a phrase
followed by no full name (two capitalised words or more) names no one.

In: the document's accepted labels, its title, subtitle and opening sentences.  Out: (name, why) or None.
"""

from __future__ import annotations

import regex as re
from functools import lru_cache

from . import monologue, people, vocab

NAME_WORDS_MAX = 4  # a name after the phrase: given name(s) and surname(s); more words run into the title


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    phrases = [entry for section, entry in vocab.sections("monologue-evidence.txt") if section == "interviewee"]
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    word = r"[^\W\d_][\w'’.\-]*"
    return re.compile(rf"(?:^|(?<=[\s(\"“'‘«]))(?i:{alternatives})\s+(?P<name>{word}(?:\s+{word}){{1,{NAME_WORDS_MAX - 1}}})")


def named(accepted: frozenset[str], texts: list[str]) -> tuple[str, str] | None:
    """(the interviewee, why) where the document's labels are questions and answers and one of ``texts`` (title,
    subtitle, opening) names the person the interview is with."""
    if not monologue.talk_then_questions(accepted):
        return None
    return person_in(texts)


def person_in(texts: list[str]) -> tuple[str, str] | None:
    """(the person, why) an "Interview with NAME" phrase of one of ``texts`` names, or None."""
    for text in texts:
        for match in _pattern().finditer(text or ""):
            words = match.group("name").split()
            while words and not people.is_name_line(" ".join(words)):
                words.pop()  # "Tom Reyes about his new book": the name ends where the title's words begin
            if len(words) >= 2:
                name = " ".join(words).rstrip(".,;:")
                return name, f"'{match.group(0).strip()}' names the person interviewed, whose answers these are"
    return None

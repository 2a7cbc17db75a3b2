"""The sitting's heading in a parliamentary record's head (header rule "sitting heading"; registered in
``header.HEADER``).

A record's centred head names the legislature or period first, then the sitting, then its day: the Chilean
Senate's diario de sesiones ("LEGISLATURA 340ª, ORDINARIA" / "Sesión del Congreso Pleno," / "en viernes 21 de mayo
de 1999", hvergara/discursos, held-out hm02; "LEGISLATURA 331ª, ORDINARIA" / "Sesión del Congreso Pleno, en
domingo 21 de mayo de 1995").  The sitting line is the record's title: a reader looks for the sitting, not for the
legislature's number, which stays as the subtitle.  A line opens a sitting's heading with a word of
``data/sitting-words.txt``; where it ends with a comma, the head wrapped it, and its next line (the day) is part of
it.  It replaces a title only when that title is a numbered period ("LEGISLATURA 340ª", "36th Parliament, 2nd
Session": an ordinal); under any other title ("DIARIO DE SESIONES", a broadcaster's headline) it is the subtitle.
"""

from __future__ import annotations

import regex as re

from . import vocab
from ..model import Block, CleanDoc

SITTING_WORDS = frozenset(vocab.words("sitting-words.txt"))
SITTING_MAX_WORDS = 16  # a heading: "Sesión del Congreso Pleno, en viernes 21 de mayo de 1999" is ten words
# A numbered legislature or period: an ordinal ("340ª", "2º", "36th", "2nd", "12.") in a short line.
PERIOD_TITLE = re.compile(r"\b\d{1,4}(?:[ªº°]|st|nd|rd|th|\.)(?!\d)", re.I)
PERIOD_MAX_WORDS = 8


class _Heading(str):
    """The heading's text, and the line of the block that held its wrapped end (None: one line)."""
    wrapped_line: int | None = None


def _next_block(block: Block, doc: CleanDoc) -> Block | None:
    after = [b for b in doc.blocks if b.line > block.line]
    found = min(after, key=lambda b: b.line) if after else None
    text = found.text.strip() if found else ""
    return found if text and "\n" not in text and len((block.text + " " + text).split()) <= SITTING_MAX_WORDS else None


def sitting_heading(block: Block, doc: CleanDoc) -> str | None:
    """The sitting's heading (with its wrapped end) when ``block`` is one line opening with a sitting word."""
    text = block.text.strip()
    words = text.split()
    if "\n" in text or not words or words[0].casefold() not in SITTING_WORDS or len(words) > SITTING_MAX_WORDS \
            or not words[0][:1].isupper():
        return None
    if text.endswith(",") and (rest := _next_block(block, doc)):
        heading = _Heading(f"{text} {rest.text.strip()}")
        heading.wrapped_line = rest.line  # (its words are the title's: no header line or introduction repeats them)
        return heading
    return _Heading(text.rstrip(","))


def take_sitting_heading(text: _Heading, fields: dict) -> None:
    if text.wrapped_line is not None:
        fields["consumed"].add(text.wrapped_line)
    title = fields.get("title")
    if title and PERIOD_TITLE.search(title) and len(title.split()) <= PERIOD_MAX_WORDS and "subtitle" not in fields:
        fields["title"], fields["subtitle"] = text, title
    elif not title:
        fields["title"] = text
    elif "subtitle" not in fields:
        fields["subtitle"] = text
    return None


def register(header_rules, rule_class) -> None:
    header_rules.register(rule_class(
        "sitting heading", 31, "header", sitting_heading, take_sitting_heading,
        "a parliamentary record's sitting line under its legislature's ('LEGISLATURA 340ª, ORDINARIA' / 'Sesión del "
        "Congreso Pleno, en viernes 21 de mayo de 1999'): the title, the legislature its subtitle"))

"""Headings of a show's segments between the turns (part of stage 2, clean; a rule of ``dialogue-headings``).

A news broadcast's transcript names each segment on a short line of its own between the anchor's turns ("First
Up: Ford Hood Charges", "H1N1 Update", "Jobs Forum"); an interview closes with a framed line ("*— Fin de la
Entrevista 4 —*").  No label opens them, so the turn parser reads them as words of the turn before.
``headings(blocks, accepted)`` finds the document's lines of these shapes, each a block of its own:

* a line framed by dashes (``— text —``, in emphasis or not): a marker by its shape, wherever it stands;
* a title-case line of two words or more, no sentence end, after a finished paragraph and right before a turn
  (the next block opens with a label the document uses), where the document has ``HEADINGS_MIN`` distinct such
  lines: one such line may be a speaker's unfinished phrase, three are the show's segment titles.

The rule ``segment title`` of ``clean_rules.DIALOGUE_HEADINGS`` then sets each on a heading of its own.
"""

from __future__ import annotations

import regex as re

from . import clean_rules as rules, labels

FRAMED = re.compile(r"^[*_]*\s*(?:[—–]|-{2,3})\s*[^—–*_\s][^—–*_\n]{0,58}?\s*(?:[—–]|-{2,3})\s*[*_]*$")
TITLE_CHARS = 60  # a segment title is a few words ("First Up: Ford Hood Charges"); a longer line is text
TITLE_WORDS = (2, 8)  # words: one word alone may be a reply ("Okay"), more than eight a sentence
LONG_WORD = 4  # letters: every word this long opens with a capital (or a digit: "H1N1") in a title-case line
HEADINGS_MIN = rules.HEADINGS_MIN  # distinct lines: as for headings in capitals


def _title_line(line: str) -> bool:
    text = line.strip()
    words = text.split()
    if not (TITLE_WORDS[0] <= len(words) <= TITLE_WORDS[1]) or len(text) > TITLE_CHARS \
            or rules.PARAGRAPH_END.search(text) or not text[0].isalnum():
        return False
    long_words = [w for w in words if sum(c.isalpha() for c in w) >= LONG_WORD]
    return bool(long_words) and all(w[0].isupper() or w[0].isdigit() for w in long_words) \
        and sum(w[0].isupper() for w in words) >= 2


def _opens_turn(line: str, accepted: frozenset[str]) -> bool:
    found = labels.candidate(line)
    return bool(found and found.key in accepted)


def headings(blocks: list[list[str]], accepted: frozenset[str]) -> frozenset[str]:
    """The lines (stripped) that are the document's segment titles and framed markers (see the module)."""
    framed = {b[0].strip() for b in blocks if len(b) == 1 and FRAMED.match(b[0].strip())}
    titles = {block[0].strip() for before, block, after in zip(blocks, blocks[1:], blocks[2:])
              if len(block) == 1 and before and after and _title_line(block[0])
              and not _opens_turn(block[0], accepted) and rules.PARAGRAPH_END.search(before[-1])
              and _opens_turn(after[0], accepted)}
    return frozenset(framed | (titles if len(titles) >= HEADINGS_MIN else set()))


def _segment_rule(lines: list[str], index: int, accepted: frozenset[str], headings: frozenset[str]) -> bool:
    return len(lines) == 1 and lines[index].strip() in headings


rules.DIALOGUE_HEADINGS.register(rules.Rule(
    "segment title", 45, "speech", _segment_rule, None,
    "a show's segment title in title case between turns ('First Up: Ford Hood Charges', 'Jobs Forum': CNN "
    "transcripts), or a line framed by dashes ('*— Fin de la Entrevista 4 —*'), set on a heading of its own"))

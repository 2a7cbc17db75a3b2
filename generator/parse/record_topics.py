"""Topic headings of a one-sentence-a-line record, between the turns (part of stage 2, clean; a rule of
``dialogue-headings``).

The sentence-aligned parliamentary corpora (the aligned Canadian Hansard: "hansard.36.1.senate.debates.*.e") keep a
debate one sentence a line, each speaker's label alone on its line, and the record's headings as bare lines between
the turns: the subject, then the question's title, right above the next label ("Atlantic Canada Opportunities
Agency" / "possible Cuts to Budget - Changes to Policy on Regional Economic Development - Government Position" /
"hon. No ë l A . Kinsella ( Acting Deputy Leader of the Opposition ) :").  No label opens them, so the turn parser
reads them as the last words of the turn before.  ``headings(blocks, accepted)`` finds them where the document shows
its shape: its turns open with labels alone on their lines before a spaced colon (``label_spaced``), and nearly every other line of its dialogue ends a
sentence or is a heading in title case (``SENTENCE_LINES_SHARE``), so a line that ends none, in title case, standing with its run right above a
label after a finished sentence, is a heading.  In a hard-wrapped or unpunctuated transcript (speech-to-text) the
share is not met and nothing is read so.
"""

from __future__ import annotations

from . import clean_rules as rules, labels
from .label_spaced import SPACED_COLON

# Nearly every line of the dialogue that no label opens ends a sentence (or is a heading): a record kept one
# sentence a line.  Below this share lines are wrapped or unpunctuated, and a line without an end is a sentence's
# part, not a heading.
SENTENCE_LINES_SHARE = 0.9
# The dialogue has at least this many such lines (a short exchange proves no layout).
SENTENCE_LINES_MIN = 20
# A topic line: at most this many words (a question's title runs to a dozen or more: "possible Cuts to Budget -
# Changes to Policy on Regional Economic Development - Government Position" has fifteen) ...
TOPIC_MAX_WORDS = 20
# ... and in title case: at least one word of this many letters after the first, and at least half of those
# capitalised ("Thank you" above a label is a speaker's reply without its full stop).
LONG_WORD = 4


def _label_alone(line: str, accepted: frozenset[str]) -> bool:
    """A label the document uses, alone on its line before a spaced colon (``label_spaced``: the aligned corpora's
    layout; a Markdown interview's "**Anna:**" alone on its line stands under its own headings, marked as such)."""
    found = labels.candidate(line)
    return bool(found and found.key in accepted and not found.rest and SPACED_COLON.search(line))


def _title_case(line: str) -> bool:
    words = line.split()
    long_words = [w for w in words[1:] if sum(c.isalpha() for c in w) >= LONG_WORD]
    return len(words) <= TOPIC_MAX_WORDS and bool(long_words) \
        and 2 * sum(w[0].isupper() for w in long_words) >= len(long_words)


def _one_sentence_a_line(lines: list[str], accepted: frozenset[str]) -> bool:
    """Nearly every line no label opens ends a sentence or is a heading's (title case)."""
    speech = [line for line in lines if line.strip() and not labels.candidate(line)]
    ended = sum(1 for line in speech if rules.PARAGRAPH_END.search(line) or _title_case(line))
    return len(speech) >= SENTENCE_LINES_MIN and ended >= SENTENCE_LINES_SHARE * len(speech)


def headings(blocks: list[list[str]], accepted: frozenset[str]) -> frozenset[str]:
    """The lines (stripped) that are the record's topic headings between turns (see the module)."""
    lines = [line for block in blocks for line in block]
    alone = [i for i, line in enumerate(lines) if _label_alone(line, accepted)]
    if not alone or not _one_sentence_a_line(lines, accepted):
        return frozenset()
    found = set()
    for at in alone:
        run = at
        while run > 0 and lines[run - 1].strip() and not rules.PARAGRAPH_END.search(lines[run - 1]) \
                and not lines[run - 1].lstrip().startswith("#") \
                and not labels.candidate(lines[run - 1]) and _title_case(lines[run - 1]):
            run -= 1
        if run < at and run > 0 and rules.PARAGRAPH_END.search(lines[run - 1]):
            found.update(line.strip() for line in lines[run:at])
    return frozenset(found)


def _topic_rule(lines: list[str], index: int, accepted: frozenset[str], headings: frozenset[str]) -> bool:
    """The line is one of the record's topic lines where it stands: its run of heading lines ends right above a
    label alone on its line (``headings`` also holds the document's other headings, which their own rules place)."""
    if lines[index].strip() not in headings or labels.candidate(lines[index]):
        return False
    below = index + 1
    while below < len(lines) and lines[below].strip() in headings and not labels.candidate(lines[below]):
        below += 1
    return below < len(lines) and _label_alone(lines[below], accepted)


rules.DIALOGUE_HEADINGS.register(rules.Rule(
    "record topic", 44, "speech", _topic_rule, None,
    "a topic heading of a one-sentence-a-line record, right above a label alone on its line ('Atlantic Canada "
    "Opportunities Agency' in the aligned Canadian Hansard), set on a heading of its own"))

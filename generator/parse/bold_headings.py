"""Section headings set wholly in bold between the turns of a labelled dialogue (part of stage 2, clean; a rule of
``dialogue-headings``), and the one call that gathers every kind of dialogue heading.

A blogger who posts an interview or a debate with its speakers' labels in bold (``**Macron :** ...``) titles its
sections with lines set wholly in bold and no label (``**马克龙解释退休改革的必要性**`` between the French turns,
held-out ho03; ``**Opening statements**`` in posted debate transcripts).  No label opens them, so the turn parser read
them as the words of the turn around them.  ``headings`` takes them where the document shows the shape: at least
``HEADINGS_MIN`` distinct one-line blocks after the first turn, each set wholly in bold, opened by no label the
document uses, ending no sentence (a question set in bold ends with "?") and short.  Those of them right before a
turn (the next block opens with a label the document uses) are its headings: one inside a speaker's answer stays in
the turn, where a heading would leave the rest of the answer to no one (``turns`` reads unlabelled prose after a
heading as narration).  The rule ``bold heading`` then sets each on a heading of its own.
"""

from __future__ import annotations

from . import clean_rules as rules, labels, record_topics, segment_titles

HEADINGS_MIN = rules.HEADINGS_MIN  # distinct lines: one or two bold lines may be a speaker's emphasis
HEADING_CHARS = 80  # a section title is a phrase ("公平的问题：大公司的额外分红，就业培训" has 18); a longer line is text
BOLD_MARK = "\ue010"  # (private use) before a heading's text among the headings: the rule below tells it was set in
# bold, where the other dialogue-heading rules ask only whether a line is among the headings
SENTENCE_END = "。！？.!?…"  # a line that ends with one of these is a sentence (a question set in bold), no heading


def _heading_line(line: str, accepted: frozenset[str]) -> bool:
    text = line.strip()
    found = labels.candidate(text)
    return 0 < len(text) <= HEADING_CHARS and text[-1] not in SENTENCE_END and not text.startswith("#") \
        and not (found and found.key in accepted)  # (a Markdown heading set in bold is a heading by its own mark)


def bold_headings(dialogue: list[list[str]], starts: list[int], bold: frozenset[int],
                  accepted: frozenset[str]) -> frozenset[str]:
    """The one-line blocks of ``dialogue`` (beginning at the file lines ``starts``) set wholly in bold that are the
    document's section headings (see the module); none when fewer than ``HEADINGS_MIN`` distinct ones."""
    if not bold or not accepted:
        return frozenset()
    found = {index: lines[0].strip() for index, (lines, line) in enumerate(zip(dialogue, starts))
             if index and len(lines) == 1 and line in bold and _heading_line(lines[0], accepted)}
    if len(set(found.values())) < HEADINGS_MIN:
        return frozenset()
    chosen = {text for index, text in found.items() if index + 1 < len(dialogue) and dialogue[index + 1]
              and _opens_turn(dialogue[index + 1][0], accepted)}
    return frozenset(chosen | {BOLD_MARK + text for text in chosen})


def _opens_turn(line: str, accepted: frozenset[str]) -> bool:
    found = labels.candidate(line)
    return bool(found and found.key in accepted)


def headings(dialogue: list[list[str]], starts: list[int], bold: frozenset[int],
             accepted: frozenset[str]) -> frozenset[str]:
    """Every heading line of the dialogue: in capitals, segment titles, record topics and bold section titles."""
    return rules.capitals_headings(dialogue, accepted) | segment_titles.headings(dialogue, accepted) \
        | record_topics.headings(dialogue, accepted) | bold_headings(dialogue, starts, bold, accepted)


def _bold_rule(lines: list[str], index: int, accepted: frozenset[str], headings: frozenset[str]) -> bool:
    return len(lines) == 1 and BOLD_MARK + lines[index].strip() in headings


rules.DIALOGUE_HEADINGS.register(rules.Rule(
    "bold heading", 46, "speech", _bold_rule, None,
    "a section title set wholly in bold on a line of its own between the turns of a dialogue with labels, where "
    "the document has three or more ('**马克龙解释退休改革的必要性**' in a French interview posted by a blogger), set on "
    "a heading of its own"))

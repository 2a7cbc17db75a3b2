"""Rosters before the dialogue (part of stage 2, clean): a "SPEAKERS:", "WITNESSES:", "APPEARANCES" heading
(``data/cleaning-vocabulary.txt``, roster) with the names listed under it.  They stay in the text (the header reads
the people in them), but their heading and names are no evidence of speaker labels.  ``structure.furniture`` asks
``find`` about the lines before the first turn.
"""

from __future__ import annotations

import regex as re

from .clean_rules import patterns

ROSTER_KEYS = '|'.join(f'(?:{e})' for e in patterns('roster'))
ROSTER_QUALIFIERS = 2  # words before a roster heading's key that name whose list it is ("SENATE MEMBERS PRESENT:",
# "ROUNDTABLE PARTICIPANTS:", "ALSO IN ATTENDANCE:"); such a heading stands alone with its colon ("THE WITNESS: Yes."
# is a court transcript's label)
ROSTER_DETERMINERS = r"(?:the|a|an)"  # "THE WITNESS:", "The Speaker:" alone on a line is a label whose words follow
ROSTER_CONTINUED = r"(?:,?\s*\(?continued\)?)?"  # a later page's "ROUNDTABLE PARTICIPANTS, Continued:"
ROSTER_QUALIFIED = rf"(?!{ROSTER_DETERMINERS}\s)(?:[^\W\d_][\w'’.-]*\s+){{1,{ROSTER_QUALIFIERS}}}"
ROSTER = re.compile(rf"^(?:(?P<key>{ROSTER_KEYS}){ROSTER_CONTINUED}(?:\s*[:：]\s*(?P<rest>\S.*)?)?"
                    rf"|{ROSTER_QUALIFIED}(?P<qualified>{ROSTER_KEYS}){ROSTER_CONTINUED}\s*[:：]\s*)$", re.I)
ROSTER_GOES_ON = re.compile(r"^by\s*:", re.I)  # "BY: MICAH F. FERGENSON": counsel under a firm, in a caption
ROSTER_MIN_NAMES = 2  # a "Speakers: A" line is a header field; a heading with a list under it is a roster
ROSTER_LINE_CHARS = 100  # a roster line names one person (and office); a longer line is text
ROSTER_PROSE_WORDS = 6  # a name with its office has a few lowercase words ("for the", "of"); a sentence more
ROSTER_SENTENCE_WORDS = 3  # ... and a line ending with a full stop and three lowercase words is a sentence
LOWER_WORD = re.compile(r"(?<![\w.])[^\W\d_A-Z][^\W\d_]*(?![\w.])")  # a word in lowercase (not an initial)
# The full stops of the scripts written without case (Japanese, Chinese): a line that ends with one is a sentence,
# never a running head or a roster's name ("本委員会は12月12日に開催し、…審査いたしました。" three times in a minutes page)
CJK_SENTENCE_ENDS = ("。", "！", "？")


def find(lines: list[tuple[int, str]], taken: dict[int, str]) -> set[int]:
    """Rosters before the dialogue (``lines``: the lines before the first turn): a heading from
    ``data/cleaning-vocabulary.txt`` (roster) and the names listed under it, up to a stage direction or a line
    of text."""
    found: set[int] = set()
    index = 0
    while index < len(lines):
        at, line = lines[index]
        heading = ROSTER.match(line)
        if not heading or at in taken:
            index += 1
            continue
        names = [heading.group("rest")] if heading.group("rest") else []
        end = index + 1
        while end < len(lines) and _roster_line(lines[end][1]) and not ROSTER.match(lines[end][1]):
            if lines[end][0] not in taken:
                names.append(lines[end][1].strip())
            end += 1
        # a heading right after another roster lists the next group, however short ("SENATE MEMBERS PRESENT:" /
        # "Senator Martin Golden", after "PRESIDING:" and its names)
        follows = index > 0 and lines[index - 1][0] in found and not heading.group("rest")
        if len(names) >= ROSTER_MIN_NAMES or follows and names:
            found.update(spot for spot, _ in lines[index:end] if spot not in taken)
        index = end
    return found


def _roster_line(line: str) -> bool:
    """A line of a list of names: short, not a stage direction, not a sentence ("Dear friends, thank you all for
    coming."): names and offices have few lowercase words ("Attorney for the Southern District of New York")."""
    text = line.strip()
    if not text or len(text) > ROSTER_LINE_CHARS or text[0] in "([" or text.endswith(("?", "!")):
        return False
    lowercase = len(LOWER_WORD.findall(text))
    return lowercase < ROSTER_PROSE_WORDS and not (text.endswith((".", "…")) and lowercase >= ROSTER_SENTENCE_WORDS)

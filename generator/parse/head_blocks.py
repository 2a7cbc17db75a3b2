"""The block printed around a running head (part of stage 2, clean; used by ``structure.furniture``).

A printed record may set more than one line at each page or take break: the record's name above a dated head,
a file reference below it ("UNREVISED HANSARD" / "NATIONAL ASSEMBLY" / "Wednesday, 22 May 2013 Take: 376" /
"\"National Assembly Chamber Main\",Unrevised Hansard,..."), and, in a record typed in takes, the running speaker
names at the take's edges ("Mr D J MAYNIER" before the next label, "The MINISTER OF ... / A N N" above the foot
line "END OF TAKE").  ``blocks`` finds those lines once the heads themselves are known: lines that stand at the same
place beside most heads, the same but for their numbers, in an unbroken run from the head; never a label line, a
speaker's name or a time code, never a line of text (issue 13, points 4c and 5).
"""

from __future__ import annotations

import regex as re

from . import labels
from .clean_rules import patterns

DIGITS = re.compile(r"\d+")
PAGE_WORD = re.compile(rf"(?<![^\W_])(?:{'|'.join(f'(?:{e})' for e in patterns('page-word'))})(?![^\W_])", re.I)
HEADS_MIN = 3  # as for the heads themselves (structure.RUNNING_HEADER_MIN): three places make a running block
COMPANION_REACH = 3  # lines on either side of a running head that its printed block may hold ("UNREVISED HANSARD",
# "NATIONAL ASSEMBLY" above a take's dated head, a file reference below it)
COMPANION_CHARS = 200  # such a line may be long (a CSV-like file reference), never a paragraph
COMPANION_SHARE = 0.5  # printed beside at least half of the heads (the first page may print it another way)
# a take's running speaker name beside its head block: an honorific or "The", then words in capitals, no digits,
# no sentence, perhaps the typist's initials after a slash ("Mr D J MAYNIER", "The MINISTER OF JUSTICE ... / A N N")
RUNNING_NAME = re.compile(r"^(?:The|Mr|Mrs|Ms|Dr|Prof|Hon|Rev)\.?(?:\s+(?:[A-Z][A-Z'’-]*|of|the|and|for))+\.*"
                          r"(?:\s*/\s*[A-Za-z](?:\s?[A-Za-z]){0,3})?$")


def blocks(lines: list[tuple[int, str]], found: dict[int, str], heads: list[int],
           fields: frozenset[int] = frozenset()) -> dict[int, str]:
    """The rest of each running head's block (``heads``: indexes in ``lines`` of the heads of a recurring shape;
    ``found``: the furniture found so far) as line number -> reason: the lines printed beside the head at most of
    its places, the same but for their numbers ("UNREVISED HANSARD" / "NATIONAL ASSEMBLY" above "Wednesday, 22 May
    2013 Take: 376", a file reference below it), and at the edges of that block the running speaker names of a
    take-based record ("Mr D J MAYNIER", "The MINISTER OF ... / A N N" before the foot line).  Never a label line,
    never a line of text: the block ends at the first line that is neither.  ``fields``: heads that are a field
    printed with the same words on every page ("Sessão de: 16/09/2025"), as sure a head as a page word."""
    heads = [i for i in heads if PAGE_WORD.search(lines[i][1]) or i in fields]  # a head that says it heads pages
    if len(heads) < HEADS_MIN:
        return {}
    beside: dict[tuple[int, str], set[int]] = {}  # (place next to the head, shape) -> the heads it stands beside
    for head in heads:
        for step in (-1, 1):
            for distance in range(1, COMPANION_REACH + 1):
                i = head + step * distance
                if not 0 <= i < len(lines) or not _companion_line(lines[i][1]):
                    break
                beside.setdefault((step * distance, DIGITS.sub("#", lines[i][1].strip())), set()).add(head)
    companions = {key for key, where in beside.items()
                  if len(where) >= HEADS_MIN and len(where) >= COMPANION_SHARE * len(heads)}
    block = set(heads)
    for head in heads:  # the block: the companions in an unbroken run from the head outwards
        for step in (-1, 1):
            i = head + step
            while 0 <= i < len(lines) and abs(i - head) <= COMPANION_REACH \
                    and (i - head, DIGITS.sub("#", lines[i][1].strip())) in companions:
                block.add(i)
                i += step
    block |= {i for i, (at, _) in enumerate(lines) if at in found and found[at] == "running page header"}
    added = {lines[i][0]: "running page header" for i in block if lines[i][0] not in found}
    speaking = (True for _, line in lines if _speaking(line))  # (counted up to HEADS_MIN, not over every line)
    if sum(1 for _ in zip(range(HEADS_MIN), speaking)) >= HEADS_MIN:  # labels stand before the words
        added.update(_running_names(lines, block))
    return added


def _running_names(lines: list[tuple[int, str]], block: set[int]) -> dict[int, str]:
    """The running speaker names at the edges of the head blocks (``block``: indexes of their lines) of a document
    whose labels stand on the line of the words: names alone before a block, and after it up to a label line (a
    name alone before a line of text is the label of a document that sets its labels on lines of their own)."""
    names: dict[int, str] = {}
    for i in sorted(block):
        for step in (-1, 1):
            j, run = i + step, []
            while 0 <= j < len(lines) and j not in block and RUNNING_NAME.match(lines[j][1].strip()) \
                    and not _speaking(lines[j][1]):
                run.append(lines[j][0])
                j += step
            if step < 0 or j >= len(lines) or j in block or _speaking(lines[j][1]) or _named(lines[j][1]):
                names.update(dict.fromkeys(run, "running speaker name"))
    return names


def _companion_line(line: str) -> bool:
    """A line that may be printed with a running head: not long, no label (with its words or alone: "Mr. Jim Jones
    (Markham, PC):"), no speaker's name, no time code (a mission transcript's "[04:06:33:41]" above its page and
    tape lines times the next turn)."""
    return len(line) <= COMPANION_CHARS and not labels.candidate(line) and not RUNNING_NAME.match(line.strip()) \
        and not labels.time_only(line)


def _named(line: str) -> bool:
    """A line that opens with a running name's shape and a colon ("The MINISTER OF ... DEVELOPMENT: Hon Speaker")."""
    name, colon, rest = line.partition(":")
    return bool(colon and rest.strip() and RUNNING_NAME.match(name.strip()))


def _speaking(line: str) -> bool:
    """A line that opens with a label followed by words."""
    found = labels.candidate(line)
    return bool(found and found.rest)

"""Photo captions in a page's text: a block scored by its signs of one (a photo credit, a position mark, a gap
around it, its length), and a short block that repeats a neighbouring caption (part of stage 2, clean).

In: a block, the typical gap between blocks, the accepted label keys.  Out: the block's caption score
(``_caption_score``); the blocks kept, with the caption twins removed (``_drop_caption_twins``).  Split from
``clean`` (which re-exports every name) along meaning; no behaviour changed.
"""

from __future__ import annotations

import regex as re

from . import labels
from ..model import Block, Removal

CREDIT = re.compile(
    r"(?:^|\()\s*©|\(\s*@\w|\((?:[^()]*/\s*)?(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|TASS|Sputnik|"
    r"RIA Novosti|Xinhua|Photo|PHOTO|File|Pool)\b[^()]*\)")

POSITIONAL = re.compile(r"\((?:L|R|C|L-R|R-L|left|right|centre|center|top|bottom)\)")

CAPTION_SCORE = 3  # a photo caption: a credit, or a short block with a position mark and another sign


def _caption_score(block: Block, typical_gap: float, accepted: frozenset[str], at_least: int = 0) -> int:
    """The block's signs of a photo caption, added up (0 when it opens with a label the document uses).  With
    ``at_least``: a score that cannot reach it is returned without the block's label read (the label adds one
    point at most; most blocks are no caption, and reading the label of a whole block is the costly part)."""
    text = block.text
    score = 0
    bracket = "(" in text  # (every credit but a bare "©" and every position mark opens with a bracket)
    if len(text) <= 700 and (bracket or "©" in text) and CREDIT.search(text):  # (a long block is not searched)
        score += 3
    if len(text) <= 400 and bracket and POSITIONAL.search(text):
        score += 2
    if block.gap_before >= 2 and typical_gap < 2:
        score += 1
    if len(text) <= 300:
        score += 1
    if score + 1 < at_least:
        return score
    label = labels.candidate(text)
    if label and label.key in accepted:
        return 0
    if label and labels.JOINT.search(label.label) and label.rest:
        score += 1  # "Merkel and Putin: They have ..." reads like a label but names two people
    return score


WORDS = re.compile(r"\w+")


def _similar(a: str, b: str) -> bool:
    wa, wb = set(WORDS.findall(a.lower())), set(WORDS.findall(b.lower()))
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.8

def _drop_caption_twins(kept: list[Block], captions: list[Block], removed: list[Removal]) -> list[Block]:
    """A short block that repeats a neighbouring caption is the same caption."""
    if not captions:
        return kept
    result = []
    for block in kept:
        twin = len(block.text) <= 400 and any(
            abs(c.line - block.line) <= 4 and _similar(block.text, c.text) for c in captions)
        if twin:
            removed.append(Removal(block.line, block.text.strip(), "photo caption"))
        else:
            result.append(block)
    return result

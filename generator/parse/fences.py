"""Code fences in a talk's transcript (part of stage 3, turns).

Hand-made talk transcripts in Markdown put what the screen showed between code fences (```` ``` ````): a slide's
title and bullets, a code listing, an image's description ("slide title: The Hard Parts of Open Source" / "Evan
Czaplicki" / "Elm / NoRedInk").  Those lines are no one's words: the speaker's name on a title slide is not a
label, a quotation on a slide is not a turn.  ``split`` cuts the blocks at the fences, so the turn parser reads
the fenced lines as narration and the words around them as speech.  In a labelled dialogue, a block that is one
fence from its first line to its last (``whole``: a learner's dictionary note ```` ```A mellow sound is ...``` ````
between two turns, a listing shown during a talk) is the same: a note, not the previous speaker's words.
"""

from __future__ import annotations

import regex as re

from . import labels
from ..model import Block

FENCE = re.compile(r"^\s*(?:```|~~~)")  # a Markdown code fence, opening or closing (with or without a language)
FENCE_END = re.compile(r"(?:```|~~~)\s*$")


def split(blocks: list[Block]) -> list[tuple[Block, bool]]:
    """The blocks cut at code fences, each with whether it lies inside a fence (fence lines included); the
    blocks unchanged, none fenced, when the document has no fence or an odd number of them."""
    fences = sum(1 for block in blocks for line in block.text.split("\n") if FENCE.match(line))
    if not fences or fences % 2:  # an excerpt cut inside a fence: which side of each fence is code is not known
        return [(block, False) for block in blocks]
    out: list[tuple[Block, bool]] = []
    inside = False
    for block in blocks:
        lines = block.text.split("\n")
        start = 0
        for at, line in enumerate(lines):
            if FENCE.match(line):
                end = at if not inside else at + 1  # the closing fence belongs to the fenced part
                if end > start:
                    out.append((_part(block, lines, start, end), inside))
                start, inside = end, not inside
        if start < len(lines):
            out.append((_part(block, lines, start, len(lines)), inside))
    return out


def _part(block: Block, lines: list[str], start: int, end: int) -> Block:
    return Block(block.line + start, "\n".join(lines[start:end]), block.gap_before if start == 0 else 0)


def whole(text: str, accepted: frozenset[str] = frozenset()) -> bool:
    """Whether a block is one code fence, from an opening fence on its first line to a closing one ending its last
    (one line may hold both: ```` ```A panel is a small group ...``` ````), with no line opening with an accepted
    label (a dialogue pasted whole inside a fence is still the dialogue)."""
    if not FENCE.match(text):  # (asked of every block between turns: most open otherwise, and are not copied)
        return False
    lines = text.strip().split("\n")
    if not (FENCE.match(lines[0]) and FENCE_END.search(lines[-1]) and (len(lines) > 1 or len(lines[0].strip()) > 6)):
        return False
    return not any((found := labels.candidate(line)) and found.key in accepted for line in lines)

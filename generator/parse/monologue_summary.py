"""An editor's summary above a talk (part of stage 4, turns; used by ``turns`` for an unlabelled monologue).

A lecture or sermon page whose head names its speaker ("Conférence du P. Hesse : ...") often opens with a
summary written about the talk in the third person ("P. Hesse corrige la terminologie ... Il montre que ..."),
then the talk under its first section heading.  That summary is the page's narration, not the speaker's words.

Rule "talk-summary": where the head names the speaker (``monologue.names_speaker``), the body's opening blocks
before its first heading are a summary when the first of them opens with the speaker's name (in full or the
surname) followed by a word in lower case (the summary's verb), they are not spoken (``monologue.first_person_share``
under ``FIRST_PERSON_MIN``: "Il montre ..."), there are at most ``SUMMARY_BLOCKS`` of them and a heading follows
them.  In: the body's blocks and the header.  Out: how many opening blocks are no one's speech (the talk's
preamble, ``layouts.preamble_end``, or the summary): they stay in the transcript as narration.
"""

from __future__ import annotations

import regex as re

from . import labels, layouts, monologue
from ..model import Block, Header

SUMMARY_BLOCKS = 4  # an abstract runs one to three paragraphs (hn04: two); a longer stretch before the first heading
# is the talk itself, opening without a section title


def preamble_end(blocks: list[Block], header: Header) -> int:
    """How many opening blocks of a monologue's body are not its speaker's words (see the module)."""
    preamble = layouts.preamble_end(blocks)
    if not header.monologue_by or not monologue.names_speaker(header.monologue_why):
        return preamble
    return max(preamble, _summary_blocks(header.monologue_by, blocks))


def _summary_blocks(name: str, body: list[Block]) -> int:
    heading = next((at for at, block in enumerate(body) if labels.MD_HEADING.match(block.text.strip())), None)
    if not heading or heading > SUMMARY_BLOCKS:
        return 0
    opening = monologue._plain(body[0].text.strip())
    if not any((found := re.match(rf"{re.escape(n)}\s+(\w)", opening)) and found.group(1).islower()
               for n in {name, name.split()[-1]}):
        return 0  # the summary names the speaker, then says what they do ("P. Hesse corrige ...")
    summary = "\n\n".join(block.text for block in body[:heading])
    return 0 if monologue.first_person_share(summary) >= monologue.FIRST_PERSON_MIN else heading

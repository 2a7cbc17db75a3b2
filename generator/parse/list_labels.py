"""Speaker labels a conversion turned into list items (part of stage 2, clean: structure before labels).

A record pasted through a wiki or converted by pandoc may come out with some of its turns as list items, the
label's emphasis escaped around the party and the colon: "-   De heer Vendrik (\\*GroenLinks\\*):\\* Voorzitter. Ik
wens ..." among "De heer Hessels (CDA): Mevrouw Kraneveldt spreekt ..." (held-out he02, a Tweede Kamer plenary in
the FFII wiki's pandoc export).  Where the document's dialogue is written in labels with a party or group note
and no bullet, a list item after the dialogue started that opens with a label of that layout is a turn: the
bullet and the escaped markup around the label are read off (line for line, the item's indented lines with it).
A list of the members before the debate ("-   Van Dam (PvdA): center-left MP") stands before the dialogue and
stays a list, and so does any list where the document writes no such labels outside it.
"""

from __future__ import annotations

import regex as re

from . import labels
from ..model import Removal

BULLET = re.compile(r"^(?P<mark>[-*+][ \t]+)(?=\S)")
# Markup left around the label by the conversion: escaped or stray emphasis marks ("(\*GroenLinks\*):\*"); a mark
# between two letters or digits is part of a word ("multi_a", "snake_case") and stays.
RESIDUE = re.compile(r"\\[*_]|(?<![^\W_])[*_]|[*_](?![^\W_])")
RESIDUE_AFTER = re.compile(r"(?:\\?[*_])+")
# The longest label head read off a list item (a name, its note and the colon).
HEAD_MAX_CHARS = 120
# The document writes its dialogue in noted labels: at least this many distinct such labels stand outside lists
# (one noted label may be a quotation; two speakers make a dialogue).
PLAIN_NOTED_MIN = 2


def _noted(text: str) -> labels.LabelCandidate | None:
    c = labels.candidate(text)
    return c if c and c.style == "colon" and c.note and c.rest else None


def _item_label(text: str) -> tuple[str, labels.LabelCandidate] | None:
    """The list item's text with the markup around its label read off, and the label, or None."""
    colon = text.find(":", 0, HEAD_MAX_CHARS)
    if colon < 0:
        return None
    after = RESIDUE_AFTER.match(text, colon + 1)
    end = after.end() if after else colon + 1
    line = RESIDUE.sub("", text[:end]) + text[end:]
    c = _noted(line)
    return (line, c) if c else None


def unbulleted(lines: list[str], first_line: int, removed: list[Removal]) -> list[str]:
    """``lines`` with the list items that are turns written as the document's labels read as such (the bullet
    and the markup around the label off, the item's indented lines unindented), one ``Removal`` added for the
    bullets; ``lines`` itself when there are none."""
    items = [i for i, line in enumerate(lines) if line[:1] in "-*+" and BULLET.match(line)]
    if not items:
        return lines
    bulleted = set(items)
    plain = [(i, c) for i, line in enumerate(lines) if i not in bulleted and "):" in line
             and (c := _noted(line))]
    if len({c.key for _, c in plain}) < PLAIN_NOTED_MIN:
        return lines
    cases = {labels.letter_case(c.label) for _, c in plain}
    first = plain[0][0]
    out = list(lines)
    count = 0
    for i in items:
        if i < first:
            continue
        mark = BULLET.match(lines[i]).group("mark")
        found = _item_label(lines[i][len(mark):])
        if not found or labels.letter_case(found[1].label) not in cases:
            continue
        out[i] = found[0]
        count += 1
        indent = " " * len(mark)
        for j in range(i + 1, len(lines)):
            if not lines[j].startswith(indent) or not lines[j].strip():
                break
            out[j] = lines[j][len(indent):]
    if not count:
        return lines
    at = next(i for i in items if out[i] != lines[i])
    removed.append(Removal(first_line + at, f"{count} list markers before speaker labels", "list markers"))
    return out

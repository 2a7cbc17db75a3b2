"""The head of a sermon manuscript: its title and the reference of the reading above the text.

A preacher's manuscript opens with the sermon's title and, alone on the next line, the reference of the scripture
read before it ("우리는 2025년을 회고하며 ‘하나님의 은혜’라 읽어야 합니다." / "신명기 8:1-10", "Finding rest" / "Matthew
11:28-30", "Römer 8,28-39"); the sermon follows, often with no blank line.  A line that is only a book's name and a
chapter and verse looks like a clock time on a meeting's cover ("Meeting 10:30"), so the document's own text decides:
it quotes the same book again with a chapter and verse ("신명기 8:5 “너는 ...”").  Then the lines up to the reference
are the head (``split``), its first line the title, none of it speech (``reading_head``, a rule of ``header``).
"""

from __future__ import annotations

import regex as re

from ..model import Block, CleanDoc

HEAD_LINES_MAX = 3  # a title, perhaps a subtitle or a date, and the reference: a reference further down is the text's
REFERENCE = re.compile(r"^(?P<book>(?:[1-3][ ]?)?[^\W\d_][^\W\d_.]*(?:[ ][^\W\d_][^\W\d_.]*){0,2})[ ]?\d{1,3}[:,]\d{1,3}"
                       r"(?:[-–]\d{1,3}(?:[:,]\d{1,3})?)?(?:[;,][ ]?\d{1,3}(?:[:,]\d{1,3})?(?:[-–]\d{1,3})?)*$")


def _reference(line: str, text: str) -> bool:
    """Whether ``line`` is a scripture reference the document's ``text`` (the rest of it) cites again."""
    found = REFERENCE.match(line.strip())
    if not found:
        return False
    book = re.escape(found.group("book"))
    return re.search(rf"(?:^|[\s(“\"]){book}[ ]?\d{{1,3}}[:,]\d{{1,3}}", text) is not None


def split(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the head of a sermon manuscript set apart from the text when the text runs on below the
    reference in the same block."""
    if not blocks:
        return blocks
    first, lines = blocks[0], blocks[0].text.split("\n")
    rest = "\n".join(lines[HEAD_LINES_MAX:] + [b.text for b in blocks[1:]])
    for index, line in enumerate(lines[:HEAD_LINES_MAX]):
        if 0 < index < len(lines) - 1 and _reference(line, rest + "\n".join(lines[index + 1:HEAD_LINES_MAX])):
            head = Block(first.line, "\n".join(lines[:index + 1]), first.gap_before)
            return [head, Block(first.line + index + 1, "\n".join(lines[index + 1:]), 0)] + blocks[1:]
    return blocks


def reading_head(block: Block, doc: CleanDoc) -> dict | None:
    """The opening block of a title (and a subtitle) over a reference the text cites again: the head."""
    lines = block.text.strip().split("\n")
    if not doc.blocks or block is not doc.blocks[0] or not 2 <= len(lines) <= HEAD_LINES_MAX:
        return None
    rest = "\n".join(b.text for b in doc.blocks[1:])
    return {"title": lines[0].strip(), "reading": lines[-1].strip()} if _reference(lines[-1], rest) else None


def take_reading_head(found: dict, fields: dict) -> None:
    fields.setdefault("title", found["title"])

"""Colon fields printed again and again with the same words (part of stage 2, clean; asked by ``structure``).

A label-shaped line is no speaker when the document only ever prints it with the same words: a page footer
("Disclaimer: The electronic version of the Senate Hansard Report is for information purposes only. ..." at the
foot of every page of a Hansard converted from PDF), a running head with a field ("Sessão de: 16/09/2025" at the
top of every page), a printed field of an order paper between the agenda items
("程序委員會意見：擬請院會將本案交財政委員會審查。", the procedure committee's opinion under each bill).
A speaker says other things too, and says a long sentence word for word again rarely; a printed field says
nothing else.

``fields(blocks)`` gives (line number -> reason) for the lines of every key and colon whose lines all repeat,
word for word, a long line of that key (``FIELD_CHARS``) at ``REPEATS_MIN`` places or more, unless the key names
a person with a title or an office ("THE CLERK" may read one formula again and again): they are page furniture
or printed fields, removed and listed.  ``fixed_keys(blocks)`` gives the labels printed with one and the same words
at every place, however short ("Sessão de: 16/09/2025"): ``structure`` lets such a line be a running page head,
which a label the document speaks with never is.
"""

from __future__ import annotations

import regex as re
from collections import Counter
from functools import lru_cache

from . import line_table, people, vocab
from .labels import label_key
from ..model import Block

REPEATS_MIN = 3  # places: a line printed on three pages or under three items is printed matter, not a reply
FIELD_CHARS = 24  # characters after the label: a long line said again word for word is printed; short replies
# repeat in any dialogue ("Some hon. members: Agreed.", "THE WITNESS: Yes.")
FIELD_STYLES = ("colon",)  # a field is a key and a colon; an enumerator "(ii)" repeated in each year's answer opens
# a list item, not a field (South African written replies, held-out ha02)
TURN_TAKING_SHARE = 0.5  # of a label's places between two label lines: a speaker saying one thing again in the
# dialogue (a synthetic "Name: the same sentence" three times between other speakers' turns, tests/test_properties)
WIDE_WEIGHT = 2  # a Chinese or Japanese character (no spaces between words) says as much as two Latin letters
WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _length(words: str) -> int:
    return len(words) + (WIDE_WEIGHT - 1) * len(WIDE.findall(words))


def keyed(blocks: list[Block]) -> dict[str, list[tuple[int, str]]]:
    """(line number, words after the label) of each line opening with a key and a colon, by label (the first
    label as written of each key): read once for a document, by ``fields`` and ``fixed_keys`` both."""
    found: dict[str, list[tuple[int, str]]] = {}
    written: dict[str, str] = {}
    for block in blocks:
        table = line_table.block(block.text)
        for offset, candidate in enumerate(table.candidates):
            if candidate and candidate.style in FIELD_STYLES and candidate.rest.strip():
                label = written.setdefault(candidate.key, candidate.label)
                found.setdefault(label, []).append((block.line + offset, " ".join(candidate.rest.split())))
    return found


def _titled(label: str) -> bool:
    """A label with a courtesy title or an office word ("Mr. Otieno", "THE CLERK", "Sen. Karaba"): a person, who
    may well say one sentence again and again (a clerk's formula), never a printed field."""
    return any(people.fold(word).strip(".,") in _titles() for word in label.split())


@lru_cache(maxsize=None)
def _titles() -> frozenset[str]:
    return frozenset(people.HONORIFICS) | frozenset(vocab.words("label-titles.txt"))


def _in_dialogue(blocks: list[Block], places: list[tuple[int, str]]) -> bool:
    """Does the label take turns: at ``TURN_TAKING_SHARE`` of its places or more, its line is a block of its own
    between two blocks that open with a label or the text's start or end ("Sergey Lavrov: Let me repeat ..."
    between the reporter's questions)?  A page's footer or head stands inside the text of a page, and a field
    under an agenda item before the next item: a label on both sides of it is the exception."""
    starts = {b.line: index for index, b in enumerate(blocks)}
    between = sum(1 for at, _ in places if (i := starts.get(at)) is not None
                  and _opens(blocks, i - 1) and _opens(blocks, i + 1))
    return between >= TURN_TAKING_SHARE * len(places)


def _opens(blocks: list[Block], index: int) -> bool:
    """Does block ``index`` open with a label?  (The text's start and end count as turn boundaries.)  Only the
    places' neighbours are read, not every block of the document."""
    return not 0 <= index < len(blocks) or bool(line_table.block(blocks[index].text).candidates[0])


def fields(blocks: list[Block], places_by_label: dict[str, list[tuple[int, str]]] | None = None) -> dict[int, str]:
    """Line number -> reason for the lines of labels that only ever print a long line again (see the module);
    ``places_by_label``: ``keyed(blocks)``, when the caller has read it."""
    out: dict[int, str] = {}
    for label, places in (keyed(blocks) if places_by_label is None else places_by_label).items():
        if len(places) < REPEATS_MIN or _titled(label):
            continue
        counts = Counter(words for _, words in places)
        if all(count >= 2 and _length(words) >= FIELD_CHARS for words, count in counts.items()) \
                and not _in_dialogue(blocks, places):
            out.update({at: "repeated printed field" for at, _ in places})
    return out


def fixed_keys(blocks: list[Block], places_by_label: dict[str, list[tuple[int, str]]] | None = None) -> frozenset[str]:
    """Labels printed with the same words at every one of ``REPEATS_MIN`` places or more (``places_by_label``: as
    for ``fields``)."""
    places_by_label = keyed(blocks) if places_by_label is None else places_by_label
    return frozenset(label_key(label) for label, places in places_by_label.items()
                     if len(places) >= REPEATS_MIN and len({words for _, words in places}) == 1)

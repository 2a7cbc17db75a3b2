"""Layouts without speaker labels: a page's preface, and interviews set as blockquotes.

In: the blocks after the header.  Out:

* ``split_preface(blocks)`` -> (preface, heading, rest): where a page has a heading
  "Transcript" after other material (a video description, an editor's note), what
  comes before it is the page's preface, not the conversation.
* ``preamble_end(blocks)`` -> how many opening blocks are a talk page's preamble (``Slides: <link>``,
  ``Location: ...``, a bare link): material about the talk, which stays out of the speaker's words.
* ``blockquote_dialogue(blocks, names)`` -> raw turns, or None: an interview where
  one voice is set in ``>`` blockquotes and the other in plain paragraphs (a common
  way to publish podcast transcripts).  Plain paragraphs are the host's, quoted ones
  the guest's; the names come from the title ("JW Weatherman Interviews ... Timothy
  C May", "Stephan Livera discussing ... with Andreas Antonopoulos").
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from typing import Callable

from . import labels
from ..model import Block, Paragraph, RawTurn, Segment, SegmentKind, TurnType

TRANSCRIPT_HEADING = re.compile(r"^#{1,6}\s*(?:full |the |complete )?transcript(?:ion)?\s*(?::\s*)?#*$", re.I)
QUOTE_LINE = re.compile(r"^>\s?")
HEADING = labels.MD_HEADING
HOST_GUEST = re.compile(
    r"^(?P<host>.*?)\s+(?:interviews?|inverviews?|talks?\s+(?:to|with)|speaks?\s+(?:to|with)|in conversation with|"
    r"discuss(?:es|ing)?\b.*?\bwith|podcast\b.*?\bwith|chats?\s+with|with)\s+(?P<guest>.+)$", re.I)
MEDIA_WORDS = frozenset("podcast show episode interview interviews transcript legend radio tv hour live special "
                        "part session ep the a an of on about".split())
NAME_WORD = re.compile(r"^(?:[A-Z][a-z'’-]+|[A-Z]\.?|[A-Z]{2,3})$")
WORDS = re.compile(r"[A-Z][\w'’-]+")
MIN_QUOTES = 3
PREAMBLE_LINE = re.compile(  # one line: a link alone, or "Key: value" with a key of one to four words
    r"^(?:<?https?://\S+>?|\[[^\]\n]*\]\([^)\n]*\)|[^\W\d_][\w'’.-]*(?:[ ][\w'’.-]+){0,3}[ \t]*[:：].*)$")
LINK_DEFINITION = re.compile(r"^\[[^\]\n]+\]:\s*<?\S+>?(?:\s+[\"'(].*[\"')])?$")
EDITORIAL = re.compile(r"\b(?:transcri(?:pt|bed|ption)|edited|editor'?s?|note)\b", re.I)


def split_preface(blocks: list[Block]) -> tuple[list[Block], Block | None, list[Block]]:
    for index, block in enumerate(blocks):
        if index and TRANSCRIPT_HEADING.match(block.text.strip()):
            return blocks[:index], block, blocks[index + 1:]
    return [], None, blocks


def preamble_end(blocks: list[Block]) -> int:
    """The number of opening one-line blocks that are links or "Key: value" lines about the text."""
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if "\n" in text or not PREAMBLE_LINE.match(text):
            return index
    return len(blocks)


def link_definitions(text: str) -> bool:
    """A block of Markdown link reference definitions ("[z600]: http://..."): the page's links, not words."""
    return all(LINK_DEFINITION.match(line.strip()) for line in text.strip().split("\n"))


def _name_runs(text: str) -> list[list[str]]:
    """Runs of name-like words, split at media words ("Podcast", "Interview") and punctuation."""
    runs, current = [], []
    for word in re.split(r"\s+", re.sub(r"[^\w\s'’.-]", " ", text)):
        if word and NAME_WORD.match(word) and word.lower() not in MEDIA_WORDS:
            current.append(word)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [r for r in runs if len(r) >= 2]


def _person(run: list[str], last: bool) -> str:
    """At most three words of a run: the end of it for a host ("Transcript of Stephan Livera"),
    the end for a guest whose run starts with an epithet ("Cypherpunk Legend Timothy C May")."""
    words = run[-3:] if len(run) >= 3 and len(run[-2].rstrip(".")) == 1 else run[-2:]
    return " ".join(words) if last or len(run) > 3 else " ".join(run[:3] if len(run) <= 3 else words)


def host_and_guest(texts: list[str]) -> tuple[str | None, str | None]:
    """Who interviews whom, read from titles and descriptions."""
    best: tuple[str | None, str | None] = (None, None)
    for text in texts:
        match = HOST_GUEST.match(text.strip()) if text else None
        if not match:
            continue
        hosts, guests = _name_runs(match.group("host")), _name_runs(match.group("guest"))
        host = _person(hosts[-1], last=True) if hosts else None
        guest = _person(guests[0], last=False) if guests else None
        if host and guest:
            return host, guest
        best = (best[0] or host, best[1] or guest)
    return best


def majority_spelling(name: str | None, text: str) -> str | None:
    """The surname as the text spells it most often ("Antonopolous" in a title, "Antonopoulos" in the
    text: the text wins)."""
    if not name or " " not in name:
        return name
    surname = name.split()[-1]
    counts = Counter(w for w in WORDS.findall(text)
                     if w[0] == surname[0] and SequenceMatcher(None, w, surname).ratio() >= 0.85)
    best = max(counts, key=lambda w: (counts[w], w == surname), default=surname)
    return name[: -len(surname)] + best if counts[best] > counts.get(surname, 0) else name


def _quoted(block: Block) -> bool:
    lines = block.text.split("\n")
    return all(QUOTE_LINE.match(line) for line in lines)


def blockquote_dialogue(blocks: list[Block], names: tuple[str | None, str | None],
                        paragraphs: Callable[[str], list[str]],
                        make: Callable[[str], Paragraph]) -> list[RawTurn] | None:
    """Turns of an interview whose guest is set in blockquotes; None when the layout is not that."""
    quoted = [b for b in blocks if _quoted(b)]
    if len(quoted) < MIN_QUOTES:
        return None
    first = blocks.index(quoted[0])
    plain_after = [b for b in blocks[first:] if not _quoted(b) and not HEADING.match(b.text.strip())]
    if len(plain_after) < 2:
        return None
    host, guest = names[0] or "Host", names[1] or "Guest"
    turns: list[RawTurn] = []
    for index, block in enumerate(blocks):
        if index < first and EDITORIAL.search(block.text) and len(block.text) < 300:
            turns.append(RawTurn(block.line, TurnType.NARRATION, None, None,
                                 tuple(make(p) for p in paragraphs(block.text))))
            continue  # an editor's note about the transcript, before anyone speaks
        heading = HEADING.match(block.text.strip())
        if heading:
            turns.append(RawTurn(block.line, TurnType.HEADING, None, None,
                                 ((Segment(SegmentKind.TEXT, heading.group("text")),),)))
            continue
        is_guest = _quoted(block)
        text = "\n".join(QUOTE_LINE.sub("", line) for line in block.text.split("\n")) if is_guest else block.text
        why = "set in a blockquote: the guest's words" if is_guest else "plain paragraphs between blockquotes: the host's words"
        turns.append(RawTurn(block.line, TurnType.SPEECH, guest if is_guest else host, None,
                             tuple(make(p) for p in paragraphs(text)), why))
    return turns

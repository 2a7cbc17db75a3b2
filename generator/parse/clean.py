"""Stage 2, clean: ``Source`` -> ``CleanDoc``.

In: decoded text.  Out: the text split into blocks (runs of non-blank lines) with
web-page furniture taken out, each removal recorded with its reason: navigation
("All news"), share and donation appeals, photo captions and credits, shortcodes
("[post-views]"), language pickers, author boxes and the page footer that follows
them.  Field lines in the header and trailer ("Source: ...", "PRN: ...") and
licence lines after the dialogue become ``Field`` metadata.  Inside the dialogue
(from the first labelled turn to the last) a block is speech: words in it never
remove it or make it a field; only a page widget standing alone goes.  A field key
the document uses as a speaker label ("Interviewer:" twice) opens turns.  Page
numbers need evidence of pagination.  Missing spaces after a full stop ("died.We")
are restored.  Nothing is dropped without a ``Removal`` record.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from . import labels
from ..model import Block, CleanDoc, Field, Removal, Source

BLANK = re.compile(r"^[ \t]*$")
SHORTCODE = re.compile(r"^\[(?:[a-z][a-z0-9]*[-_][a-z0-9_-]+|gallery|caption|embed|audio|video|playlist)\]$")
END_MARK = re.compile(r"^[\[(]?\s*(?:ends?|end of transcript|end|###|-\s*30\s*-)\s*[\])]?\.?$", re.I)
NAVIGATION = re.compile(
    r"^(?:all news|news|home|menu|back|back to top|top|skip to (?:main )?content|print|print this|share|"
    r"share this|tweet|email|comments?|related|related articles|related news|read more|more|next|previous|"
    r"subscribe|sign in|log ?in|search|top stories|latest news|most read|advertisement|ad|sponsored)$",
    re.I,
)
SHARE = re.compile(
    r"\b(?:please share|share (?:this|it) with|share with (?:your )?(?:kin|friends|family)|spread the word|"
    r"reach as many readers|forward this (?:email|article))\b", re.I)
DONATION = re.compile(
    r"\b(?:donat(?:e|ion|ions|ing)|send what you can|support (?:us|our work|independent)|scan our qr|"
    r"patreon|paypal|buy me a coffee|button below)\b", re.I)
SUBSCRIBE = re.compile(r"\b(?:subscribe to (?:our|the)|sign up for our|follow us on|join our newsletter)\b", re.I)
LANGUAGES = re.compile(r"\bread (?:it|this) in your language\b", re.I)
APPEALS = [(SHARE, "share appeal"), (DONATION, "donation appeal"), (SUBSCRIBE, "subscription appeal"),
           (LANGUAGES, "language picker")]
ANY_APPEAL = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in APPEALS), re.I)  # one scan first
AUTHOR_BOX = re.compile(r"^about the author(?:s|\(s\))?:?$", re.I)
LICENCE = re.compile(
    r"\b(?:licen[cs]ed under|creative commons|all rights reserved|reproduction (?:is )?prohibited)\b"
    r"|^(?:©|\(c\)|copyright)\s*\d{4}", re.I)
FIELD_LINE = re.compile(
    r"^(?P<key>Source|Sources|PRN|Copyright|Credit|Transcript|Transcribed by|Translated by|Translation|"
    r"Date|Location|Venue|Place|Speaker|Speakers|Interviewer|Subjects|Tags|Published|Note)\s*:\s*(?P<value>\S.{0,300})$",
    re.I)
CREDIT = re.compile(
    r"(?:^|\()\s*©|\(\s*@\w|\((?:[^()]*/\s*)?(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|TASS|Sputnik|"
    r"RIA Novosti|Xinhua|Photo|PHOTO|File|Pool)\b[^()]*\)")
CREDIT_LINE = re.compile(r"^\s*©\s*[^\n]{1,80}$")
POSITIONAL = re.compile(r"\((?:L|R|C|L-R|R-L|left|right|centre|center|top|bottom)\)")
MD_HEADING = labels.MD_HEADING  # group 1 is the heading text
CONTENTS_TITLE = re.compile(r"^(?:#{1,6}\s*)?(?:table of )?contents:?$|^in this (?:episode|article|issue):?$", re.I)
LIST_ITEM = re.compile(r"^(?:[*+-]|\d{1,3}[.)])\s+(.+)$")
DISCLAIMER = re.compile(r"^(?:E\s*&\s*OE|E\.\s*&\s*O\.\s*E\.|errors and omissions excepted|check against delivery|"
                        r"as prepared for delivery|embargoed until\b.*)\W*$", re.I)
LINK_LINE = re.compile(r"^(?:[\w .'’-]{1,30}:\s*)?(?:https?://|www\.)\S+$", re.I)
PAGE_BREAK = re.compile(r"^-{2,}\s*page\s+\d+\s*-{2,}$|^\f$|^page \d+ of \d+$", re.I)
PAGE_NUMBER = re.compile(r"^\d{1,4}$")
DIGITS = re.compile(r"\d+")
# A sentence end or a comma with no space after it ("away.The", "yes,and"); replaced by itself and a space.  The
# pattern opens with the punctuation, so the regex engine skips ahead to it instead of trying the look-behind at
# every position (about three times faster than the zero-width form, with the same result).
MISSING_SPACE = re.compile(r"[.!?](?<=[a-z]{2}.)(?=[A-Z][a-z])|,(?<=[a-z],)(?=[a-z]{2})")


def split_blocks(text: str, first_line: int = 1) -> list[Block]:
    """Split text into blocks of consecutive non-blank lines."""
    blocks: list[Block] = []
    current: list[str] = []
    start = first_line
    gap = 0
    for number, line in enumerate(text.split("\n"), first_line):
        if BLANK.match(line):
            if current:
                blocks.append(Block(start, "\n".join(current), gap))
                current, gap = [], 0
            gap += 1
            continue
        if not current:
            start = number
        current.append(line.strip())
    if current:
        blocks.append(Block(start, "\n".join(current), gap))
    return blocks


PAGE_MIN_LINES = 5  # a printed page holds more than a handful of lines: numbers closer together are a list
# or a countdown ("3 / 2 / 1"), not pagination
PAGE_STEP_MAX = 2  # consecutive page numbers may skip one unnumbered page (a picture, a blank page), no more
PAGE_BREAK_NEAR = 2  # lines: a number printed just before or after a page break ("-- page 2 --") numbers it
RUNNING_HEADER_MIN = 3  # a line shape repeated this often (with its numbers changing) is a running page header


def _page_numbers(numbered: list[tuple[int, int]]) -> set[int]:
    """Positions of number-only lines that paginate: an increasing sequence whose members are pages apart.

    A lone number, or numbers in a row, decreasing or close together, is text (a count, a list, an answer)."""
    pages: set[int] = set()
    for (at_a, a), (at_b, b) in zip(numbered, numbered[1:]):
        if 0 < b - a <= PAGE_STEP_MAX and at_b - at_a >= PAGE_MIN_LINES:
            pages |= {at_a, at_b}
    return pages


def _page_furniture(blocks: list[Block]) -> dict[int, str]:
    """Line numbers of the lines that are page furniture in this document: page breaks, running heads, page
    numbers (as evidence of pagination, never one number alone).  A label line is never a running head, though
    name + time labels ("Anna Smith  0:37") repeat with their numbers changing just like one."""
    lines = [(b.line + offset, line) for b in blocks for offset, line in enumerate(b.text.split("\n"))]
    shape_of = {at: DIGITS.sub("#", line) for at, line in lines  # each line's shape, made once
                if len(line) <= 80 and DIGITS.search(line) and not PAGE_NUMBER.match(line)}
    shapes = Counter(shape_of.values())
    breaks = [at for at, line in lines if PAGE_BREAK.match(line)]
    numbered = [(at, int(line)) for at, line in lines if PAGE_NUMBER.match(line)]
    near_break = {at + step for at in breaks for step in range(-PAGE_BREAK_NEAR, PAGE_BREAK_NEAR + 1)}
    pages = _page_numbers(numbered) | {at for at, _ in numbered if at in near_break}
    furniture = {}
    timed = _timed_labels(blocks, lines, shapes)
    for at, line in lines:
        if PAGE_BREAK.match(line):
            furniture[at] = "page break"
        elif at in pages:
            furniture[at] = "page number"
        elif at in shape_of and shapes[shape_of[at]] >= RUNNING_HEADER_MIN \
                and not _label_line(line, timed) and not labels.time_only(line):
            furniture[at] = "running page header"
    return furniture


def _lines_and_gaps(blocks: list[Block]) -> list[str]:
    """The blocks' lines with a blank line between blocks (where a turn can start)."""
    lines: list[str] = []
    for block in blocks:
        lines.extend(block.text.split("\n"))
        lines.append("")
    return lines


def _timed_labels(blocks: list[Block], lines: list[tuple[int, str]], shapes: Counter) -> frozenset[str]:
    """The document's name + time labels, asked for only when a line of that shape recurs like a running head."""
    recurring = any(shapes[DIGITS.sub("#", line)] >= RUNNING_HEADER_MIN and (c := labels.candidate(line))
                    and c.style == "timed" for _, line in lines if len(line) <= 80 and DIGITS.search(line))
    return labels.timed_labels(_lines_and_gaps(blocks)) if recurring else frozenset()


def _label_line(line: str, timed: frozenset[str]) -> bool:
    """A line that opens with a label candidate; a name + time line only when the document uses that shape for
    its labels (a running head with a name and a clock time stays furniture)."""
    found = labels.candidate(line)
    return bool(found) and (found.style != "timed" or found.key in timed)


def _strip_lines(block: Block, furniture: dict[int, str], removed: list[Removal]) -> Block | None:
    """Drop page furniture and photo-credit lines that share a block with other text."""
    lines = block.text.split("\n")
    kept = []
    for offset, line in enumerate(lines):
        reason = furniture.get(block.line + offset) or \
            ("photo credit" if len(lines) > 1 and CREDIT_LINE.match(line) else None)
        if reason:
            removed.append(Removal(block.line + offset, line.strip(), reason))
        else:
            kept.append((offset, line))
    if not kept:
        return None
    if len(kept) == len(lines):
        return block
    return Block(block.line + kept[0][0], "\n".join(line for _, line in kept), block.gap_before)


def _headings(blocks: list[Block]) -> set[str]:
    return {_key(m.group(1)) for b in blocks for line in b.text.split("\n") if (m := MD_HEADING.match(line))}


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _is_contents(text: str, headings: set[str]) -> bool:
    """A list whose items name the document's own headings: a table of contents."""
    lines = text.split("\n")
    items = [m.group(1) for line in lines if (m := LIST_ITEM.match(line))]
    if len(items) < 3 or len(items) < len(lines) - 1:
        return False
    titled = bool(CONTENTS_TITLE.match(lines[0]))
    return titled or sum(_key(i) in headings for i in items) >= min(3, len(items) / 2)


def _furniture_reason(text: str, near_top: bool) -> str | None:
    """Reason for removing a block that is page furniture wherever it stands."""
    one_line = "\n" not in text
    if all(LINK_LINE.match(line) for line in text.split("\n")):
        return "links"
    if one_line and SHORTCODE.match(text.strip()):
        return "web page shortcode"
    if one_line and DISCLAIMER.match(text.strip()):
        return "disclaimer"
    if one_line and near_top and NAVIGATION.match(text.strip()):
        return "site navigation"
    if len(text) <= 600 and ANY_APPEAL.search(text):
        return next(reason for pattern, reason in APPEALS if pattern.search(text))
    return None


def _caption_score(block: Block, typical_gap: float, accepted: frozenset[str]) -> int:
    text = block.text
    label = labels.candidate(text)
    if label and label.key in accepted:
        return 0
    score = 0
    if CREDIT.search(text) and len(text) <= 700:
        score += 3
    if POSITIONAL.search(text) and len(text) <= 400:
        score += 2
    if block.gap_before >= 2 and typical_gap < 2:
        score += 1
    if len(text) <= 300:
        score += 1
    if label and label.key not in accepted and labels.JOINT.search(label.label) and label.rest:
        score += 1  # "Merkel and Putin: They have ..." reads like a label but names two people
    return score


def _similar(a: str, b: str) -> bool:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.8


SHORT_BLOCK_CHARS = 200  # a headline, a field line or a button; a block past it is the text's first paragraph
FOOTER_BLOCK_CHARS = 400  # page footers are short notes (licence, appeal, links); a longer block after the
# candidate start means the text goes on, so the candidate was a mention inside the text, not a footer


def _footer_start(blocks: list[Block], last_label: int, short: list[bool]) -> int:
    """Index of the first block of the page footer, or len(blocks): a run of short blocks after the dialogue
    (after the last labelled turn and past the middle of the text) that opens with footer furniture and
    holds only short blocks after it (``short``, see ``_short_runs``)."""
    total = sum(len(b.text) for b in blocks) or 1
    seen = 0
    for index, block in enumerate(blocks):
        seen += len(block.text)
        if index <= last_label or seen < total * 0.5:
            continue
        text = block.text.strip()
        if AUTHOR_BOX.match(text):
            return index
        if (SHORTCODE.match(text) or LICENCE.search(text) and len(text) < FOOTER_BLOCK_CHARS
                or LANGUAGES.search(text) or DONATION.search(text) and len(text) < FOOTER_BLOCK_CHARS) \
                and short[index]:
            return index
    return len(blocks)


def _short_runs(blocks: list[Block]) -> list[bool]:
    """For each index: every block from there to the end is short, or follows an author-box heading (which
    may hold a longer biography).  One pass from the end: linear time."""
    short = [True] * (len(blocks) + 1)
    for index in range(len(blocks) - 1, -1, -1):
        text = blocks[index].text
        short[index] = bool(AUTHOR_BOX.match(text.strip())) or len(text) < FOOTER_BLOCK_CHARS and short[index + 1]
    return short


def _field(block: Block, edge: bool, as_labels: frozenset[str]) -> Field | None:
    if "\n" in block.text or not edge:
        return None
    match = FIELD_LINE.match(block.text.strip())
    if not match or labels.label_key(match.group("key")) in as_labels:
        return None
    return Field(block.line, match.group("key").strip().title() if len(match.group("key")) > 3
                 else match.group("key").upper(), match.group("value").strip())


def _turn_labels(blocks: list[Block], accepted: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(labels that open turns here, field keys used as labels).

    A field key ("Interviewer:", "SPEAKER:") is a speaker label when the document uses it as one: it opens two
    or more lines (or stands as a label inside a paragraph, "... born? SPEAKER: Good"), or is written in
    capitals like the document's other labels.  A field key used once, in another shape, is a header or
    trailer field and opens no turn."""
    lines = [line for b in blocks for line in b.text.split("\n")]
    openers = [c for line in lines if (c := labels.candidate(line))]
    counts = Counter(c.key for c in openers)
    counts.update(labels.label_key(m.group("label")) for line in lines for m in labels.mid_labels(line))
    caps = {c.key for c in openers if c.key in accepted and _capitals(c.label)}
    keys = {labels.label_key(m.group("key")) for b in blocks if (m := FIELD_LINE.match(b.text.strip()))}
    as_labels = frozenset(k for k in keys & accepted if counts[k] >= 2 or k in caps and len(caps - {k}) >= 1)
    return accepted - (keys - as_labels), as_labels


def _capitals(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _labelled(blocks: list[Block], turn_labels: frozenset[str]) -> list[int]:
    """Indexes of the blocks with a line that opens a turn (the turn parser starts a turn at any such line)."""
    return [i for i, b in enumerate(blocks)
            if any((c := labels.candidate(line)) and c.key in turn_labels for line in b.text.split("\n"))]


WIDGET_CHARS = 100  # a share or donate button's text is a short line; speech runs longer
SENTENCE_END = re.compile(r"[.!?…\"”’')\]]$")


def _widget_reason(text: str, turn_labels: frozenset[str]) -> str | None:
    """Reason for removing a block inside the dialogue: a shortcode, or a button of the page ("Share this with
    your friends") standing alone between turns: one short line, no speaker label, not a sentence."""
    if "\n" in text:
        return None
    if SHORTCODE.match(text):
        return "web page shortcode"
    found = labels.candidate(text)
    if len(text) > WIDGET_CHARS or SENTENCE_END.search(text) or found and found.key in turn_labels:
        return None
    return next((reason for pattern, reason in APPEALS if pattern.search(text)), None)


@dataclass(frozen=True)
class _Layout:
    """Where the dialogue, the header and the trailer of one document are (block indexes)."""

    count: int
    first_label: int  # first block that opens a turn (count when none does)
    last_label: int  # last block that opens a turn (-1 when none does)
    header_end: int  # blocks before it may be header fields
    footer: int  # first block of the page footer (count when there is none)
    first_long: int  # first block longer than a short line of furniture
    short: list[bool]  # see ``_short_runs``
    headings: set[str]
    turn_labels: frozenset[str]
    as_labels: frozenset[str]  # field keys used as speaker labels

    def inside(self, index: int) -> bool:
        """From the first labelled turn to the last: a turn or a turn's continuation."""
        return self.first_label <= index <= self.last_label

    def edge(self, index: int) -> bool:
        """A header or trailer block: where metadata fields may stand."""
        return index < max(3, self.header_end) and not self.inside(index) or self.trailer(index)

    def trailer(self, index: int) -> bool:
        return index > self.last_label and (index >= self.count - 3 or index >= self.footer)


def _layout(blocks: list[Block], accepted: frozenset[str]) -> _Layout:
    turn_labels, as_labels = _turn_labels(blocks, accepted)
    labelled = _labelled(blocks, turn_labels)
    first_label, last_label = (labelled[0], labelled[-1]) if labelled else (len(blocks), -1)
    long = [i for i, b in enumerate(blocks) if len(b.text) > SHORT_BLOCK_CHARS]
    short = _short_runs(blocks)
    return _Layout(len(blocks), first_label, last_label, first_label if labelled else (long or [len(blocks)])[0],
                   _footer_start(blocks, last_label, short), (long or [0])[0], short, _headings(blocks),
                   turn_labels, as_labels)


def _removal_reason(text: str, index: int, layout: _Layout) -> str | None:
    """Why a block that is neither a field nor a licence line is furniture (None: it is text).

    Inside the dialogue (from the first labelled turn to the last) a block is a turn or a turn's continuation:
    only page widgets go (see ``_widget_reason``); words in a sentence never remove it."""
    if layout.inside(index):
        return _widget_reason(text, layout.turn_labels)
    reason = _furniture_reason(text, index <= layout.first_long)
    if reason is None and _is_contents(text, layout.headings):
        reason = "table of contents"
    if reason is None and index >= layout.footer:
        reason = "author box" if AUTHOR_BOX.match(text) else "page footer"
    if reason is None and index == layout.count - 1 and END_MARK.match(text):
        reason = "end-of-transcript mark"
    return reason


def clean(source: Source) -> CleanDoc:
    """Remove boilerplate from one document; record every removal."""
    blocks = split_blocks(source.text, source.body_line)
    removed: list[Removal] = []
    furniture = _page_furniture(blocks)
    blocks = [b for b in (_strip_lines(b, furniture, removed) for b in blocks) if b is not None]
    accepted = labels.accept_labels(_lines_and_gaps(blocks))
    fields: list[Field] = []
    gaps = [b.gap_before for b in blocks[1:]]
    typical_gap = median(gaps) if gaps else 1
    layout = _layout(blocks, accepted)
    kept: list[Block] = []
    captions: list[Block] = []
    for index, block in enumerate(blocks):
        field = _field(block, layout.edge(index), layout.as_labels)
        text = block.text.strip()
        if field:
            fields.append(field)
            continue
        if layout.trailer(index) and LICENCE.search(text) and len(text) < FOOTER_BLOCK_CHARS and layout.short[index]:
            fields.append(Field(block.line, "License", text))
            removed.append(Removal(block.line, text, "licence line (kept as metadata)"))
            continue
        reason = _removal_reason(text, index, layout)
        if reason:
            removed.append(Removal(block.line, text, reason))
        elif _caption_score(block, typical_gap, accepted) >= 3:
            removed.append(Removal(block.line, text, "photo caption"))
            captions.append(block)
        else:
            kept.append(block)
    kept = _drop_caption_twins(kept, captions, removed)
    kept = [Block(b.line, MISSING_SPACE.sub(r"\g<0> ", b.text), b.gap_before) for b in kept]
    removed.sort(key=lambda r: r.line)
    return CleanDoc(source, tuple(kept), tuple(removed), tuple(fields), accepted)


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

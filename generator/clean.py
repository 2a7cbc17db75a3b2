"""Stage 2, clean: ``Source`` -> ``CleanDoc``.

In: decoded text.  Out: the text split into blocks (runs of non-blank lines) with
web-page furniture taken out, each removal recorded with its reason: navigation
("All news"), share and donation appeals, photo captions and credits, shortcodes
("[post-views]"), language pickers, author boxes and the page footer that follows
them.  Field lines at the edges ("Source: ...", "PRN: ...") and licence lines
become ``Field`` metadata.  Missing spaces after a full stop ("died.We") are
restored.  Nothing is dropped without a ``Removal`` record.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from . import labels
from .model import Block, CleanDoc, Field, Removal, Source

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
MISSING_SPACE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z],)(?=[a-z]{2})")


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


def _page_furniture(blocks: list[Block]) -> dict[str, str]:
    """Lines that are page furniture in this document: page breaks, running heads, page numbers."""
    lines = [line for b in blocks for line in b.text.split("\n")]
    shapes = Counter(DIGITS.sub("#", line) for line in lines if DIGITS.search(line) and len(line) <= 80)
    numbers = sum(1 for line in lines if PAGE_NUMBER.match(line))
    furniture = {}
    for line in lines:
        if PAGE_BREAK.match(line):
            furniture[line] = "page break"
        elif numbers >= 2 and PAGE_NUMBER.match(line):
            furniture[line] = "page number"
        elif DIGITS.search(line) and len(line) <= 80 and shapes[DIGITS.sub("#", line)] >= 3 \
                and not labels.candidate(line) and not labels.time_only(line):
            furniture[line] = "running page header"
    return furniture


def _strip_lines(block: Block, furniture: dict[str, str], removed: list[Removal]) -> Block | None:
    """Drop page furniture and photo-credit lines that share a block with other text."""
    lines = block.text.split("\n")
    kept = []
    for offset, line in enumerate(lines):
        reason = furniture.get(line) or ("photo credit" if len(lines) > 1 and CREDIT_LINE.match(line) else None)
        if reason:
            removed.append(Removal(block.line + offset, line.strip(), reason))
        else:
            kept.append(line)
    if not kept:
        return None
    return Block(block.line + lines.index(kept[0]), "\n".join(kept), block.gap_before) \
        if len(kept) != len(lines) else block


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


def _footer_start(blocks: list[Block], accepted: frozenset[str]) -> int:
    """Index of the first block of the page footer, or len(blocks)."""
    last_label = max((i for i, b in enumerate(blocks)
                      if (c := labels.candidate(b.text)) and c.key in accepted), default=-1)
    total = sum(len(b.text) for b in blocks) or 1
    seen = 0
    for index, block in enumerate(blocks):
        seen += len(block.text)
        if index <= last_label or seen < total * 0.5:
            continue
        text = block.text.strip()
        if SHORTCODE.match(text) or AUTHOR_BOX.match(text) or LICENCE.search(text) and len(text) < 400 \
                or LANGUAGES.search(text) or DONATION.search(text) and len(text) < 400:
            return index
    return len(blocks)


def _field(block: Block, edge: bool) -> Field | None:
    if "\n" in block.text or not edge:
        return None
    match = FIELD_LINE.match(block.text.strip())
    if not match:
        return None
    return Field(block.line, match.group("key").strip().title() if len(match.group("key")) > 3
                 else match.group("key").upper(), match.group("value").strip())


def clean(source: Source) -> CleanDoc:
    """Remove boilerplate from one document; record every removal."""
    blocks = split_blocks(source.text, source.body_line)
    removed: list[Removal] = []
    furniture = _page_furniture(blocks)
    blocks = [b for b in (_strip_lines(b, furniture, removed) for b in blocks) if b is not None]
    accepted = labels.accept_labels(line for b in blocks for line in b.text.split("\n"))
    fields: list[Field] = []
    gaps = [b.gap_before for b in blocks[1:]]
    typical_gap = median(gaps) if gaps else 1
    footer = _footer_start(blocks, accepted)
    headings = _headings(blocks)
    first_long = next((i for i, b in enumerate(blocks) if len(b.text) > 200), 0)
    first_label = next((i for i, b in enumerate(blocks)
                        if (c := labels.candidate(b.text)) and c.key in accepted), len(blocks))
    kept: list[Block] = []
    captions: list[Block] = []
    for index, block in enumerate(blocks):
        edge = index < max(3, first_label) or index >= len(blocks) - 3 or index >= footer
        field = _field(block, edge)
        text = block.text.strip()
        if field:
            fields.append(field)
            continue
        if LICENCE.search(text) and len(text) < 400 and (index >= footer or index >= len(blocks) - 3):
            fields.append(Field(block.line, "License", text))
            removed.append(Removal(block.line, text, "licence line (kept as metadata)"))
            continue
        reason = _furniture_reason(text, index <= first_long)
        if reason is None and _is_contents(text, headings):
            reason = "table of contents"
        if reason is None and index >= footer:
            reason = "author box" if AUTHOR_BOX.match(text) else "page footer"
        if reason is None and index == len(blocks) - 1 and END_MARK.match(text):
            reason = "end-of-transcript mark"
        if reason:
            removed.append(Removal(block.line, text, reason))
            continue
        if _caption_score(block, typical_gap, accepted) >= 3:
            removed.append(Removal(block.line, text, "photo caption"))
            captions.append(block)
        else:
            kept.append(block)
    kept = _drop_caption_twins(kept, captions, removed)
    kept = [Block(b.line, MISSING_SPACE.sub(" ", b.text), b.gap_before) for b in kept]
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

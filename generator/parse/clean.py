"""Stage 2, clean: ``Source`` -> ``CleanDoc``.

In: decoded text.  Out: the text split into blocks (runs of non-blank lines) with
page and web-page furniture taken out, each removal recorded with its reason.
First the page structure: headings underlined with punctuation (``underlined``), margin line numbers run
into the text by a PDF extractor (``inline_margins``), then (``structure``) margin line numbers, quoted dialogue,
page breaks and numbers, running heads, continuation marks, tables of contents, labels printed only with the
same words (``repeated_fields``), a site's prompts, rosters (kept, but no evidence of labels).  Then the block rules
of the registry ``clean`` (``clean_rules``: navigation, share and donation appeals,
shortcodes, disclaimers, language pickers, contents lists, end marks), photo
captions and credits, author boxes and the page footer that follows them.  Field
lines in the header and trailer ("Source: ...", "PRN: ...") and licence lines after
the dialogue become ``Field`` metadata.  Inside the dialogue (from the first
labelled turn to the last) a block is speech: words in it never remove it or make
it a field; only a page widget standing alone goes.  In a document of one speaker's
prose an appeal goes only by its shape (a button, a link).  A field key the
document uses as a speaker label ("Interviewer:" twice) opens turns.  Missing
spaces after a full stop ("died.We") are restored.  Inside the dialogue each note of the record
(``clean_rules.NOTES``: a bracketed stage direction, a procedure line, an editorial field) is set on a block of
its own, which the turn parser reads as a note between turns, never as speech; so is a direction written after
the last words of a turn on the same line (``clean_rules.trailing_note``).  A record's section headings in
capitals between the speeches (``clean_rules.capitals_headings``) and a show's segment titles
(``segment_titles``) are set on blocks of their own, marked as headings.  Credits, transcriber lists and
accuracy notes after the last speech (``clean_rules.credits_start``) are trailer furniture.  Nothing is dropped
without a ``Removal`` record.
"""

from __future__ import annotations

import regex as re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from statistics import median

from . import (bold_headings, clean_rules as rules, head_labels, inline_margins, label_grammar, labels,
               layouts, line_table, media_description, note_lines, quoted_qa, reading_head, structure, stt_headings,
               underlined)
from .clean_rules import AUTHOR_BOX, DONATION, LANGUAGES, SHORTCODE
from .structure import split_blocks  # noqa: F401  (part of this module's interface)
from .header_titles import date_apart
from .captions import CAPTION_SCORE, WORDS, _caption_score, _drop_caption_twins  # noqa: F401
from ..model import Block, CleanDoc, Field, Removal, Source

LICENCE = re.compile(
    r"\b(?:licen[cs]ed under|creative commons|all rights reserved|reproduction (?:is )?(?:prohibited|permitted|authori[sz]ed))\b"
    r"|^(?:©|\(c\)|copyright)\s*\d{4}", re.I)
FIELD_LINE = re.compile(
    r"^(?P<key>Source|Sources|PRN|Copyright|Credit|Transcript|Transcribed by|Translated by|Translation|"
    r"Date|Location|Venue|Place|Speaker|Speakers|Interviewer|Subjects|Tags|Published|Note)\s*:\s*(?P<value>\S.{0,300})$",
    re.I)

CREDIT_LINE = re.compile(r"^\s*©\s*[^\n]{1,80}$")
CREDIT_MARK = "©"  # every ``CREDIT_LINE`` holds it: a block without it has no credit line (not read line by line)
MD_HEADING = labels.MD_HEADING  # group 1 is the heading text
# A sentence end or a comma with no space after it ("away.The", "yes,and"); replaced by itself and a space.  The
# pattern opens with the punctuation, so the regex engine skips ahead to it instead of trying the look-behind at
# every position (about three times faster than the zero-width form, with the same result).
# Each alternative is also searched on its own (``MISSING_SPACE_PARTS``): a pattern opening with one literal
# character is skipped ahead to it by the engine, one opening with a class ("[.!?]") is tried at every position
# (five times slower on 7.8 MB); the matches are single characters, so the parts find the positions the whole finds.
MISSING_SPACE_PARTS = tuple(re.compile(re.escape(mark) + r"(?<=[a-z]{2}.)(?=[A-Z][a-z])") for mark in ".!?") + (
    re.compile(r",(?<=[a-z],)(?=[a-z]{2})"),)
MISSING_SPACE = re.compile("|".join(part.pattern for part in MISSING_SPACE_PARTS))


def _page_furniture(blocks: list[Block]) -> dict[int, str]:
    """Line numbers of the lines that are page furniture in this document (see ``structure.furniture``)."""
    return structure.furniture(blocks)[0]


def _headings(blocks: list[Block]) -> frozenset[str]:
    return frozenset(rules.key(m.group(1)) for b in blocks if "#" in b.text for line in line_table.block(b.text).lines
                     if line[:1] == "#" and (m := MD_HEADING.match(line)))  # (a heading opens with "#": a block
    # without one is not read line by line)


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
        if short[index] and (SHORTCODE.match(text) or len(text) < FOOTER_BLOCK_CHARS and LICENCE.search(text)
                             or LANGUAGES.search(text) or len(text) < FOOTER_BLOCK_CHARS and DONATION.search(text)
                             and (last_label >= 0 or rules.appeal_shaped(text))):
            # (``short`` first: a block followed by a long one opens no footer, and is not searched)
            # a document of one speaker's prose ends with the speaker's words: only an appeal by its shape there
            return _box_above(blocks, index, last_label)
    return len(blocks)


BOX_LINE_END = re.compile(r"[.!?…:;\"”]$")  # a sentence's end: a line of speech, not a box's link or contact line


def _box_above(blocks: list[Block], start: int, last_label: int) -> int:
    """Where a page footer that starts at ``start`` really starts: at the heading of a box of one-line links and
    contact lines right above it ("### Find out more" / "Calendar of ... meetings" / "Directorate General
    Communications" / "Tel.: ..., E-mail: ..." over "Reproduction is permitted ..."), or at ``start`` when the
    lines above it lead to no heading (the end of a speech)."""
    index = start - 1
    while index > last_label and _box_line(blocks[index].text.strip()):
        if labels.MD_HEADING.match(blocks[index].text.strip()):
            return index
        index -= 1
    return start


def _box_line(text: str) -> bool:
    return "\n" not in text and len(text) < SHORT_BLOCK_CHARS and not BOX_LINE_END.search(text)


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
    keys = {labels.label_key(m.group("key")) for b in blocks if (m := FIELD_LINE.match(b.text.strip()))}
    if not keys & accepted:  # (no field key is among the labels: nothing to weigh, the labels are counted only else)
        return accepted - keys, frozenset()
    tables = [line_table.block(b.text) for b in blocks]
    openers = [c for table in tables for c in table.candidates if c]
    counts = Counter(c.key for c in openers)
    counts.update(labels.label_key(m.group("label")) for table in tables for line in table.lines
                  for m in labels.labels_inside(line))
    caps = {c.key for c in openers if c.key in accepted and _capitals(c.label)}
    as_labels = frozenset(k for k in keys & accepted if counts[k] >= 2 or k in caps and len(caps - {k}) >= 1)
    return accepted - (keys - as_labels), as_labels


def _capitals(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _labelled(blocks: list[Block], turn_labels: frozenset[str]) -> list[int]:
    """Indexes of the blocks with a line that opens a turn (the turn parser starts a turn at any such line)."""
    return [i for i, b in enumerate(blocks)
            if any(c and c.key in turn_labels for c in line_table.block(b.text).candidates)]


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
    credits: int  # first block of the credits that close the transcript (count when there are none)
    contexts: dict = field(default_factory=dict, compare=False)  # the rule contexts made so far (``context``)

    def context(self, index: int) -> rules.Context:
        """What a block rule may know about the block at ``index``: one of a few contexts (they differ only in
        whether the block is near the top, last, in the closing credits), each made once."""
        where = (index <= self.first_long, index == self.count - 1, index >= self.credits)
        made = self.contexts.get(where)
        if made is None:
            made = self.contexts[where] = rules.Context(where[0], where[1], self.headings, self.turn_labels,
                                                        self.last_label < 0, where[2])
        return made

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
                   turn_labels, as_labels, rules.credits_start([b.text for b in blocks], last_label))


def _removal_reason(text: str, index: int, layout: _Layout) -> str | None:
    """Why a block that is neither a field nor a licence line is furniture (None: it is text): the first rule of
    the ``clean`` registry (``clean_rules``) that fires where it stands, else the page footer.

    Inside the dialogue (from the first labelled turn to the last) a block is a turn or a turn's continuation:
    only a page widget standing alone goes; words in a sentence never remove it."""
    scope = "speech" if layout.inside(index) else "body"
    context = layout.context(index)
    if scope == "body" and index >= layout.footer:  # the page footer, unless an earlier rule names the block
        rule, _ = rules.BLOCK_RULES.first(scope, text, context)
        if rule is None or rule.name == "end mark":
            return "author box" if AUTHOR_BOX.match(text) else "page footer"
        return rule.action(text)
    rule, _ = rules.BLOCK_RULES.first(scope, text, context)
    return rule.action(text) if rule else None


UNDERLINED_FORMATS = ("plain text", "Markdown")  # formats whose headings may be underlined (reStructuredText, setext)


def clean(source: Source) -> CleanDoc:
    """Remove boilerplate from one document; record every removal."""
    text = underlined.headings(source.text) if source.format in UNDERLINED_FORMATS else source.text
    text, cover, removed = inline_margins.unflatten(text, source.body_line)
    text, timed = stt_headings.rewrite(text) if source.format == "Markdown" else (text, frozenset())
    text, headed, notes = head_labels.rewrite(text) if source.format == "Markdown" else (text, frozenset(), ())
    text, prepared = structure.prepare(text, source.body_line)
    text, inferred = label_grammar.rewrite(text)  # labels in a shape the document's own evidence shows
    removed += prepared + [Removal(source.body_line + i, n.strip(), "notes under a speaker heading") for i, n in notes]
    blocks = reading_head.split(date_apart(split_blocks(text, source.body_line)))  # (a sermon's title and reading)
    described = media_description.read(blocks, source.format)  # (a model's description of a video: its notes)
    blocks, removed = described.blocks, removed + described.removed
    furniture, rosters = structure.furniture(blocks)
    rosters |= frozenset(range(source.body_line, source.body_line + cover))  # a court caption page lists counsel
    if furniture or any(CREDIT_MARK in b.text for b in blocks):  # (else ``strip_lines`` keeps every block as it is)
        blocks = [b for b in (structure.strip_lines(b, furniture, CREDIT_LINE, removed, CREDIT_MARK) for b in blocks)
                  if b is not None]
    accepted, cues = labels.accept_labels_and_cues(structure.lines_and_gaps(blocks, rosters))
    accepted |= {labels.label_key(h) for h in headed | timed | inferred}
    accepted |= {c.key if (c := labels.candidate(f"{name}:")) else labels.label_key(name) for name in source.attributed}
    accepted -= layouts.preface_labels(blocks, accepted)  # a summary's fields before "# Transcript" name no one
    accepted -= quoted_qa.outside_labels(source.text, accepted) | described.keys  # "回到那张图：" beside quoted Q&A
    blocks = [b for b in (_without_section_key(b, accepted, removed) for b in blocks) if b is not None]
    gaps = [b.gap_before for b in blocks[1:]]
    typical_gap = median(gaps) if gaps else 1
    layout = _layout(blocks, accepted)
    dialogue = [line_table.block(b.text).lines for b in blocks[layout.first_label:]]
    if dialogue:  # the lines before the first turn are the header: its title in capitals is no section heading
        dialogue[0] = dialogue[0][_first_turn_line(blocks[layout.first_label], layout.turn_labels):]
    headings = bold_headings.headings(dialogue, [b.line for b in blocks[layout.first_label:]], source.bold_lines,
                                      layout.turn_labels)  # (in capitals, segment titles, topics, in bold)
    noted = note_lines.noted([b.text for b in blocks[layout.first_label:]]) if not headings else set()
    fields: list[Field] = []
    kept: list[Block] = []
    captions: list[Block] = []
    for index, block in enumerate(blocks):
        field = _field(block, layout.edge(index), layout.as_labels)
        text = block.text.strip()
        if field:
            fields.append(field)
            continue
        if layout.trailer(index) and len(text) < FOOTER_BLOCK_CHARS and layout.short[index] and LICENCE.search(text):
            fields.append(Field(block.line, "License", text))
            removed.append(Removal(block.line, text, "licence line (kept as metadata)"))
            continue
        reason = _removal_reason(text, index, layout)
        if reason:
            removed.append(Removal(block.line, text, reason))
        elif _caption_score(block, typical_gap, accepted, CAPTION_SCORE) >= CAPTION_SCORE:
            removed.append(Removal(block.line, text, "photo caption"))
            captions.append(block)
        elif index >= layout.first_label and not headings and index - layout.first_label not in noted:
            kept.append(block)  # (``_notes_apart`` would keep it whole: no line of it can be a note or a heading)
        elif index >= layout.first_label:
            first_turn = _first_turn_line(block, layout.turn_labels) if index == layout.first_label else 0
            # (whether the block ends a turn matters only when its last line ends with a bracket: not asked else)
            ends = block.text.rsplit("\n", 1)[-1].rstrip().endswith(BRACKET_ENDS) and _ends_turn(blocks, index, layout)
            kept.extend(_notes_apart(block, layout.turn_labels, ends, headings, first_turn))
        else:
            kept.append(block)
    kept = _drop_caption_twins(kept, captions, removed)
    kept = _spaced(kept)
    removed.sort(key=lambda r: r.line)
    return CleanDoc(source, tuple(kept), tuple(removed), tuple(fields), accepted, cues, described.described)


def _spaced(kept: list[Block]) -> list[Block]:
    """The blocks with the spaces missing after a full stop or a comma restored (``MISSING_SPACE``).  One scan of
    the blocks' texts joined by line ends finds the blocks that miss one (the pattern reads two characters either
    side of the mark, none of them a line end, so a match never spans two blocks); only those are rewritten, the
    others are kept as they are (most blocks)."""
    starts, at = [], 0
    for block in kept:
        starts.append(at)
        at += len(block.text) + 1
    text = "\n".join(b.text for b in kept)
    hit = {bisect_right(starts, m.start()) - 1 for part in MISSING_SPACE_PARTS for m in part.finditer(text)}
    return [Block(b.line, MISSING_SPACE.sub(r"\g<0> ", b.text), b.gap_before) if i in hit else b
            for i, b in enumerate(kept)] if hit else kept


def _without_section_key(block: Block, accepted: frozenset[str], removed: list[Removal]) -> Block | None:
    """A block without the section key on its first line ("FULL TRANSCRIPT:", "TIMESTAMPED TRANSCRIPT:" over the
    words of a video dump; ``clean_rules.SECTION_KEY``): the page's heading for its transcript, no one's label."""
    end = block.text.find("\n")
    first = block.text if end < 0 else block.text[:end]
    if ":" not in first and "\uff1a" not in first:
        return block  # (``SECTION_KEY`` ends with a colon: a first line without one is not searched, most blocks)
    found = rules.SECTION_KEY.match(first.strip())
    if not found or (c := labels.candidate(first)) and c.key in accepted:
        return block
    rest = block.text[end + 1:] if end >= 0 else ""
    removed.append(Removal(block.line, first.strip(), "section heading (the page's own Transcript heading)"))
    return Block(block.line + 1, rest, block.gap_before) if rest.strip() else None


def _notes_apart(block: Block, accepted: frozenset[str], ends_turn: bool, headings: frozenset[str],
                 first_turn: int = 0) -> list[Block]:
    """A block of the dialogue with each note of the record (``clean_rules.note_spans``: a stage direction, a
    procedure line, an editorial field) set on a block of its own, so the turn parser reads it as a note between
    the turns and the speaker's words around it as one turn.  A direction after the last words of a turn on the
    same line (``clean_rules.trailing_note``) is cut off first: where a label or a note follows the line, or the
    block ends a turn (``ends_turn``).  Each of the document's headings in capitals (``headings``, see
    ``clean_rules.capitals_headings``) from the block's first turn (line ``first_turn``) on is set on a block of its
    own, marked as a Markdown heading; the lines before the first turn are the document's header."""
    if not headings and not note_lines.may_hold_note(block.text):
        return [block]  # no line that can open a note, end with a direction or be a heading (the pre-test's comment)
    lines = block.text.split("\n")
    if len(lines) == 1 and not lines[0].rstrip().endswith(BRACKET_ENDS) \
            and not (first_turn <= 0 and rules.heading_at(lines, 0, accepted, headings)):
        return [block]  # one line with no direction after its words and no heading: a note or not, it stays whole
    pieces = [(offset, piece) for offset, line in enumerate(lines)
              for piece in (rules.trailing_note(line, accepted) if line.rstrip().endswith(BRACKET_ENDS) and rules.may_trail(
                  line) and (_opens(lines, offset + 1, accepted) if offset + 1 < len(lines) else ends_turn) else [line])]
    lines = [piece for _, piece in pieces]
    heads = {i for i in range(len(lines)) if pieces[i][0] >= first_turn and rules.heading_at(lines, i, accepted, headings)}
    spans = rules.note_spans(lines, accepted) + [(i, i + 1) for i in heads]
    if not spans or spans == [(0, len(lines))] and not heads:
        return [block]
    cuts = sorted({0, len(lines)} | {at for span in spans for at in span})
    return [Block(block.line + pieces[start][0], "## " + lines[start].strip() if start in heads
                  else "\n".join(lines[start:end]), block.gap_before if start == 0 else 0)
            for start, end in zip(cuts, cuts[1:])]


BRACKET_ENDS = (")", "]", ").", "].")  # how a line that ends with a direction in brackets ends


def _first_turn_line(block: Block, turn_labels: frozenset[str]) -> int:
    """Index of the block's first line that opens a turn (0 when none does)."""
    return next((i for i, c in enumerate(line_table.block(block.text).candidates) if c and c.key in turn_labels), 0)


def _opens(lines: list[str], index: int, accepted: frozenset[str]) -> bool:
    """The line at ``index`` opens a turn (a label the document uses) or a note of the record."""
    found = labels.candidate(lines[index])
    return bool(found and found.key in accepted) or rules.note_starts(lines, index, accepted)


def _ends_turn(blocks: list[Block], index: int, layout: _Layout) -> bool:
    """The block at ``index`` is the last of a turn: no block follows, or the next opens a turn or a note."""
    return index + 1 >= len(blocks) or _opens(line_table.block(blocks[index + 1].text).lines, 0, layout.turn_labels)

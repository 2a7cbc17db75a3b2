"""Header rules for titles and dates written as headings (part of stage 3, header; registered in ``header.HEADER``).

Exports and printed records write their title and date in ways a single short line does not show:

* a stack of Markdown headings in one block ("### DCG Town Hall" / "#### Meeting held on ..." / "#### 29 May 2025
  1600 Pacific time"): the first heading is the title, the second the subtitle, a full date in any is the date;
* a Markdown heading hard-wrapped at the export's column ("#  Versión estenográfica. Conferencia de prensa del
  presidente Andrés Manuel" / "López Obrador del 10 de junio de 2021"): one heading;
* a reStructuredText or setext heading, its line underlined ("7 March 2024" / "============"): a heading, and a
  heading that is a date alone is a day's record's date and, where nothing else is, its title;
* a label line is never a title ("#### Sekretarz Poseł Patryk Jaskulski:" opens the first turn);
* where no title was read, the first copy of a Markdown heading the cleaner removed as a running head ("# 10.
  kadencja, 20. posiedzenie, 1. dzień (16-10-2024)", repeated over every chunk of a Sejm export) names the document;
* where no date was read, the first full date in the lines before the first turn of a labelled record (a cover
  page's "時　間　中華民國101年10月26日（星期五）上午10時") is its date.

Each rule has positive and must-not-fire cases in ``tests/cases/voices5/``.
"""

from __future__ import annotations

import regex as re
from functools import lru_cache

from . import dates, labels, vocab
from ..model import Block, CleanDoc

MD_HEADING = labels.MD_HEADING
UNDERLINE = re.compile(r"^([=\-~^*#+`'\"])\1{2,}\s*$")  # an RST/setext heading's underline: one character repeated
UNDERLINE_SHARE = 0.5  # an underline runs (about) the length of its heading; a shorter rule line is a separator
HEADING_STACK_MAX = 4  # title, subtitle, venue and date headings: a longer run of headings is a table of contents
WRAP_COLUMN_MIN = 60  # a heading wrapped by the export ends near its column (72-80); a short heading line ended itself
CONTINUATION_CHARS = 100  # the rest of a wrapped heading is a line or so; a longer line is the text under it
DATE_LINE_SLACK = 12  # as in header.py: a line that is a date give or take a weekday or a key is a date line
OPENING_BLOCKS_MAX = 30  # how far before the first turn a cover page runs (title, venue, roster, date and time lines)
NOT_EVENT_DATE = re.compile(r"\b(?:extracted|generated|retrieved|accessed|downloaded|updated|modified|printed|"
                            r"posted|issued|published|converted|scanned)\b", re.I)  # as header.NOT_EVENT_DATE
RUNNING_HEAD = "running page header"  # the cleaner's reason for a repeated head (structure.py)


def label_heading(text: str) -> bool:
    """A Markdown heading that is a speaker label ("#### Sekretarz Poseł Patryk Jaskulski:"): it opens a turn,
    it is never a title."""
    heading = MD_HEADING.match(text)
    if not heading or not heading.group("text").rstrip().endswith(":"):
        return False
    found = labels.candidate(heading.group("text"))
    return bool(found) and not found.rest.strip()


def headings(block: Block, doc: CleanDoc) -> list[str] | None:
    """The headings a block holds, as texts, when it is a stack of Markdown headings, one hard-wrapped heading or
    an underlined (RST, setext) heading; None for any other block."""
    lines = [line.strip() for line in block.text.strip().split("\n")]
    if len(lines) < 2 or any(label_heading(line) for line in lines):
        return None
    if len(lines) == 2 and UNDERLINE.match(lines[1]) and lines[0] and not UNDERLINE.match(lines[0]) \
            and len(lines[1]) >= UNDERLINE_SHARE * len(lines[0]):
        return [lines[0]] if not labels.candidate(lines[0]) else None
    found = [MD_HEADING.match(line) for line in lines]
    if all(found) and len(lines) <= HEADING_STACK_MAX:
        return [heading.group("text").strip() for heading in found]
    if found[0] and len(lines[0]) >= WRAP_COLUMN_MIN and len(lines) <= 3 and not any(found[1:]) \
            and all(len(line) <= CONTINUATION_CHARS for line in lines[1:]):
        return [" ".join([found[0].group("text").strip()] + lines[1:])]
    return None


def take_headings(texts: list[str], fields: dict) -> None:
    """Title, subtitle and date from a block of headings: a heading that is a date alone gives the date (and is
    kept as the title of last resort); any other, the title, then the subtitle; a full date inside a heading
    ("29 May 2025 1600 Pacific time") is the date when none was read."""
    for text in texts:
        date = dates.find_date(text)
        if date and len(date.text) >= len(text) - DATE_LINE_SLACK:
            fields["date"] = fields.get("date") or date
            fields.setdefault("date_heading", text)
            continue
        if date and date.iso and len(date.iso) == 10 and not fields.get("date"):
            fields["date"] = date
        if "title" not in fields:
            fields["title"] = text
        elif "subtitle" not in fields:
            fields["subtitle"] = text


def finish(doc: CleanDoc, fields: dict) -> None:
    """What the opening blocks did not give: a title from a date heading or the first copy of a removed running
    head, and the date from the lines before the first turn of a labelled record."""
    if not fields.get("title"):
        head = _removed_title(doc)
        if head:
            fields["title"] = head
            fields["date"] = fields.get("date") or _full_date(head)
        elif fields.get("date_heading"):
            fields["title"] = fields["date_heading"]
        elif head := _page_heading(doc):
            fields["title"] = head
    if not fields.get("date") and doc.labels:
        fields["date"] = _date_before_dialogue(doc)


def _removed_title(doc: CleanDoc) -> str | None:
    """The text of a Markdown heading removed as a running head above the first block (its first copy names the
    document: the export repeats it over every chunk)."""
    first = doc.blocks[0].line if doc.blocks else None
    for removal in doc.removed:
        if first is not None and removal.line > first:
            break
        heading = MD_HEADING.match(removal.text.strip())
        if removal.reason == RUNNING_HEAD and heading and not label_heading(removal.text.strip()):
            return heading.group("text").strip()
    return None


DATELINE_WORDS = 4  # "Berlin, Dienstag, den", "Le vendredi", "Em": a place and a weekday before a date; more is a title


def date_line(line: str) -> dates.DateMatch | None:
    """The date of a line that is a date: the date give or take a weekday or a key, or a full date closing a line
    that opens with a place and a weekday ("Berlin, Dienstag, den 28. Juni 2016", "Le vendredi 3 octobre
    1997")."""
    found = dates.find_date(line)
    if not found:
        return None
    if len(found.text) >= len(line) - DATE_LINE_SLACK:
        return found
    ends = not line[found.end:].strip(" .,;)")
    before = [w.strip(",.:;()").casefold() for w in line[:found.start].split()]
    dateline = bool(before) and (before[-1] in _date_words("connector") or bool(set(before) & _date_words("weekday")))
    return found if ends and dateline and found.iso and len(found.iso) == 10 and len(before) <= DATELINE_WORDS \
        else None


@lru_cache(maxsize=None)
def _date_words(section: str) -> frozenset[str]:
    """Weekday names and date connectors (``data/date-words.txt``)."""
    return frozenset(w.casefold() for s, line in vocab.sections("date-words.txt") if s == section for w in line.split())


def dated_title(line: str) -> dates.DateMatch | None:
    """The full date of a line that holds one beside other words ("CNN Student News Transcript: November 13,
    2009"): the first line of a document's opening block, so dated, is its title; a venue carries no date."""
    found = _full_date(line)
    return found if found and len(found.text) < len(line) - DATE_LINE_SLACK else None


def _full_date(text: str) -> dates.DateMatch | None:
    found = dates.find_date(text)
    return found if found and found.iso and len(found.iso) == 10 else None


def _date_before_dialogue(doc: CleanDoc) -> dates.DateMatch | None:
    """The first full date (day, month and year) in the lines before the first turn of a labelled record: a cover
    page's date line, whatever key or weekday stands beside it."""
    for block in doc.blocks[:OPENING_BLOCKS_MAX]:
        for line in block.text.split("\n"):
            label = labels.candidate(line)
            if label and label.key in doc.labels:  # the first turn, unless all it says is a date: a field
                rest = label.rest.strip()       # ("Sessão de: 16/09/2025" above a Câmara record)
                found = _full_date(rest)
                return found if found and len(found.text) >= len(rest) - DATE_LINE_SLACK else None
            if not NOT_EVENT_DATE.search(line) and (found := _full_date(line)):
                return found
    return None


FILE_NAME = re.compile(r"^(?:#+\s*)?[\w-]+\.(?:pdf|docx?|txt|html?|md|rtf)$", re.I)  # "20180926_transcript.pdf"
PAGE_HEADING = re.compile(r"^#[ \t]+(?P<text>\S.*)$")  # "# TITLE": a Markdown page's one top-level heading
# A "#" comment holding a field of an annotation format, not a heading: "key = value" or a snake_case key and its
# value ("# time_begin = 1:03:08", "# time_end 1:08:21" around a spoken-corpus transcript; CoNLL-U's "# sent_id =
# 3"): a title is words, not an identifier
COMMENT_FIELD = re.compile(r"^[^\W\d]\w*(?:[ \t]*=[ \t]*|_\w+[ \t]+)\S")


def _page_heading(doc: CleanDoc) -> str | None:
    """The level-1 heading opening a Markdown document ("# Entrevista Anónima - Arquitectura" over "## Entrevistador"
    and a list of people): the page's title, where the opening block mixes it with sections the header rules do not
    read.  Not a heading that is one of the document's labels ("# Speaker 1")."""
    if not doc.blocks:
        return None
    found = PAGE_HEADING.match(doc.blocks[0].text.strip().split("\n", 1)[0])
    if not found or FILE_NAME.search(found.group(0)) or COMMENT_FIELD.match(found.group("text")):
        return None  # a converter's file name or an annotation field, not a title
    text = found.group("text").rstrip(" \t#")  # "# TITLE #": a closing run of hashes is markup (linear, no regex)
    label = labels.candidate(text)
    return None if not text or label and label.key in doc.labels or label_heading(found.group(0)) else text


def date_apart(blocks: list[Block]) -> list[Block]:
    """The blocks with a date line that opens the document on a line of its own ("31.12.2021 рік" over the first
    sentence of a New Year address, no blank line between) set apart as a block of its own: the header's date,
    not the first words of the text.  So is a Markdown heading that opens the document with the text right under
    it ("# HackUPC-Fall17-EUROBIT" over the first line of a speech pasted from a PDF, held-out hs01): a heading is a
    block of one line in Markdown, the title, not the first words of the speech."""
    if not blocks or "\n" not in blocks[0].text.strip():
        return blocks
    first, rest = blocks[0].text.strip().split("\n", 1)
    if _heading_over_text(first, rest):
        return [Block(blocks[0].line, first, blocks[0].gap_before), Block(blocks[0].line + 1, rest, 0), *blocks[1:]]
    found = dates.find_date(first.strip())
    if not found or len(found.text) < len(first.strip()) - DATE_LINE_SLACK or labels.candidate(first):
        return blocks
    return [Block(blocks[0].line, first, blocks[0].gap_before), Block(blocks[0].line + 1, rest, 0), *blocks[1:]]


TEXT_UNDER_HEADING_LINES = 3  # lines under the heading in its block: one line is the heading's own continuation
# ("#  Versión estenográfica. ... Andrés Manuel" / "López Obrador del 10 de junio de 2021", a wrapped title, held-out
# hc06) or a source line ("[轉載自GNews](...)"); a speech pasted from a PDF runs on for the whole text


def _heading_over_text(first: str, rest: str) -> bool:
    """A heading line (not a speaker's label heading, "### Anna:") with a line of text, not another heading,
    under it."""
    heading = labels.MD_HEADING.match(first.strip())
    return bool(heading) and rest.count("\n") + 1 >= TEXT_UNDER_HEADING_LINES and not labels.candidate(
        heading.group("text")) and not label_heading(first) and not labels.MD_HEADING.match(rest.lstrip().split("\n", 1)[0])

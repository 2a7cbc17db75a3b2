"""The headline and subtitle above a document (part of stage 3, header; registered in ``header.HEADER``).

A headline is a short line with no closing punctuation, or a Markdown heading; never a label line, a file name,
a row of a timed table or a page number.  The first is the title, the second the subtitle (with a full date
closing it, the date); a web page's <h1> wins over a kicker above it, and short lines in capitals stack into
one cover title.  A third short line is the text's first: ``STOP``.
"""

from __future__ import annotations

import regex as re

from . import dates, header_cover, header_titles, labels
from ..model import Block, CleanDoc

# (Chinese and Japanese end sentences with full-width marks)
HEADLINE_END = re.compile(r"[.!?;:,…\"”。！？；：，]$")
TRAILING_DIRECTION = re.compile(r"(?<=[.!?…])\s*(?:\([^()\n]*\)|\[[^\[\]\n]*\])$")  # a sentence, then a
# stage direction ("(APLAUSOS)", "[Applause]"): the direction hides the full stop that shows the line is speech
MD_HEADING = labels.MD_HEADING
TIMED_SEGMENT = re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?\]\s")  # "[00:00:00] So I'm going to ...": a row of a table
# of timed segments (read/turn_tables.py writes each so): a part of the speech at its time, never the title
FILE_NAME = header_titles.FILE_NAME
NOT_EVENT_DATE = re.compile(r"\b(?:extracted|generated|retrieved|accessed|downloaded|updated|modified|printed|"
                            r"posted|issued|published|converted|scanned|edited)\b", re.I)  # ("Issued on:" is when a
# page was put out: whitehouse.gov's remarks pages are issued days after the briefing they transcribe; a GitHub
# wiki page's "NAME edited this page on Dec 18, 2015" is when it was last changed)
STOP = "stop"  # an action's answer: this block is not header either, stop reading


PAGE_NUMBER = re.compile(r"^\d{1,4}$")  # a page number above the text ("493" atop a session diary's page): no title
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")  # ... but a year alone may be one ("1968", a talk's or an episode's title)


def _is_headline(block: Block, doc: CleanDoc) -> bool:
    text = block.text.strip()
    if "\n" in text or len(text) > 200 or len(text.split()) > 25 or FILE_NAME.search(text) \
            or TIMED_SEGMENT.match(text) or PAGE_NUMBER.match(text) and not YEAR.match(text):
        return False
    label = labels.candidate(text) or labels.emph_line(text)  # ("*Adam*" where names alone are the labels)
    if label and label.key in doc.labels or header_titles.label_heading(text):
        return False  # a label line is never a title
    if heading := MD_HEADING.match(text):
        return not header_titles.COMMENT_FIELD.match(heading.group("text"))  # ("# time_begin = 1:03:08": a field)
    bare = TRAILING_DIRECTION.sub("", text)  # "Muchas gracias. ¡Viva la Patria! (APLAUSOS)": speech
    return not HEADLINE_END.search(bare) and not header_cover.lower_case_speech(text)



def _headline(block: Block, doc: CleanDoc) -> str | None:
    text = block.text.strip()
    if not _is_headline(block, doc):
        return None
    heading = MD_HEADING.match(text)
    if heading and text.startswith("# ") and doc.source.format == PAGE_FORMAT:
        return _PageTitle(heading.group("text"))
    return heading.group("text") if heading else text


PAGE_FORMAT = "HTML page"  # (``read.formats``) where a level-1 heading is the page's <h1>: its title by HTML's
# meaning; in Markdown a "# " line under a plain title line may be the first section's heading


class _PageTitle(str):
    """A web page's <h1> text: the document's title."""


def _take_headline(text: str, fields: dict) -> str | None:
    date = None if NOT_EVENT_DATE.search(text) else header_titles.date_line(text)
    if isinstance(text, _PageTitle) and "title" in fields and "subtitle" not in fields and not date \
            and not isinstance(fields["title"], _PageTitle):  # "Remarks" over the <h1>: a section's name, a
        fields["title"], fields["subtitle"] = text, None      # kicker, not the title (it stays a header line)
    elif date and not fields.get("date"):
        fields["date"] = date
    elif _cover_stack(fields.get("title"), text) and "subtitle" not in fields:
        fields["title"] = f"{fields['title']} — {text}"  # "PARLIAMENT OF KENYA" / "THE SENATE" / "THE HANSARD"
    elif "subtitle" in fields:
        return STOP  # a third short line is the text's first line, not more title
    else:
        fields["subtitle" if "title" in fields else "title"] = text
        if "subtitle" in fields and not fields.get("date"):
            fields["date"] = _closing_date(text)
    return None


def _closing_date(text: str):
    """A full date closing a subtitle after a comma ("NAME, President of ..., 9 June 1998"): the date of the
    statement, as a dateline gives it; a date inside the phrase ("the crisis of 9 June 1998 and after") is not."""
    found = dates.find_date(text)
    if found and found.iso and len(found.iso) == 10 and not text[found.end:].strip(" .") \
            and text[:found.start].rstrip().endswith(","):
        return found
    return None


COVER_LINE_WORDS = 6  # a line of a cover's stacked title in capitals ("PARLIAMENT OF KENYA", "THE SENATE")


def _cover_stack(title: str | None, text: str) -> bool:
    """A short line in capitals under a title in capitals, each in a block of its own: one cover title stacked
    over several lines ("PARLIAMENT OF KENYA" / "THE SENATE" / "THE HANSARD"), not a title and a subtitle."""
    return bool(title) and all(any(c.isupper() for c in t) and t == t.upper() and len(t.split()) <= COVER_LINE_WORDS
                               and ":" not in t and not MD_HEADING.match(t) for t in title.split(" — ") + [text])


"""The header block of a document (part of stage 3, header; registered in ``header.HEADER``).

A block of a few short lines above the text: name, office, venue, "City, Country", date ("John Kerry /
Secretary of State / Washington, DC / March 3, 2017").  Hard-wrapped text, whose lines break sentences, is not
one, nor a block that opens a turn with one of the document's labels.
"""

from __future__ import annotations

import regex as re

from . import dates, header_cover, header_titles, labels, people
from .header_headline import HEADLINE_END, MD_HEADING, NOT_EVENT_DATE
from ..model import Block, CleanDoc, Person

PLACE_LINE = re.compile(r"^(?P<city>[A-Z][\w.'’ -]+),\s*(?P<country>[A-Z][\w.'’ -]+)$")
HEADER_LINES_MAX = 8  # a header block names a few things (name, office, venue, "City, Country", date); a longer
# run of short lines is hard-wrapped text (captions, a poem, a list), which stays text
VENUE_LINES_MAX = 3  # lines read as neither name, office, place nor date: a venue takes one or two
VENUE_WORDS_MAX = 7  # "The White House, East Room"; a longer unrecognised line is a sentence broken by the wrap
WRAPPED_LINE = re.compile(  # a line that breaks a sentence: starts in lower case or with a caption mark (">>",
    # "-"), or ends on a word that cannot end a name, place or title
    r"^(?:[a-z]|>>|[-–—]\s)|\b(?i:the|a|an|of|and|or|to|in|on|at|for|with|from|by|so|that|is|are|was|were|we|"
    r"i|it|about|through|but|because|this|these|not|be|have|has|had|will|would|if|as|our|my|your)$")


def _opens_turn(lines: list[str], doc: CleanDoc) -> bool:
    """A block with a line that opens with one of the document's labels ("[00:00:00:00]" / "LCC: Lift-off") is a
    turn, not header fields."""
    return any((found := labels.candidate(line) or labels.emph_line(line)) and found.key in doc.labels
               for line in lines)


def _header_lines(block: Block) -> list[str] | None:
    lines = [line.strip() for line in block.text.split("\n")]
    if not 2 <= len(lines) <= HEADER_LINES_MAX or any(
            len(line) > 80 or HEADLINE_END.search(line) and not dates.find_date(line)
            and not header_cover.TIME_LINE.match(line) or _wrapped(line) for line in lines):
        return None
    return lines


def _wrapped(line: str) -> bool:
    """A line of hard-wrapped text rather than a header field (a date line is a field whatever it ends on)."""
    if not WRAPPED_LINE.search(line):
        return False
    found = dates.find_date(line)
    return not (found and len(found.text) >= len(line) - 12)


def _read_header_block(lines: list[str]) -> dict:
    found: dict = {"people": [], "venue": [], "place": None, "date": None, "first": lines[0] if lines else ""}
    for line in lines:
        if header_cover.TIME_LINE.match(line):  # "9:00 a.m." under the date: the time of the sitting
            continue
        date = None if NOT_EVENT_DATE.search(line) else header_titles.date_line(line)
        if date:
            found["date"] = found["date"] or date
        elif PLACE_LINE.match(line) and not people.is_venue(line):
            found["place"] = found["place"] or line
        elif people.is_name_line(line):
            found["people"].append(Person(line))
        elif people.is_office(line) and found["people"] and found["people"][-1].role is None:
            found["people"][-1] = Person(found["people"][-1].name, line)
        else:
            found["venue"].append(line)
    return found


def _venue_shaped(found: dict) -> bool:
    """The unrecognised lines of a header block are few and short, as a venue is."""
    venue = found["venue"]
    return len(venue) <= VENUE_LINES_MAX and all(len(line.split()) <= VENUE_WORDS_MAX for line in venue)



def _header_block(block: Block, doc: CleanDoc) -> dict | None:
    lines = _header_lines(block)
    if lines is None or _opens_turn(lines, doc):
        return None
    found = _read_header_block(lines)
    return found if _venue_shaped(found) else None


def _take_header_block(found: dict, fields: dict) -> None:
    if not fields["lines"] and "title" not in fields and found["venue"] and found["venue"][0] == found["first"]:
        dated = header_titles.dated_title(found["first"])  # "CNN Student News Transcript: November 13, 2009"
        if dated:
            heading = MD_HEADING.match(found["first"])
            fields["title"] = heading.group("text") if heading else found["first"]
            found["venue"] = [line for line in found["venue"][1:] if not dates.find_date(line)]
            found["date"] = found["date"] or dated
    fields["people"].extend(found["people"])
    fields["date"] = fields.get("date") or found["date"]
    place = ", ".join(found["venue"] + ([found["place"]] if found["place"] else []))
    fields["place"] = fields.get("place") or place or None


"""An introduction sentence and a news dateline (part of stage 3, header; registered in ``header.HEADER``).

An introduction presents the text that follows ("We reproduce Sergey Lavrov's remarks ... , Moscow, April 12,
2017:"): its kind, people, date, place, title and whose remarks these are.  A dateline ("MOSCOW, March 29.
/TASS/.") opens the first paragraph and stays in the text: its place, date and agency.
"""

from __future__ import annotations

import regex as re

from . import dates, people
from .header_kind import kind_hint

INTRO = re.compile(
    r"^(?:(?:We|Below,? we) (?:reproduce|publish|present|bring you|offer|post|print)|Following (?:is|are)|"
    r"(?:Below|Here) (?:is|are)|(?:Full |Unofficial )?(?:Transcript|Text) of)\s+(?:the\s+)?(?P<what>.+)$",
    re.I | re.S)
PRESENTS = re.compile(r"\b(?:remarks|transcript|interview|conference|briefing|statement|speech|address|"
                      r"answers|comments|debate|hearing|press)\b", re.I)
MONOLOGUE = re.compile(
    r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)['’]s\s+(?:opening\s+|introductory\s+)?"
    r"(?:remarks|statement|speech|address|comments|words)\b"
    r"|\b(?:remarks|statement|speech|address)\s+(?:by|of)\s+(?P<name2>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)")
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z .'’-]{2,30})?),\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2}"
    r"(?:,\s*\d{4})?)\.?\s*(?:/(?P<agency>[A-Za-z-]+)/\.?|\((?P<agency2>[A-Za-z .-]+)\)\s*[-–—]?)")


def _intro(text: str) -> dict | None:
    """Read an introduction sentence that presents the text that follows."""
    match = INTRO.match(text)
    if not match or not (text.rstrip().endswith(":") or PRESENTS.search(text)) or len(text) > 600:
        return None
    what = match.group("what").rstrip(" :")
    result: dict = {"kind": kind_hint(what), "people": people.people_in(what)}
    date = dates.find_date(what)
    if date:
        result["date"] = date
        before = what[: date.start].rstrip(" ,")
        place = re.search(r",\s*(?P<place>[A-Z][\w.'’ -]+(?:,\s*[A-Z][\w.'’ -]+)?)$", before)
        if place and not people.is_office(place.group("place")):
            result["place"] = place.group("place").strip()
            before = before[: place.start()].rstrip(" ,")
        what = before
    who = MONOLOGUE.search(match.group("what"))
    if who:
        run = (who.group("name") or who.group("name2")).strip()
        found = people.names_in(run) or [run]
        result["monologue_by"] = found[0]
    result["title"] = what[:1].upper() + what[1:]
    return result


def _take_intro(intro: dict, fields: dict) -> None:
    fields["people"].extend(intro["people"])
    for key in ("date", "place", "monologue_by"):
        if intro.get(key) and not fields.get(key):
            fields[key] = intro[key]
    fields.setdefault("kind", intro["kind"])
    fields.setdefault("title", intro["title"])


def _take_dateline(match: re.Match, fields: dict) -> None:
    place = match.group("place").strip()
    fields.setdefault("place", " ".join(people.smart_title(w) for w in place.split()))
    if not fields.get("date"):
        fields["date"] = dates.find_date(match.group("date"))
    fields["source_name"] = match.group("agency") or (match.group("agency2") or "").strip() or None


"""A title field under a heading that only numbers the document (part of stage 3, header; used by ``header``).

Fan transcripts and e-book exports of TV episodes head each file with the episode's number ("## Episode 1",
"## Folge 3", "# S05E01") and give its title in a credits block below, as a field line of its own ("**Titre US :**
The One After Ross Says Rachel", "Title: The One Where ..."), among plain credit lines ("Écrit par ...").

Rule "title-field": where the title the header read only numbers the document (``NUMBER_TITLE``) or there is
none, the value of the first title field (a key whose first or last word is a title key of
``data/front-matter-keys.txt``: "Titre US", "Title", "Episode title") among the opening blocks before the first
labelled turn is the title; the number becomes the subtitle when there is none.  A heading that names the
document ("Episode 12: The Long Night") stays the title.
"""

from __future__ import annotations

import regex as re

from . import header_cover, header_titles, labels
from ..model import CleanDoc

NUMBER_TITLE = re.compile(r"^(?:[^\W\d_]+\.? (?:\d{1,4} )?){0,2}[#№]?\d{1,4}[a-z]?$|^S\d{1,2} ?E\d{1,3}$|^\d{1,2}x\d{1,3}$",
                          re.I)  # "Episode 1", "Saison 5 Épisode 1", "Folge 3", "Part 2", "S05E01", "5x01": a number
NUMBER_TITLE_CHARS = 40  # such a title is a few words and a number; a longer one names the document
OPENING_BLOCKS = 12  # the credits under a numbered heading: heading, credits title, a few fields and credit lines
FIELD_MARKUP = re.compile(r"[*_]+")


def finish(doc: CleanDoc, fields: dict) -> None:
    """``header_titles.finish``, then the title field over a numbered heading (see the module)."""
    header_titles.finish(doc, fields)
    title = fields.get("title")
    if title and (len(title) > NUMBER_TITLE_CHARS or not NUMBER_TITLE.match(" ".join(title.split()))):
        return
    value = _title_field(doc)
    if value:
        fields["title"] = value
        if title and not fields.get("subtitle"):
            fields["subtitle"] = title


def _title_field(doc: CleanDoc) -> str | None:
    for line in (line.strip() for block in doc.blocks[:OPENING_BLOCKS] for line in block.text.strip().split("\n")):
        found = labels.candidate(line)
        if found and found.key in doc.labels:
            return None  # the dialogue has begun
        field = header_cover.FIELD_LINE.match(FIELD_MARKUP.sub("", line))
        if field and len(field.group("value").split()) <= header_cover.FIELD_VALUE_WORDS:
            words = field.group("key").replace("-", " ").casefold().split()
            if words[0] in header_cover.title_keys() or words[-1] in header_cover.title_keys():
                return field.group("value").strip()
    return None

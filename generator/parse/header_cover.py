"""Header rules for cover pages and page furniture (part of stage 3, header; registered in ``header.HEADER``).

Stenographers' and parliaments' transcripts open with a cover page: a title in capitals wrapped over several
lines, the place ("ALBANY, NEW YORK") and the date and time of the sitting, each on a line of its own, between
rule lines; web pages put a separator ("»") and a key line ("Date of Meeting:") before the date.  These rules read
each such block as what it is, so that the header goes on to the date instead of taking the place or a rule line
for the title.  Each has positive and must-not-fire cases in ``tests/cases/silent4/``.
"""

from __future__ import annotations

import regex as re
from functools import lru_cache
from itertools import islice

from . import dates, header_titles, labels, people, vocab
from ..model import Block, CleanDoc

TIME_LINE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|Uhr|h)$", re.I)  # "12:10 p.m.", "9:00 a.m."
PLACE_LINE = re.compile(r"^(?P<city>[A-Z][\w.'’ -]+),\s*(?P<region>[A-Z][\w.'’ -]+)$")
PLACE_WORDS_MAX = 3  # "NEW YORK", "SAN LUIS OBISPO": a city or a state is at most three words
TITLE_LINES_MAX = 5  # a cover title wraps over two to five lines; more capitals lines are a list or a roster
TITLE_WORDS_MAX = 30  # the longest cover titles seen ("ROUNDTABLE ON THE SAGE COMMISSION'S PROPOSAL ...") run 20
WRAP_END = re.compile(r"\b(?:THE|OF|AND|OR|TO|IN|ON|AT|FOR|WITH|FROM|BY|A|AN)$")  # a line that ends mid-title
LOWER_CASE_TITLE_WORDS = 12  # a title opening with a lower-case brand runs to a dozen words at most; an ASR
# caption line opening a file in lower case runs on (24 words in the held-out council interview)
LOWER_CASE_SENTENCE_WORDS = 6  # a lower-case line shorter than this is a link, a handle or a label ("<https://...>",
# "slides: <url>", "bip324: v2 message transport protocol" in bitcointranscripts headers), not a caption sentence
DATE_KEY_WORDS_MAX = 4  # "Date of Meeting:", "Date of hearing:": a key, not a sentence
AFTER_CHARS = 5_000  # enough of the text after a cover block to tell how it is written
LOWER_CASE_SHARE_MIN = 0.5  # most letters of prose in sentence case are lower case; captions in capitals have none


def lower_case_speech(text: str) -> bool:
    """A line opening in lower case that is a sentence, not a title: an automatic caption's first words ("our
    first question will be what do you see ..."), all in lower case but for "I" over a sentence's worth of words,
    or longer than any title.  A short title opening with a lower-case brand ("c-lightning Q and A session",
    "iPhone Launch Event") has a capitalised word after it; a link or a "slides: <url>" line is too short to be
    a sentence and stays a header line."""
    first = next((c for c in text if c.isalpha()), "")
    if not first.islower():
        return False
    words = text.split()
    capitals = [w for w in words[1:] if w[:1].isupper() and w != "I" and not w.startswith("I'")]
    return len(words) > LOWER_CASE_TITLE_WORDS or not capitals and len(words) >= LOWER_CASE_SENTENCE_WORDS


@lru_cache(maxsize=1)
def date_keys() -> frozenset[str]:
    """Words that open a key line naming a date ("Date of Meeting:"): the date keys of the front-matter data."""
    return frozenset(entry.casefold() for section, entry in vocab.sections("front-matter-keys.txt")
                     if section == "date")


def decoration(block: Block, doc: CleanDoc) -> bool:
    """A block with no letter or digit (a rule line of dashes, a "»" separator) is no title: it is passed over."""
    return not any(c.isalnum() for c in block.text)


def time_line(block: Block, doc: CleanDoc) -> bool:
    """A time of day on its own line ("12:10 p.m.") beside the date of a sitting: a field, never a title."""
    return bool(TIME_LINE.match(block.text.strip().strip("*_()[] ")))  # "*(10.00 am)*" in a reST hearing


def date_key(block: Block, doc: CleanDoc) -> bool:
    """A key line naming the date that the next block gives ("Date of Meeting:" / "21 May 2013")."""
    text = block.text.strip()
    words = text.rstrip(":").split()
    return text.endswith(":") and "\n" not in text and 0 < len(words) <= DATE_KEY_WORDS_MAX \
        and words[0].casefold() in date_keys()


def cover_place(block: Block, doc: CleanDoc) -> str | None:
    """A "City, Region" line right above a date line (a cover page's "ALBANY, NEW YORK" / "March 10, 1993") is the
    place of the sitting, not its title; a name and its company ("Jane Doe, Acme") is no place."""
    text = block.text.strip()
    found = PLACE_LINE.match(text)
    if not found or "\n" in text or people.is_venue(text) or people.is_name_line(found.group("city")) \
            or any(len(found.group(g).split()) > PLACE_WORDS_MAX for g in ("city", "region")):
        return None
    after = next((b for b in doc.blocks if b.line > block.line), None)
    first = after.text.strip().split("\n", 1)[0] if after else ""
    date = dates.find_date(first)
    return text if date and len(date.text) >= len(first) - 12 else None


def wrapped_title(block: Block, doc: CleanDoc) -> str | None:
    """A cover title in capitals over a few lines: wrapped ("ROUNDTABLE ON THE" / "SAGE COMMISSION'S PROPOSAL TO
    MERGE THE" / ...), or a stack of headings ("PARLIAMENT OF THE REPUBLIC" / "NATIONAL ASSEMBLY" / "FOR WRITTEN
    REPLY"); letterless lines ("| |") between them are furniture.  Lines that run on are joined with a space, a
    stack with dashes.  A block with a line in lower case, a line ending with punctuation or one of the document's
    labels is text, not a cover."""
    # (one line more than a cover has is read at most: a long block is no cover, and is not read to its end)
    lines = list(islice((line.strip() for line in block.text.strip().split("\n") if any(c.isalpha() for c in line)),
                        TITLE_LINES_MAX + 1))
    if not 2 <= len(lines) <= TITLE_LINES_MAX or any(line != line.upper() or line[-1] in ".!?;:,"
                                                     for line in lines):
        return None
    if any((found := labels.candidate(line)) and found.key in doc.labels for line in lines):
        return None
    if not _lower_case_text_after(block, doc):  # text all in capitals (shouted captions): no cover stands out
        return None
    joined = lines[0]
    for before, line in zip(lines, lines[1:]):
        joined += (" " if WRAP_END.search(before) else " — ") + line
    return joined if len(joined.split()) <= TITLE_WORDS_MAX else None


def _lower_case_text_after(block: Block, doc: CleanDoc) -> bool:
    """Whether the text after ``block`` is written in lower case with capitals (a cover title in capitals stands
    out from it), not all in capitals as closed captions and some old transcripts are."""
    letters = list(islice((c for b in doc.blocks if b.line > block.line for c in b.text if c.isalpha()), AFTER_CHARS))
    return bool(letters) and sum(c.islower() for c in letters) >= LOWER_CASE_SHARE_MIN * len(letters)


def take_wrapped_title(text: str, fields: dict) -> None:
    """The first title of the cover, or the rest of a title in capitals read from the block before."""
    title = fields.get("title")
    if not title:
        fields["title"] = text
    elif title == title.upper():  # one cover title in capitals over several blocks
        fields["title"] = f"{title}: {text}"
    else:
        fields.setdefault("subtitle", text)


def take_place(text: str, fields: dict) -> None:
    fields["place"] = fields.get("place") or " ".join(people.smart_title(w) for w in text.split())


FIELD_LINE = re.compile(r"^(?:[-*+•]\s+)?(?P<key>[^\W\d_][\w.'’ ]{0,30}?)\s*[:：]\s*(?P<value>\S.*)$")
FIELD_KEY_WORDS = 3  # "Title", "Video ID", "Date of recording": a key is a few words, a sentence's opening is more
FIELD_VALUE_WORDS = 14  # a field's value is a name, a title, a link or a date; a longer value is a sentence
FIELD_LINES_MAX = 8  # a head names a few things (title, speaker, event, date, links); more lines are a list
# A key in lower case ("- **feat**: New feature", "- fix: ...") is a term of a list or of code, not a header field:
# header keys are capitalised ("Title:", "Video ID:", "* **Speaker:") or in a script without case ("발표자:").
SEPARATOR_LINE = re.compile(r"^(?:[-=_*~#]\s*){3,}$")  # "-----", "=====": closes a header block


def field_block(block: Block, doc: CleanDoc) -> dict | None:
    """A block of "Key: value" lines at the head of a document, written as list items or plain, after a heading
    and before a rule line ("Title: ... | Sermon" / "Video ID: ..." / "URL: ..." / "-----" of a YouTube dump;
    "# TITLE" / "- 발표자: NAME (ORG)"; "* Speaker: NAME" / "* Meeting: ..." / "* Video: URL"): header fields,
    not speech.  Not a block whose keys are the document's labels (a turn), nor one of a single field without
    a heading (one "Note: ..." line may open the text).  A banner between rule lines reads its first line as
    the heading ("=====" / "11/4/21 Planning Commission" / "Date: ..." / "=====" of an ASR text dump)."""
    lines = [line.strip() for line in block.text.strip().split("\n")]
    heading = labels.MD_HEADING.match(lines[0])
    title = heading.group("text") if heading else _ruled_title(lines)
    body = [line for line in lines[1 if heading else 0:] if not SEPARATOR_LINE.match(line)]
    body = body[1:] if title and not heading else body  # (a banner's title is its first line inside the rules)
    found = [FIELD_LINE.match(line) for line in body]
    if not body or not all(found) or not (1 if title else 2) <= len(found) <= FIELD_LINES_MAX:
        return None
    for match in found:
        key = match.group("key").strip()
        label = labels.candidate(match.group(0))
        long_value = len(match.group("value").split()) > FIELD_VALUE_WORDS and not _title_key(key)  # (a title is long)
        if (len(key.split()) > FIELD_KEY_WORDS or key[0].islower() or long_value
                or key in doc.labels or label and label.key in doc.labels):
            return None
    fields = {m.group("key").strip().casefold(): m.group("value").strip() for m in found}
    return {"heading": title, "fields": fields}


def _ruled_title(lines: list[str]) -> str | None:
    """The title of a banner block: a rule line above and below ("=====" of a script's text dump), a short first
    line inside them that is not a field ("11/4/21 Planning Commission"), fields under it."""
    inside = [line for line in lines if not SEPARATOR_LINE.match(line)]
    ruled = len(lines) >= 4 and SEPARATOR_LINE.match(lines[0]) and SEPARATOR_LINE.match(lines[-1])
    if not ruled or len(inside) < 2 or FIELD_LINE.match(inside[0]) or len(inside[0].split()) > FIELD_VALUE_WORDS:
        return None
    return inside[0]


@lru_cache(maxsize=1)
def title_keys() -> frozenset[str]:
    """The keys that give a title (``data/front-matter-keys.txt``: "title", "titre", "titulo", "titel")."""
    return frozenset(key.casefold() for field, key in vocab.sections("front-matter-keys.txt") if field == "title")


def _field_title(found: dict[str, str]) -> str | None:
    """The value of a title field: "Title:", or a key whose last word is a title key ("Video title:", "Episode
    title:", "Video-Titel:"), as a transcription tool writes the recording's title above its text."""
    for key, value in found.items():
        if _title_key(key):
            return value
    return None


def _title_key(key: str) -> bool:
    """A key whose last word is a title key, accents aside ("Title", "Video-Titel", "Título")."""
    return people.fold(key.replace("-", " ").split()[-1]) in title_keys()


def take_field_block(found: dict, fields: dict) -> None:
    title = found["heading"] or _field_title(found["fields"])
    if title and "title" not in fields:
        fields["title"] = title
    for key, value in found["fields"].items():  # "Date: 2021-11-04" among the fields: the recording's date
        if key.split()[0] in date_keys() and not fields.get("date"):
            fields["date"] = header_titles.date_line(value)


RULED_HEAD_CHARS = 100  # a head's line is a title, a field or a credit; a longer line is the text's
HEAD_SENTENCE_END = re.compile(r"[.!?…。！？]['\"”’)]*$")  # a head's lines name things; the text's lines end sentences


def ruled_head(block: Block, doc: CleanDoc) -> dict | None:
    """The document's first block closed by a rule line ("=====", "-----") over the text, as tidied speech-to-text
    exports open ("Gesprächstranskription — Saple x Freischwimmer Berlin" / "Aufgenommen: März 2026" /
    "Transkribiert mit OpenAI Whisper (medium model)" / "====="): its first line is the title (a "Title:" field's
    value when it is a field), its "Key: value" lines fields, the others credits; none of it speech.  Not a block
    with a line of the document's labels or a sentence's ending (a paragraph of the text over a rule)."""
    lines = [line.strip() for line in block.text.strip().split("\n")]
    if not doc.blocks or block is not doc.blocks[0] or len(lines) < 2 or not SEPARATOR_LINE.match(lines[-1]):
        return None
    head = lines[:-1]
    if len(head) > FIELD_LINES_MAX or any(not line or len(line) > RULED_HEAD_CHARS or SEPARATOR_LINE.match(line)
                                          for line in head):
        return None
    for line in head:
        field, label = FIELD_LINE.match(line), labels.candidate(line)
        if label and label.key in doc.labels or not field and HEAD_SENTENCE_END.search(line):
            return None
    found = [FIELD_LINE.match(line) for line in head]
    if all(line.isupper() for line, field in zip(head, found) if not field):
        return None  # fields only (the field-block rule's), or a title in capitals wrapped over lines over a rule
        # ("BEFORE THE NEW YORK STATE SENATE" / "COMMITTEE FOR THE AGING" / "-----": the wrapped-title rule's)
    fields = {m.group("key").strip().casefold(): m.group("value").strip() for m in found if m}
    return {"heading": None if found[0] else labels.MD_HEADING.sub(r"\g<text>", head[0]), "fields": fields}

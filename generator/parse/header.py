"""Stage 3, header: ``CleanDoc`` -> ``Header``.

In: the cleaned blocks.  Out: what the opening of the document says about it,
and which blocks that used up.  It reads, in order and only until the first
block of real text: a headline and a subtitle (short lines with no closing
punctuation), a header block of a few short lines (name, office, venue, "City,
Country", date; hard-wrapped text, whose lines break sentences, is not one),
and an introduction sentence that presents the text ("We reproduce Sergey
Lavrov's remarks ... , Moscow, April 12, 2017:").  It also reads
a news dateline ("MOSCOW, March 29. /TASS/.") at the start of the first
paragraph, which stays in the text.  Front matter (title, date, place ...) wins
over all of these.
"""

from __future__ import annotations

import regex as re

from . import (clean_rules, dates, header_cover, header_sitting, header_titles, interviewee, labels, monologue, people,
               quoted_qa, reading_head, rules, title_fields)
from ..model import Block, CleanDoc, Header, Person

HEADLINE_END = re.compile(r"[.!?;:,…\"”。！？；：，]$")  # (Chinese and Japanese end sentences with full-width marks)
TRAILING_DIRECTION = re.compile(r"(?<=[.!?…])\s*(?:\([^()\n]*\)|\[[^\[\]\n]*\])$")  # a sentence, then a
# stage direction ("(APLAUSOS)", "[Applause]"): the direction hides the full stop that shows the line is speech
MD_HEADING = labels.MD_HEADING
PLACE_LINE = re.compile(r"^(?P<city>[A-Z][\w.'’ -]+),\s*(?P<country>[A-Z][\w.'’ -]+)$")
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
TIMED_SEGMENT = re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?\]\s")  # "[00:00:00] So I'm going to ...": a row of a table
# of timed segments (read/turn_tables.py writes each so): a part of the speech at its time, never the title
FILE_NAME = header_titles.FILE_NAME
NOT_EVENT_DATE = re.compile(r"\b(?:extracted|generated|retrieved|accessed|downloaded|updated|modified|printed|"
                            r"posted|issued|published|converted|scanned)\b", re.I)  # ("Issued on:" is when a page
# was put out: whitehouse.gov's remarks pages are issued days after the briefing they transcribe)
HEADER_LINES_MAX = 8  # a header block names a few things (name, office, venue, "City, Country", date); a longer
# run of short lines is hard-wrapped text (captions, a poem, a list), which stays text
VENUE_LINES_MAX = 3  # lines read as neither name, office, place nor date: a venue takes one or two
VENUE_WORDS_MAX = 7  # "The White House, East Room"; a longer unrecognised line is a sentence broken by the wrap
WRAPPED_LINE = re.compile(  # a line that breaks a sentence: starts in lower case or with a caption mark (">>",
    # "-"), or ends on a word that cannot end a name, place or title
    r"^(?:[a-z]|>>|[-–—]\s)|\b(?i:the|a|an|of|and|or|to|in|on|at|for|with|from|by|so|that|is|are|was|were|we|"
    r"i|it|about|through|but|because|this|these|not|be|have|has|had|will|would|if|as|our|my|your)$")
KIND = rules.Registry("kind")  # what kind of event a title or introduction names; first match wins
for _priority, (_kind, _pattern, _why) in enumerate(reversed((
    ("press-conference", r"\b(?:press|news) conference|press availability|joint press\b",
     "press conferences and availabilities named as such in titles"),
    ("briefing", r"\bbriefing\b", "government press briefings ('Press Briefing by ...')"),
    ("debate", r"\bdebates?\b", "televised and parliamentary debates"),
    ("hearing", r"(?<!hard of )\bhearings?\b", "committee and court hearings (not 'hard of hearing')"),
    ("podcast", r"\bpodcast\b", "podcast episodes"),
    ("interview", r"\binterview", "interviews ('Interview with', 'interviewed by')"),
    ("meeting", r"\bmeeting\b|\bminutes\b", "meetings and their minutes"),
    ("speech", r"\b(?:speech|address to|lecture|statement by)\b", "speeches, addresses, lectures, statements"),
))):
    KIND.register(rules.Rule(_kind, _priority, "header", re.compile(_pattern, re.I).search, why=_why))


def kind_hint(*texts: str | None) -> str | None:
    """The kind of event the first of ``texts`` that names one names (a title, a description, a file name)."""
    for text in texts:
        if text:
            rule, _ = KIND.first("header", text)
            if rule:
                return rule.name
    return None


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


def _opens_turn(lines: list[str], doc: CleanDoc) -> bool:
    """A block with a line that opens with one of the document's labels ("[00:00:00:00]" / "LCC: Lift-off") is a
    turn, not header fields."""
    return any((found := labels.candidate(line) or labels.emph_line(line)) and found.key in doc.labels for line in lines)


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


HEADER = rules.Registry("header")  # what the opening blocks of a document are, read until one is none of these
STOP = "stop"  # an action's answer: this block is not header either, stop reading


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


def _take_intro(intro: dict, fields: dict) -> None:
    fields["people"].extend(intro["people"])
    for key in ("date", "place", "monologue_by"):
        if intro.get(key) and not fields.get(key):
            fields[key] = intro[key]
    fields.setdefault("kind", intro["kind"])
    fields.setdefault("title", intro["title"])


HEADER.register(rules.Rule("headline", 30, "header", _headline, _take_headline,
                           "a title or subtitle: a short line with no closing punctuation, or a Markdown heading"))
header_sitting.register(HEADER, rules.Rule)  # "Sesión del Congreso Pleno, ..." under "LEGISLATURA 340ª"
HEADER.register(rules.Rule("header-block", 20, "header", _header_block, _take_header_block,
                           "a block of a few short lines: name, office, venue, 'City, Country', date"))
HEADER.register(rules.Rule("introduction", 10, "header", lambda block, doc: _intro(block.text.strip()),
                           _take_intro, "a sentence that presents the text: 'We reproduce ... remarks ...:'"))
HEADER.register(rules.Rule("decoration", 50, "header", header_cover.decoration, lambda found, fields: None,
                           "a rule line or separator ('-----', '»'): passed over, never a title"))
def _record_note(block: Block, doc: CleanDoc) -> str | None:
    text = block.text.strip()
    return text if clean_rules.is_direction(text, doc.labels) else None


def _take_record_note(text: str, fields: dict) -> None:
    """A bracketed date line ("[Lunes 10 de Diciembre del 2007]", "(9 June 1998)") under the title is the date."""
    date = header_titles.date_line(text.strip("*_ ")[1:-1].strip())
    if date and not fields.get("date"):
        fields["date"] = date


HEADER.register(rules.Rule("record note", 46, "header", _record_note, _take_record_note,
                           "a direction of the record ('*(10.00 am)*', '(Witness sworn)'): never a title; a "
                           "bracketed date line gives the date"))
def _transcript_note(block: Block, doc: CleanDoc) -> bool:
    """A transcriber's note on the text's accuracy above it (the closing notes' vocabulary, ``CREDIT_DISCLAIMER``:
    "DISCLAIMER: This transcript was generated using AI speech recognition / and may contain errors."), short,
    not a turn and in no one's voice (a speech that says its figures "may contain errors" says "we")."""
    text = " ".join(block.text.split())
    return len(text) <= clean_rules.DISCLAIMER_CHARS and bool(clean_rules.CREDIT_DISCLAIMER.search(text)) \
        and not _opens_turn(block.text.strip().split("\n"), doc) and monologue.first_person_share(text) == 0


HEADER.register(rules.Rule("transcript note", 44, "header", _transcript_note, lambda found, fields: None,
                           "a transcriber's note on the accuracy of the text below it: never a title, never speech"))
HEADER.register(rules.Rule("time-of-day", 45, "header", header_cover.time_line, lambda found, fields: None,
                           "a time of day on its own line ('12:10 p.m.') beside a sitting's date: never a title"))
HEADER.register(rules.Rule("date-key", 40, "header", header_cover.date_key, lambda found, fields: None,
                           "a key line naming the date the next block gives ('Date of Meeting:')"))
HEADER.register(rules.Rule("cover-place", 35, "header", header_cover.cover_place, header_cover.take_place,
                           "a 'City, Region' line above a date line on a cover page: the place, not the title"))
HEADER.register(rules.Rule("headings", 32, "header", header_titles.headings, header_titles.take_headings,
                           "a stack of Markdown headings, a heading wrapped by the export, an underlined heading"))
HEADER.register(rules.Rule("reading-head", 49, "header", reading_head.reading_head, reading_head.take_reading_head,
                           "a sermon manuscript's title over the reference of its reading, cited again in the text"))
HEADER.register(rules.Rule("ruled-head", 48, "header", header_cover.ruled_head, header_cover.take_field_block,
                           "the first block closed by a rule line: title, fields and credits of a tidied export"))
HEADER.register(rules.Rule("field-block", 22, "header", header_cover.field_block, header_cover.take_field_block,
                           "a block of 'Key: value' lines, as list items or plain, under a heading or over a rule"))
HEADER.register(rules.Rule("wrapped-title", 25, "header", header_cover.wrapped_title, header_cover.take_wrapped_title,
                           "a title in capitals wrapped over a few lines, a line ending mid-phrase"))
HEADER_BLOCKS_MAX = 6  # title, subtitle, a header block, an introduction and a date line: past six blocks it is text


def read_header(doc: CleanDoc) -> Header:
    """Read title, date, place, people and whose remarks these are from the opening blocks."""
    fields: dict = {"people": [], "consumed": set(), "lines": []}
    blocks = list(doc.blocks)
    index = 0
    while index < len(blocks) and index < HEADER_BLOCKS_MAX:
        rule, found = HEADER.first("header", blocks[index], doc)
        if rule is None or rule.action(found, fields) == STOP:
            break
        text = blocks[index].text.strip()
        fields["consumed"].add(blocks[index].line)
        fields["lines"].append(found if rule.name == "headline" else text)
        index += 1
    if index < len(blocks):
        rule, found = HEADER.first("body", blocks[index].text)  # the dateline stays in the text
        if rule:
            rule.action(found, fields)
    title_fields.finish(doc, fields)  # (header_titles.finish, then a title field under a numbered heading)
    speaker_field = next((f.value for f in doc.fields if f.key.lower() in ("speaker", "speakers")), None)
    if speaker_field and not fields.get("monologue_by"):
        fields["monologue_by"] = speaker_field  # a "Speaker: Name" line says whose words these are
    if not fields.get("monologue_by") and (not doc.labels or monologue.talk_then_questions(doc.labels)):
        _read_monologue(doc, [b for b in blocks if b.line not in fields["consumed"]], fields)
    if not fields.get("monologue_by") and (lecturer := quoted_qa.lecturer(doc.source.text, doc.labels)):
        fields["monologue_by"] = lecturer  # the lecture around its quoted questions and answers
        fields["monologue_why"] = f"the lecture around the quoted questions is the words of {lecturer}, who answers them"
    texts = [fields.get("title"), fields.get("subtitle"),
             monologue.opening_text([b for b in blocks if b.line not in fields["consumed"]])]
    if not fields.get("monologue_by") and (found := interviewee.named(doc.labels, texts)):  # "An interview with NAME"
        fields["monologue_by"], fields["monologue_why"] = found
    return _to_header(fields)


def _read_monologue(doc: CleanDoc, body: list[Block], fields: dict) -> None:
    """Whose words an unlabelled document (or the talk before a Q&A) is, from front matter, header lines,
    a byline, a self-introduction or the title (``monologue.speaker``)."""
    front = dict(doc.source.front_matter)
    title = front.get("title") if isinstance(front.get("title"), str) else fields.get("title")
    subtitle = front.get("subtitle") if isinstance(front.get("subtitle"), str) else fields.get("subtitle")
    found = monologue.speaker(doc, title, subtitle, list(fields["lines"]), body)
    if found and not (doc.labels and found.name == monologue.UNKNOWN):
        fields["monologue_by"], fields["monologue_why"] = found.name, found.why
    for block in body[:found.head if found else 0]:  # the page's own head above the signature: header lines
        fields["consumed"].add(block.line)
        fields["lines"].append(block.text.strip())
        fields["date"] = fields.get("date") or header_titles.date_line(block.text.strip().strip("()（）"))
    if found and found.byline:  # the byline that named the speaker is the header's, not the speech's
        line = next((b.line for b in body if b.text.strip() == found.byline), None)
        if line is not None:
            fields["consumed"].add(line)
            fields["lines"].append(found.byline)
            fields["date"] = fields.get("date") or dates.find_date(found.byline)  # "..., Stockholm, 28 september 2023."


def _take_dateline(match: re.Match, fields: dict) -> None:
    place = match.group("place").strip()
    fields.setdefault("place", " ".join(people.smart_title(w) for w in place.split()))
    if not fields.get("date"):
        fields["date"] = dates.find_date(match.group("date"))
    fields["source_name"] = match.group("agency") or (match.group("agency2") or "").strip() or None


HEADER.register(rules.Rule("dateline", 0, "body", DATELINE.match, _take_dateline,
                           "a news agency's dateline opening the first paragraph: 'MOSCOW, March 29. /TASS/.'"))


def _to_header(fields: dict) -> Header:
    date = fields.get("date")
    title = fields.get("title")
    people_found: dict[str, Person] = {}
    for person in fields["people"]:
        known = people_found.get(person.name)
        if known is None or (known.role is None and person.role):
            people_found[person.name] = person
    return Header(
        title=title,
        subtitle=fields.get("subtitle"),
        date_text=date.text if date else None,
        date=date.iso if date else None,
        place=fields.get("place"),
        source_name=fields.get("source_name"),
        kind_hint=fields.get("kind") or kind_hint(title, fields.get("subtitle")),
        people=tuple(people_found.values()),
        monologue_by=fields.get("monologue_by"),
        monologue_why=fields.get("monologue_why"),
        consumed=frozenset(fields["consumed"]),
        lines_text=tuple(fields["lines"]),
    )

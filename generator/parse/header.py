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

``HEADER`` holds the rules, in priority order; each kind of opening block is read
by a module of its own: ``header_headline`` (title, subtitle), ``header_block``
(the block of short lines), ``header_intro`` (introduction, dateline),
``header_cover`` and ``header_titles`` (cover pages, headings), ``header_sitting``;
``header_kind`` names the kind of event.  An unlabelled document's speaker is
``monologue``'s.
"""

from __future__ import annotations

from . import (clean_rules, dates, header_cover, header_sitting, header_titles, interviewee, monologue, quoted_qa,
               reading_head, rules, title_fields)
from .header_block import _header_block, _opens_turn, _take_header_block
from .header_headline import (NOT_EVENT_DATE, STOP, TIMED_SEGMENT, _closing_date, _headline,  # noqa: F401
                              _take_headline)
from .header_intro import DATELINE, _intro, _take_dateline, _take_intro
from .header_kind import kind_hint  # noqa: F401  (``metadata`` and the tests ask ``header`` for them)
from ..model import Block, CleanDoc, Header, Person

HEADER = rules.Registry("header")  # what the opening blocks of a document are, read until one is none of these


def _record_note(block: Block, doc: CleanDoc) -> str | None:
    text = block.text.strip()
    return text if clean_rules.is_direction(text, doc.labels) else None


def _take_record_note(text: str, fields: dict) -> None:
    """A bracketed date line ("[Lunes 10 de Diciembre del 2007]", "(9 June 1998)") under the title is the date."""
    date = header_titles.date_line(text.strip("*_ ")[1:-1].strip())
    if date and not fields.get("date"):
        fields["date"] = date


def _transcript_note(block: Block, doc: CleanDoc) -> bool:
    """A transcriber's note on the text's accuracy above it (the closing notes' vocabulary, ``CREDIT_DISCLAIMER``:
    "DISCLAIMER: This transcript was generated using AI speech recognition / and may contain errors."), short,
    not a turn and in no one's voice (a speech that says its figures "may contain errors" says "we")."""
    text = " ".join(block.text.split())
    return len(text) <= clean_rules.DISCLAIMER_CHARS and bool(clean_rules.CREDIT_DISCLAIMER.search(text)) \
        and not _opens_turn(block.text.strip().split("\n"), doc) and monologue.first_person_share(text) == 0


def _nothing(found, fields: dict) -> None:
    """The action of a block the header passes over: it gives no field."""


Rule = rules.Rule
RULES = (  # ("sitting heading" is header_sitting's; "dateline", of scope "body", reads the text's first block)
    Rule("headline", 30, "header", _headline, _take_headline,
         "a title or subtitle: a short line with no closing punctuation, or a Markdown heading"),
    Rule("header-block", 20, "header", _header_block, _take_header_block,
         "a block of a few short lines: name, office, venue, 'City, Country', date"),
    Rule("introduction", 10, "header", lambda block, doc: _intro(block.text.strip()), _take_intro,
         "a sentence that presents the text: 'We reproduce ... remarks ...:'"),
    Rule("decoration", 50, "header", header_cover.decoration, _nothing,
         "a rule line or separator ('-----', '»'): passed over, never a title"),
    Rule("record note", 46, "header", _record_note, _take_record_note,
         "a direction of the record ('*(10.00 am)*', '(Witness sworn)'): never a title; a bracketed date line gives "
         "the date"),
    Rule("transcript note", 44, "header", _transcript_note, _nothing,
         "a transcriber's note on the accuracy of the text below it: never a title, never speech"),
    Rule("time-of-day", 45, "header", header_cover.time_line, _nothing,
         "a time of day on its own line ('12:10 p.m.') beside a sitting's date: never a title"),
    Rule("date-key", 40, "header", header_cover.date_key, _nothing,
         "a key line naming the date the next block gives ('Date of Meeting:')"),
    Rule("cover-place", 35, "header", header_cover.cover_place, header_cover.take_place,
         "a 'City, Region' line above a date line on a cover page: the place, not the title"),
    Rule("headings", 32, "header", header_titles.headings, header_titles.take_headings,
         "a stack of Markdown headings, a heading wrapped by the export, an underlined heading"),
    Rule("reading-head", 49, "header", reading_head.reading_head, reading_head.take_reading_head,
         "a sermon manuscript's title over the reference of its reading, cited again in the text"),
    Rule("ruled-head", 48, "header", header_cover.ruled_head, header_cover.take_field_block,
         "the first block closed by a rule line: title, fields and credits of a tidied export"),
    Rule("field-block", 22, "header", header_cover.field_block, header_cover.take_field_block,
         "a block of 'Key: value' lines, as list items or plain, under a heading or over a rule"),
    Rule("wrapped-title", 25, "header", header_cover.wrapped_title, header_cover.take_wrapped_title,
         "a title in capitals wrapped over a few lines, a line ending mid-phrase"),
    Rule("dateline", 0, "body", DATELINE.match, _take_dateline,
         "a news agency's dateline opening the first paragraph: 'MOSCOW, March 29. /TASS/.'"),
)
for _rule in RULES:
    HEADER.register(_rule)
header_sitting.register(HEADER, rules.Rule)  # "Sesión del Congreso Pleno, ..." under "LEGISLATURA 340ª"
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
        fields["monologue_why"] = \
            f"the lecture around the quoted questions is the words of {lecturer}, who answers them"
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



def _to_header(fields: dict) -> Header:
    title = fields.get("title")
    # no date line: a full date the title holds beside its words ("TV | Selkouutiset | tiistai 22.10.2024", a heading
    # read as the title), as a dated first line is read (``header_titles.dated_title``)
    dated = isinstance(title, str) and not NOT_EVENT_DATE.search(title)  # (not "NAME edited this page on ...")
    date = fields.get("date") or (header_titles.dated_title(title) if dated else None)
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

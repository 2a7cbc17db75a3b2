"""Who speaks an unlabelled document (part of stage 3, header).

In: the cleaned document, its title and subtitle, and the header lines read so far.  Out:
``Monologue(name, why)`` or None.  A document with prose and no accepted labels is a monologue by one speaker
(a talk, a lecture, a speech, a written interview's answers), named from, in this order of evidence:

1. front matter (``speaker``, ``speakers`` with one entry, ``presenter``, ``guest``, ``interviewee`` ...;
   ``author`` only where the text is spoken in the first person);
2. a header line (``Speaker: Jane Doe``, ``President: ...``, ``Remarks by Jane Doe``, ``Lecture by ...``);
3. a byline (``By Jane Doe``), where the text is in the first person (a reporter's byline over a third-person
   report names the writer, not a speaker);
4. a self-introduction in the opening sentences ("My name is Jane Doe", "I'm Jane Doe, ...");
5. the title ("Jane Doe: On Memory", "Remarks by the President on ...");

otherwise ``UNKNOWN`` when the text is spoken in the first person and nothing says several people speak, or when
it is a record of speech written in the third person (rules "transcribed": a transcriber in the front matter, a
title calling it a transcript; "discussion-notes": a point a line, no writer, no reported speech).  A title
"Remarks by NAME" names the speaker however the words are written.  A document that says several people speak
(a podcast, an interview, a hearing; subtitles without voices; front matter listing two speakers) gets no single
speaker from weak evidence: the caller warns instead.  The words
that count as evidence are data (``monologue_vocab``); what kind of text it is, ``monologue_kinds``.
"""

from __future__ import annotations

import regex as re
from dataclasses import dataclass

from . import layouts, people, third_person
from ..model import Block, CleanDoc
from .monologue_kinds import (CAPITALS_LABEL, SUBTITLE_FORMATS, _reports_no_one, _short_line,  # noqa: F401
                              _unread_labels, _what_it_says, discussion_notes, several_voices, transcribed)
from .monologue_names import (FIELD_SEPARATOR, NAME_WORDS_MAX, _after_office, _key_value, _name_words,  # noqa: F401
                              _person, _plain, _segment_person, author_introduced, signature)
from .monologue_vocab import (BYLINE_BLOCKS, CJK_CHARS_PER_WORD, FIRST_PERSON_MIN, OPENING_CHARS,  # noqa: F401
                              SAMPLE_CHARS, first_person_share, names_speaker, talk_then_questions, vocabulary,
                              word_count)

UNKNOWN = "Unknown speaker"
NO_VOICE_NAMED = "no voice is named"  # (the reason given for subtitles whose cues name no voice)
MIN_WORDS = 40  # fewer words of prose are a caption or a note, not a monologue to attribute
BYLINE_WORDS = 40  # a byline with the occasion, place and date runs to 20-30 words; a longer line is speech
SUBTITLE_PARTS = re.compile(r"\s*[,;]\s+")  # "NAME, OFFICE, PLACE, DATE": a subtitle's parts
TITLE_SEGMENT = re.compile(r"\s+[-–—|｜]\s+")  # "TITLE - SPEAKER | SERIES": a video title's segments
# a header field written as a list item ("- 발표자: NAME", "* Speaker: NAME")
LIST_MARK = re.compile(r"^\s*[-*+•]\s+")


@dataclass(frozen=True)
class Monologue:
    name: str
    why: str
    byline: str | None = None  # the byline text that named the speaker: the document's header, not speech
    head: int = 0  # how many opening blocks of the body are the page's own head (title lines, office, name): not speech



def _from_front_matter(doc: CleanDoc, spoken: bool, crowd: str | None) -> Monologue | None:
    """The speaker a front-matter key names; a guest or an author only where nothing says several people
    speak (and an author only over first-person text)."""
    front = dict(doc.source.front_matter)
    weaker = () if crowd else vocabulary().voices + (vocabulary().authors if spoken else ())
    for key in vocabulary().keys + weaker:
        value = front.get(key)
        values = value if isinstance(value, list) else [value]
        if len(values) == 1 and (name := _segment_person(values[0])):
            return Monologue(name, f"front matter '{key}' names the speaker")
    return None


def front_matter_speaker(doc: CleanDoc) -> Monologue | None:
    """The one speaker a front-matter speaker key names ("speaker", "speakers" with one entry, "presenter" ...;
    never a guest or an author)."""
    return _from_front_matter(doc, False, "speakers") if doc.source.front_matter else None


def _from_header_lines(doc: CleanDoc, lines: list[str], crowd: str | None = None) -> Monologue | None:
    """The speaker a header line names: a key of the speaker ("Speaker:", "Referent:", "講師："), or, where nothing
    says several people speak, a key of a show's one voice ("Host:", "パーソナリティ："); a line of several
    fields ("パーソナリティ：NAME | 配信日：DATE") is read field by field."""
    keys = vocabulary().keys + (() if crowd else vocabulary().voices)
    for field in doc.fields:
        if field.key.casefold() in keys and (name := _person(field.value)):
            return Monologue(name, f"the header line '{field.key}: {field.value}' names the speaker")
    for line in (line.strip() for entry in lines for line in entry.split("\n")):
        for part in FIELD_SEPARATOR.split(line):
            key, colon, value = _key_value(LIST_MARK.sub("", part))
            if colon and key.strip().casefold() in keys and (name := _person(value.strip())):
                return Monologue(name, f"the header line '{line}' names the speaker")
        if name := _phrase_name(line):
            return Monologue(name, f"the header line '{line}' names the speaker")
    return None


def _phrase_name(text: str) -> str | None:
    found = vocabulary().phrases.search(_plain(text))
    if not found:
        return None
    run = found.group("name")
    if run.casefold().startswith("the "):  # an office: "Remarks by the Prime Minister on ..."
        office = []
        for word in run.split()[1:]:
            if not (word[:1].isupper() and people.is_office(word)):
                break
            office.append(word)
        return " ".join(["The"] + office) if office else None
    return _after_office(run)


def _possessive_name(title: str) -> str | None:
    """"Transcript of Anna Berg's keynote at ...": the name before a possessive and a talk's word."""
    found = vocabulary().possessive.search(_plain(title))
    return _after_office(found.group("name")) if found else None


def _from_subtitle(subtitle: str) -> Monologue | None:
    """A subtitle that is one person's name and office, perhaps a place and a date after them ("Willem F.
    Duisenberg, President of the European Central Bank, 9 June 1998": a central bank's or a ministry's page
    under the title of a statement) names the speaker of first-person text, as a "Speaker:" line does.  Not a
    byline ("By NAME, Staff writer"), nor a subtitle naming two people with their offices ("NAME, President of
    the ECB, NAME, Vice-President of the ECB, ...")."""
    plain = _plain(subtitle).strip()
    parts = [part.strip() for part in SUBTITLE_PARTS.split(plain)]
    if len(parts) < 2 or vocabulary().byline.match(plain) or not people.is_name_line(parts[0]) \
            or not people.is_office(parts[1]):
        return None
    if any(people.is_name_line(a) and people.is_office(b) for a, b in zip(parts[2:], parts[3:])):
        return None  # a second person with an office: two voices
    return Monologue(parts[0], f"the subtitle '{subtitle}' names the speaker and their office")


def _from_signature(lines: list[str], texts: list[str]) -> Monologue | None:
    """A name alone beside its office line in the head above the speech (``monologue_names.signature``), among
    the header's lines or the body's first blocks (those down to it are the head, not speech)."""
    found = signature(list(lines) + texts)
    return Monologue(found[0], f"the line '{found[0]}' beside its office line names the speaker",
                     head=max(0, found[1] - len(lines))) if found else None



def _from_byline(texts: list[str]) -> Monologue | None:
    for text in texts[:BYLINE_BLOCKS]:
        found = vocabulary().byline.match(_plain(text.strip()))
        if found and "\n" not in text.strip() and (name := _person(found.group("name").strip())):
            return Monologue(name, f"the byline '{text.strip()}' names the speaker")
    return None


def _from_phrase_byline(texts: list[str]) -> Monologue | None:
    """A one-line block that opens with a phrase naming whose words follow ("Tal till nationen av statsminister
    NAME med anledning av ..., Stockholm, DATE."): the speaker, and a line of the header, not of the speech."""
    for text in texts[:BYLINE_BLOCKS]:
        plain = _plain(text.strip())
        found = vocabulary().phrases.match(plain)
        if found and "\n" not in plain and len(plain.split()) <= BYLINE_WORDS and (name := _phrase_name(plain)):
            return Monologue(name, f"the byline '{text.strip()}' names the speaker", byline=text.strip())
    return None


def _from_self_introduction(opening: str, known: list[str]) -> Monologue | None:
    for pattern, minimum in ((vocabulary().intro, 1), (vocabulary().intro_full, 2)):
        found = pattern.search(opening)
        run = found.group("name").split() if found else []
        if run and people.fold(run[0]).strip(".") in vocabulary().address:  # "my name is Pastor NAME"
            run = run[1:]
        name = _name_words(" ".join(run), minimum) if run else None
        if name:
            full = next((k for k in known if k.split()[0] == name and " " not in name), name)
            return Monologue(full, f"the speaker introduces themselves: '{found.group(0).strip()}'")
    return None


def _from_title(title: str | None, text: str) -> Monologue | None:
    if not title:
        return None
    if name := _phrase_name(title):
        return Monologue(name, f"the title '{title}' names the speaker")
    before, colon, _ = title.partition(":")
    if colon and people.is_name_line(before.strip()) and not any(  # "Bills Signed: ...": words, not a name
            re.search(rf"\b{re.escape(word.lower())}\b", text) for word in before.split()):
        return Monologue(before.strip(), f"the title '{title}' names the speaker")
    return None


def _title_segment_name(title: str) -> str | None:
    """A person with a title of address in a segment of the title after the first ("Planted in Christ - Pr.
    Stephen Tirop | Sermon", "On Grace – Dr. Jane Doe"): a video or archive title naming its speaker."""
    for segment in TITLE_SEGMENT.split(title)[1:]:
        words = segment.split()
        if not words or people.fold(words[0]).strip(".") not in vocabulary().address or len(words) > NAME_WORDS_MAX + 1:
            continue
        name = _after_office(" ".join(words[1:]))
        if name and segment.strip().endswith(name):
            return name
    return None


def opening_text(blocks: list[Block]) -> str:
    """The opening sentences of the text: the first blocks that are prose, not headings or links."""
    texts, size = [], 0
    for block in blocks:
        text = _plain(block.text.strip())
        if text.startswith("#") or text.startswith("<") or len(text.split()) < 4:
            continue
        texts.append(text)
        size += len(text)
        if size >= OPENING_CHARS:
            break
    return " ".join(texts)[:OPENING_CHARS]



@dataclass(frozen=True)
class _Document:
    """What ``speaker`` reads of an unlabelled document, gathered once."""
    doc: CleanDoc
    title: str | None
    subtitle: str | None
    lines: list[str]  # the header's lines
    body: list[Block]
    text: str  # the body's text
    texts: list[str]  # the title, subtitle and front matter's description, kind and type
    opening: str  # ``opening_text``
    spoken: bool  # the text is in the first person, or its author introduces themselves
    crowd: str | None  # why several people seem to speak (``several_voices``), or None


def speaker(doc: CleanDoc, title: str | None, subtitle: str | None, lines: list[str],
            body: list[Block]) -> Monologue | None:
    """The one speaker of an unlabelled document, from the strongest evidence it gives (see the module)."""
    text = "\n".join(b.text for b in body)
    if word_count(text) < MIN_WORDS:
        return None
    spoken = first_person_share(text) >= FIRST_PERSON_MIN or bool(author_introduced(doc.source.front_matter, text))
    front = dict(doc.source.front_matter)
    texts = [t for t in (title, subtitle, front.get("description"), front.get("kind"), front.get("type"))
             if isinstance(t, str)]
    opening = opening_text(body)
    found = _Document(doc, title, subtitle, lines, body, text, texts, opening, spoken,
                      several_voices(doc, texts, opening))
    return _from_head(found) or _from_crowd(found) or _from_record(found)


def _from_head(found: _Document) -> Monologue | None:
    """The speaker the document's head names: front matter, a header line, a subtitle, a signature."""
    doc, subtitle, text, crowd = found.doc, found.subtitle, found.text, found.crowd
    return _from_front_matter(doc, found.spoken, crowd) or _from_header_lines(doc, found.lines, crowd) \
        or (_from_subtitle(subtitle) if subtitle and (found.spoken or crowd and _reports_no_one(text)) else None) \
        or _from_signature(found.lines, [b.text for b in found.body])


def _from_crowd(found: _Document) -> Monologue | None:
    """'Unknown speaker' where several people seem to speak and nothing in the head names one."""
    crowd = found.crowd
    if crowd and found.doc.source.format in SUBTITLE_FORMATS:  # a lecture's, a stream's, a narrator's captions as
        # often as a film's: the format says nothing of how many speak, only that no voice is named
        return Monologue(UNKNOWN, f"{NO_VOICE_NAMED} ({crowd}): one person or several, no label tells")
    if crowd:  # never narration only: the words are said, by people the text does not tell apart
        return Monologue(UNKNOWN, f"several people seem to speak ({crowd}) and no label tells them apart")
    return None


def _from_record(found: _Document) -> Monologue | None:
    """The speaker of one voice's text that the head does not name: the title, a byline, a self-introduction;
    'Unknown speaker' for a record of speech or first-person text nothing names; None for narration."""
    doc, title, body, lines, texts = found.doc, found.title, found.body, found.lines, found.texts
    if title and (name := _phrase_name(title) or _possessive_name(title)):  # "Remarks by NAME", "NAME's keynote"
        return Monologue(name, f"the title '{title}' names the speaker")
    known = [n for t in texts for n in people.names_in(t)]
    record = transcribed(doc, texts) or (None if found.spoken else discussion_notes(doc, texts, body, lines))
    if not found.spoken and not record:  # a report in the third person (a fact sheet, a news story): its byline
        record = third_person.record(doc, texts, body, lines)  # and title name no one; a long record is said words
        if not record:
            return None
    named = _from_text(found, known)
    if named or layouts.opening_labels(body, _spoken):
        return named  # a speech labelled once is its label's (``turns`` reads it so)
    if found.spoken and (named := _from_phrase_byline(lines + [b.text for b in body])):
        return named
    if record:  # said words, whoever said them: never narration only (rejected labels are reported apart)
        return Monologue(UNKNOWN, f"the document is a record of speech ({record}) and no line names who speaks")
    if _unread_labels(body, [r.text for r in doc.removed], doc.cues):
        return None  # a dialogue whose labels were not read is no monologue (its labels are reported)
    return Monologue(UNKNOWN, "no line of the document names the speaker")


def _spoken(text: str) -> bool:
    return first_person_share(text) >= FIRST_PERSON_MIN


def _from_text(found: _Document, known: list[str]) -> Monologue | None:
    """A byline over first-person text, a title's segment naming a person, a self-introduction, the title."""
    title = found.title
    segment = _title_segment_name(title) if title else None  # "TITLE - Pr. NAME | Sermon": the full name
    return (_from_byline(found.lines + [b.text for b in found.body]) if found.spoken else None) \
        or (Monologue(segment, f"the title '{title}' names the speaker") if segment else None) \
        or _from_self_introduction(found.opening, known) or _from_title(title, found.text)

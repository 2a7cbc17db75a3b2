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
that count as evidence are data (``data/monologue-evidence.txt``, ``data/first-person.txt``), each entry with
where it comes from.
"""

from __future__ import annotations

import regex as re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import labels, layouts, people, third_person, vocab
from ..model import Block, CleanDoc
from ..read import turn_tables
from .monologue_names import (FIELD_SEPARATOR, NAME_WORDS_MAX, _after_office, _key_value, _name_words,  # noqa: F401
                              _person, _plain, _segment_person, author_introduced, signature)

UNKNOWN = "Unknown speaker"
NO_VOICE_NAMED = "no voice is named"  # (the reason given for subtitles whose cues name no voice)
FIRST_PERSON_MIN = 0.02  # share of words that are "I", "we", "you" ...: spoken English runs at 5-8 %, a news
# report at under 1 % (its first person is inside quotations); 2 % separates the two in every language listed
MIN_WORDS = 40  # fewer words of prose are a caption or a note, not a monologue to attribute
OPENING_CHARS = 400  # the opening sentences: where a speaker introduces themselves, and where a show says it is one
BYLINE_BLOCKS = 6  # a byline stands among the first few blocks
BYLINE_WORDS = 40  # a byline with the occasion, place and date runs to 20-30 words; a longer line is speech
SAMPLE_CHARS = 20_000  # enough text to measure the first person; the rest of a long talk adds nothing
NAME_WORD = r"[^\W\d_][\w'’.-]*"
# A Markdown link, or (second alternative) an opening bracket whose link failed, consumed up to where the first
# alternative stopped: every later bracket of that stretch would fail the same way, so none is tried again (a
# caption line of "[[[[" is read once, not once per bracket).
RECURRING_LABEL = 3  # a label-shaped name this often is a speaker's label, so the text is a dialogue
# A name in capitals before a colon, or before a full stop and a dash that a space follows ("MR. SPEAKER.- Order";
# "U.S.-made" is a compound word, not a label)
CAPITALS_LABEL = re.compile(r"\b([A-Z][A-Z.'’ -]{1,40}[A-Z])\s*(?::|\.-(?=\s|$))")
LABEL_LINE_NOISE = re.compile(rf"[*_#\[\]()<>]|\b{labels.TIMESTAMP}\b")  # markup and time codes around a name
LABEL_LINE_WORDS = 4  # a name on a line of its own: a few words
WORD_OR_HAN = re.compile(r"[\u4e00-\u9fff]|[^\W\d_\u4e00-\u9fff]+")  # a Chinese character is a word; "i'm" is "i", "m"
OFFICE_AND_NAME_WORDS = 9  # "White House Homeland Security Advisor Dr. Liz Sherwood-Randall": office, then name
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
CJK_CHARS_PER_WORD = 2  # Chinese and Japanese words run one to three characters, two on average; Korean
# syllables make a word of two or three (as the 80 Chinese characters once asked for made the 40 words of MIN_WORDS)
NEVER = "\x00"  # an alternative that matches no text, for an empty section
SUBTITLE_FORMATS = ("WebVTT subtitles", "SubRip subtitles", "SubViewer subtitles")  # captions carry words, not voices
SUBTITLE_PARTS = re.compile(r"\s*[,;]\s+")  # "NAME, OFFICE, PLACE, DATE": a subtitle's parts
TITLE_SEGMENT = re.compile(r"\s+[-–—|｜]\s+")  # "TITLE - SPEAKER | SERIES": a video title's segments
LIST_MARK = re.compile(r"^\s*[-*+•]\s+")  # a header field written as a list item ("- 발표자: NAME", "* Speaker: NAME")
LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")  # "- point", "* point", "1. point"
# Notes of a discussion write it a point a line: at least this share of the text's lines are list items (an
# article or a speech runs in paragraphs; the developer meetings written up as notes run 76-100 %) ...
NOTES_LIST_SHARE = 0.5
# ... and tell no one's words: at most this many reported-speech verbs ("said", "told") per word (a news report
# on a debate runs at 0.1-6 per 100 words; meeting notes at 0-0.3, their "said" being a participant's).
NOTES_REPORTED_MAX = 0.005


@dataclass(frozen=True)
class Monologue:
    name: str
    why: str
    byline: str | None = None  # the byline text that named the speaker: the document's header, not speech
    head: int = 0  # how many opening blocks of the body are the page's own head (title lines, office, name): not speech


@dataclass(frozen=True)
class _Vocabulary:
    keys: tuple[str, ...]
    voices: tuple[str, ...]
    authors: tuple[str, ...]
    phrases: re.Pattern
    possessive: re.Pattern  # "Anna Berg's keynote at ..."
    byline: re.Pattern
    address: frozenset[str]
    intro: re.Pattern
    intro_full: re.Pattern
    multi: re.Pattern
    opening: re.Pattern
    first_person: frozenset[str]
    questions: frozenset[str]
    answers: frozenset[str]
    transcribed_keys: tuple[str, ...]
    transcribed: re.Pattern
    written: re.Pattern
    reported: re.Pattern


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    entries = vocab.sections("monologue-evidence.txt")
    of = lambda section: [e for s, e in entries if s == section]  # noqa: E731
    name = rf"(?P<name>(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,{OFFICE_AND_NAME_WORDS - 1}}})"
    cjk = lambda w: not w.isascii() and not any(c.isalpha() and c.isascii() for c in w)  # noqa: E731
    def intro(words: list[str]) -> re.Pattern:
        latin = _alternatives([w for w in words if not cjk(w)] or [NEVER])
        other = _alternatives([w for w in words if cjk(w)] or [NEVER])
        return re.compile(rf"(?:(?:^|(?<=[\s,.!;:¡¿\"“(]))(?i:{latin})\s+|(?:{other})\s*)"
                          rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})")
    words = {w.strip("'") for _, line in vocab.sections("first-person.txt") for w in line.split()}
    return _Vocabulary(
        keys=tuple(of("key")), voices=tuple(of("voice")), authors=tuple(of("author")),
        phrases=re.compile(rf"(?:^|\b)(?i:{_alternatives(of('phrase'))})(?:\s+|(?<=['’])){name}"),  # ("d'Anna")
        possessive=re.compile(rf"(?P<name>\p{{Lu}}[\w'’.\-]*(?:\s+\p{{Lu}}[\w'’.\-]*){{1,{NAME_WORDS_MAX - 1}}})['’]s\s+"
                              rf"(?i:{_alternatives(of('possessive'))})\b"),
        byline=re.compile(rf"^(?i:{_alternatives(of('byline'))})\s+(?P<name>.+)$"),
        address=frozenset(of("address")) | people.HONORIFICS,
        intro=intro(of("intro")), intro_full=intro(of("intro-full")),
        multi=re.compile(rf"(?i:\b(?:{_alternatives(of('multi'))})\b)"),
        opening=re.compile(rf"(?i:\b(?:{_alternatives(of('opening'))})\b)"),
        first_person=frozenset(words), questions=frozenset(of("question")), answers=frozenset(of("answer")),
        transcribed_keys=tuple(of("transcribed-key")),
        transcribed=re.compile(rf"(?i:\b(?:{_alternatives(of('transcribed'))})\b)"),
        written=re.compile(rf"(?i:\b(?:{_alternatives(of('written'))})\b)"),
        reported=re.compile(rf"(?i:\b(?:{_alternatives(of('reported'))})\b)"))


SPEAKER_EVIDENCE = ("the header line", "the title")  # how ``speaker`` says it read a field or a title naming the
# speaker (with front matter's speaker keys); a byline or an ``author`` key may name the writer of an article


def names_speaker(why: str | None) -> bool:
    """Whether ``why`` (a ``Monologue.why``) says the document's head names its speaker, not only its writer: a
    talk's quotations are then its speaker's words, never turns of the people quoted."""
    keys = tuple(f"front matter '{key}'" for key in vocabulary().keys + vocabulary().voices)
    return bool(why) and why.startswith(SPEAKER_EVIDENCE + keys)


def talk_then_questions(accepted: frozenset[str]) -> bool:
    """The document's only labels are questions and answers ("Q:"/"A:", "P:"/"R:", "问："/"答："): a talk followed
    by its questions, whose answers are the talk's speaker's."""
    found = vocabulary()  # other labels may join the questions (an audience member named by the transcriber)
    return bool(accepted & found.answers) and bool(accepted & found.questions)


def word_count(text: str) -> int:
    """Words of ``text``: runs between spaces, or for Chinese, Japanese and Korean, which write no spaces between
    words, the characters of those scripts over ``CJK_CHARS_PER_WORD`` (a Japanese page of 7,000 characters is
    one long monologue, not the "114 words" its spaces make)."""
    return max(len(text.split()), len(CJK_CHAR.findall(text)) // CJK_CHARS_PER_WORD)


def first_person_share(text: str) -> float:
    """Share of the words of ``text`` that are first- or second-person pronouns (any listed language)."""
    text = text[:SAMPLE_CHARS].casefold().replace("’", "'")
    tokens = WORD_OR_HAN.findall(text)
    if not tokens:
        return 0.0
    hits = sum(map(vocabulary().first_person.__contains__, tokens))
    return hits / len(tokens)


def several_voices(doc: CleanDoc, texts: list[str], opening: str) -> str | None:
    """Why the document is not one person speaking, or None: subtitles without voices, front matter naming
    two or more speakers, or a title, description or opening that calls it a podcast, interview, hearing ..."""
    if doc.source.format in SUBTITLE_FORMATS:
        return f"{doc.source.format} without voices"
    front = dict(doc.source.front_matter)
    for key in vocabulary().keys + vocabulary().voices:
        value = front.get(key)
        if isinstance(value, list) and len(value) >= 2:
            return f"front matter '{key}' names {len(value)} people"
    for text in texts:
        if found := vocabulary().multi.search(_what_it_says(text or "")):
            return f"it is called a {found.group(0).lower()}"
    if found := vocabulary().opening.search(opening or ""):
        return f"its opening says '{found.group(0)}'"
    return None


def _what_it_says(text: str) -> str:
    """The part of a title or description that says what the recording is: a description's opening paragraph
    ("A conversation with NAME about ..."); its chapters, takeaways, quoted sound bites and generated summary
    further on ("the kind of interview style", "The conversation discusses ...") describe the content."""
    return text.strip().split("\n\n", 1)[0][:OPENING_CHARS]


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


def _reports_no_one(text: str) -> bool:
    """Whether ``text`` quotes no one's words (``NOTES_REPORTED_MAX``): a formal statement at a press conference
    ("I am here today to report ...") says "I" too rarely to count as spoken by ``FIRST_PERSON_MIN``, where a
    report about the event tells what was said."""
    sample = text[:SAMPLE_CHARS]
    return len(vocabulary().reported.findall(sample)) <= NOTES_REPORTED_MAX * max(1, word_count(sample))


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


def transcribed(doc: CleanDoc, texts: list[str]) -> str | None:
    """Why the document is a record of what was said, not an article about it, or None (rule "transcribed"): a table of
    speech, a model's video description (``media_description``), a transcriber in the front matter (``transcript_by``)
    or a title or description calling it a transcript (an article names its writer: ``author``, a byline)."""
    if doc.source.format in turn_tables.FORMATS.values() or doc.described:
        return "a model's description of a video holds its words" if doc.described else \
            f"it is a {doc.source.format} of transcribed speech"
    front = dict(doc.source.front_matter)
    for key in vocabulary().transcribed_keys:
        if front.get(key):
            return f"front matter '{key}' names its transcriber"
    for text in texts:
        if found := vocabulary().transcribed.search(text):
            return f"it is called a {found.group(0).lower()}"
    return None


def discussion_notes(doc: CleanDoc, texts: list[str], body: list[Block], lines: list[str]) -> str | None:
    """Why the document is notes of a discussion (rule "discussion-notes"), or None: its text is a point a line
    (``NOTES_LIST_SHARE``), no writer is named (an ``author`` key, a byline), its title calls it no written piece
    ("Fact Sheet: ...", "Press Release") and it reports no one's words (``NOTES_REPORTED_MAX``).  What was said at
    a meeting, written down in the third person: 'Unknown speaker', where a fact sheet or an article stays
    narration."""
    front = dict(doc.source.front_matter)
    if any(front.get(key) for key in vocabulary().authors) or any(vocabulary().written.search(t) for t in texts):
        return None
    if any(vocabulary().byline.match(_plain(t.strip())) for t in (lines + [b.text for b in body])[:BYLINE_BLOCKS]):
        return None
    text_lines = [line for b in body for line in b.text.split("\n") if line.strip() and not line.startswith("#")]
    items = sum(1 for line in text_lines if LIST_ITEM.match(line))
    if not text_lines or items < NOTES_LIST_SHARE * len(text_lines):
        return None
    words = sum(len(line.split()) for line in text_lines)
    if len(vocabulary().reported.findall("\n".join(text_lines))) > NOTES_REPORTED_MAX * words:
        return None
    return f"its text is notes, {items} of its {len(text_lines)} lines list items, with no writer named"


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
    crowd = several_voices(doc, texts, opening)
    found = _from_front_matter(doc, spoken, crowd) or _from_header_lines(doc, lines, crowd) \
        or (_from_subtitle(subtitle) if subtitle and (spoken or crowd and _reports_no_one(text)) else None) \
        or _from_signature(lines, [b.text for b in body])
    if found:
        return found
    if crowd and doc.source.format in SUBTITLE_FORMATS:  # a lecture's, a stream's, a narrator's captions as often
        # as a film's: the format says nothing of how many speak, only that no voice is named
        return Monologue(UNKNOWN, f"{NO_VOICE_NAMED} ({crowd}): one person or several, no label tells")
    if crowd:  # never narration only: the words are said, by people the text does not tell apart
        return Monologue(UNKNOWN, f"several people seem to speak ({crowd}) and no label tells them apart")
    if title and (name := _phrase_name(title) or _possessive_name(title)):  # "Remarks by NAME", "NAME's keynote"
        return Monologue(name, f"the title '{title}' names the speaker")
    known = [n for t in texts for n in people.names_in(t)]
    record = transcribed(doc, texts) or (None if spoken else discussion_notes(doc, texts, body, lines))
    if not spoken and not record:  # a report in the third person (a fact sheet, a news story): its byline and
        record = third_person.record(doc, texts, body, lines)  # title name no one; a long record is said words
        if not record:
            return None
    segment = _title_segment_name(title) if title else None  # "TITLE - Pr. NAME | Sermon": the full name
    found = (_from_byline(lines + [b.text for b in body]) if spoken else None) \
        or (Monologue(segment, f"the title '{title}' names the speaker") if segment else None) \
        or _from_self_introduction(opening, known) or _from_title(title, text)
    labelled = not found and layouts.opening_labels(body, lambda text: first_person_share(text) >= FIRST_PERSON_MIN)
    if found or labelled:
        return found  # a speech labelled once is its label's (``turns`` reads it so)
    if spoken and (found := _from_phrase_byline(lines + [b.text for b in body])):
        return found
    if record:  # said words, whoever said them: never narration only (rejected labels are reported apart)
        return Monologue(UNKNOWN, f"the document is a record of speech ({record}) and no line names who speaks")
    if _unread_labels(body, [r.text for r in doc.removed], doc.cues):
        return None  # a dialogue whose labels were not read is no monologue (its labels are reported)
    return Monologue(UNKNOWN, "no line of the document names the speaker")


def _unread_labels(body: list[Block], removed: list[str], cues: frozenset[str] = frozenset()) -> bool:
    """Whether the text shows speaker labels that were not accepted (a dialogue, not a monologue): a label
    candidate or a short line opening blocks again and again ("**Emma**  0:00"), a name in capitals before a
    colon or ".-" repeated anywhere (a page whose lines were not split), or a label in the hearing shape that
    ends with a full stop ("Mr. REID. Mr. President, ...") at the start of a block.  A talk script's cue lines
    (``cues``: "SLIDE: ...") are notes, no labels."""
    counts: Counter[str] = Counter()
    for text in removed:  # label lines the cleaner took for a running header count too
        short = _short_line(text.split("\n", 1)[0])
        if 0 < len(short.split()) <= LABEL_LINE_WORDS:
            counts[short] += 1
    for block in body:
        first = block.text.split("\n", 1)[0]
        found = labels.candidate(first)
        if found and found.key in cues:
            continue
        if found and found.style == "period":
            return True
        short = _short_line(first)
        if found or 0 < len(short.split()) <= LABEL_LINE_WORDS:
            counts[found.key if found else short] += 1
        counts.update(m.group(1) for m in CAPITALS_LABEL.finditer(block.text))
    repeated = [n for n in counts.values() if n >= 2]
    return any(n >= RECURRING_LABEL for n in repeated) or len(repeated) >= 2  # or two names that alternate


def _short_line(line: str) -> str:
    """A line without its markup and time codes, folded; empty when no letter is left (a cue timing
    "0:00:01.040,0:00:04.670" of a caption file read as text names no one, however often it recurs)."""
    short = LABEL_LINE_NOISE.sub(" ", line).strip().casefold()
    return short if any(c.isalpha() for c in short) else ""

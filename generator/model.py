"""Typed records passed between the pipeline stages.

Every stage takes frozen dataclasses and returns frozen dataclasses; plain
dicts appear only at the edges (front matter, YAML, JSON).  The order in which
they are produced:

    Source        read.py      decoded text of one input file
    CleanDoc      clean.py     blocks of text, with boilerplate removed and recorded
    Header        header.py    title, date, place ... found in the opening lines
    Body          turns.py     raw turns: label as written, paragraphs of segments
    LocalCast     speakers.py  the document's speakers, resolved inside the document
    Transcript    metadata.py  one finished transcript, ready to link and render
    Corpus        corpus.py    every transcript plus the corpus-wide speakers
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A message for the user, always with the file, the line and the fix."""

    path: str
    line: int
    message: str
    fix: str
    severity: Severity = Severity.WARNING

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity.value}: {self.message}; {self.fix}"


@dataclass(frozen=True, slots=True)
class Source:
    """One input file, decoded.  ``text`` uses ``\\n`` line ends only."""

    path: Path
    name: str  # path as given to the user (relative where possible)
    raw: bytes
    text: str
    encoding: str
    front_matter: tuple[tuple[str, object], ...] = ()
    body_line: int = 1  # line number in the file where ``text`` starts
    format: str = "plain text"  # "plain text", "Markdown", "WebVTT subtitles", "HTML page" ...
    diagnostics: tuple[Diagnostic, ...] = ()  # problems found while reading (front-matter values)
    removed: tuple["Removal", ...] = ()  # what the reader took out of the text (a timed table's header row), why
    bold_lines: frozenset[int] = frozenset()  # lines of ``text`` (numbered as in the file) that the source set
    # wholly in bold (Markdown "**...**"): the reader takes the marks out, and an interview's questions are set so
    attributed: frozenset[str] = frozenset()  # speakers the markup names in an attribute ("data-speaker"): labels


@dataclass(frozen=True, slots=True)
class Block:
    """A run of non-blank lines.  ``line`` is the 1-based line of its first line."""

    line: int
    text: str
    gap_before: int  # blank lines between the previous block and this one


@dataclass(frozen=True, slots=True)
class Removal:
    """Text the cleaner took out of the transcript, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Field:
    """A metadata line such as ``Source: ...`` or ``PRN: ...``."""

    line: int
    key: str
    value: str


@dataclass(frozen=True, slots=True)
class CleanDoc:
    source: Source
    blocks: tuple[Block, ...]
    removed: tuple[Removal, ...]
    fields: tuple[Field, ...]
    labels: frozenset[str]  # speaker labels accepted for this document
    cues: frozenset[str] = frozenset()  # label-shaped keys of its cue lines ("SLIDE: ..."): notes, not voices
    described: frozenset[int] = frozenset()  # first lines of blocks describing a video around its words said (notes)


@dataclass(frozen=True, slots=True)
class Person:
    """A person the document names in its header or introduction."""

    name: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Header:
    """What the opening lines of a document say about it."""

    title: str | None = None
    subtitle: str | None = None
    date_text: str | None = None
    date: str | None = None
    place: str | None = None
    source_name: str | None = None
    kind_hint: str | None = None
    people: tuple[Person, ...] = ()
    monologue_by: str | None = None  # whose unlabelled opening remarks these are
    monologue_why: str | None = None  # the evidence that names them (front matter, a header line ...)
    consumed: frozenset[int] = frozenset()  # block lines that the header used up
    lines_text: tuple[str, ...] = ()  # header text as written, for the record


class SegmentKind(str, Enum):
    TEXT = "text"
    DIRECTION = "direction"  # stage direction: (Laughter.), (inaudible)
    ATTRIBUTION = "attribution"  # a reporter's "he said" around a quotation
    TIME = "time"  # a time code inside a turn ("[00:03:12]")


@dataclass(frozen=True, slots=True)
class Segment:
    kind: SegmentKind
    text: str


Paragraph = tuple[Segment, ...]


class TurnType(str, Enum):
    SPEECH = "speech"
    NARRATION = "narration"
    HEADING = "heading"


@dataclass(frozen=True, slots=True)
class RawTurn:
    """A turn as the parser found it, before speakers are resolved."""

    line: int
    type: TurnType
    label: str | None  # label as written ("SECRETARY KERRY"), None for narration
    note: str | None  # "(addressed to Rex Tillerson)" without brackets
    paragraphs: tuple[Paragraph, ...]
    inferred_from: str | None = None  # why the speaker was inferred, if it was
    time: str | None = None  # time code of the turn's start, as written


@dataclass(frozen=True, slots=True)
class Body:
    introduction: tuple[Paragraph, ...]
    turns: tuple[RawTurn, ...]
    mode: str  # "dialogue", "article" or "monologue"
    diagnostics: tuple[Diagnostic, ...] = ()
    removed: tuple[Removal, ...] = ()  # structure the parser took out (a "Transcript" heading)
    names: tuple[tuple[str, str], ...] = ()  # label key -> full name the document gives it ("MF" -> Michael Folkson)


@dataclass(frozen=True, slots=True)
class LocalSpeaker:
    """A speaker inside one document."""

    key: str  # document-local key
    name: str
    role: str | None
    labels: tuple[str, ...]
    generic: bool  # "Question", "Moderator": a role, not a person
    automatic: bool = False  # SPEAKER_03, Speaker 1: never merged across documents
    questioner: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """The first mention of a theme in a turn: where to put its link."""

    theme: str
    paragraph: int
    segment: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Turn:
    id: str
    type: TurnType
    speaker: str | None  # speaker key (local) or id (corpus)
    label: str | None  # the label as written in the source, if there was one
    note: str | None
    paragraphs: tuple[Paragraph, ...]
    question: bool
    line: int
    inferred_from: str | None = None
    time: str | None = None
    themes: tuple[str, ...] = ()  # theme ids, in order of first mention
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Transcript:
    id: str
    source: Source
    title: str
    subtitle: str | None
    date: str | None
    date_text: str | None
    place: str | None
    kind: str
    source_name: str | None
    fields: tuple[Field, ...]
    speakers: tuple[LocalSpeaker, ...]
    introduction: tuple[Paragraph, ...]
    turns: tuple[Turn, ...]
    removed: tuple[Removal, ...]
    header_lines: tuple[str, ...] = ()  # the opening lines the header stage read, as written
    tags: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()  # theme ids, most mentioned first
    title_derived: bool = False
    diagnostics: tuple[Diagnostic, ...] = ()


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker across the whole corpus: one person, one record."""

    id: str
    name: str
    role: str | None
    labels: tuple[str, ...]
    generic: bool
    colour: int
    transcripts: tuple[str, ...] = field(default=())
    bio: str | None = None


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    name: str
    aliases: tuple[str, ...]
    description: str | None = None
    parent: str | None = None
    curated: bool = False
    transcripts: tuple[str, ...] = ()
    turns: tuple[tuple[str, str], ...] = ()  # (transcript id, turn id)
    mentions: int = 0


@dataclass(frozen=True, slots=True)
class Corpus:
    transcripts: tuple[Transcript, ...]
    speakers: tuple[Speaker, ...]
    diagnostics: tuple[Diagnostic, ...]
    failed: tuple[str, ...]  # names of inputs that were reported and skipped
    themes: tuple[Theme, ...] = ()

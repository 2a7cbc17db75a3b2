"""Stage notes where a turn starts: "PRIME MINISTER SUGA:  (As interpreted.)  It is truly a pleasure ...".

In: the parsed body, after its speakers are resolved.  Out: the body with each such note as its turn's note, so
that the turn's first words are its speech.  Run after the speakers (``pipeline.convert_source``): a label's
note can name its speaker ("CDR (Armstrong)"), a stage note never does ("CDR: (Laughter) Okay." is still CDR's).
"""

from __future__ import annotations

import regex as re
from dataclasses import replace

from . import turn_rules
from ..model import Body, Paragraph, RawTurn, Segment, SegmentKind, TurnType

# A stage note a press release writes where a turn starts, in its brackets before the first word of speech:
# "(As interpreted.)", "(Laughs.)", "[inaudible]", "(OFF-MIKE)".  A stage direction (``turns.DIRECTION``), a short
# sentence with a word in lower case and its full stop inside the bracket, or a few words in capitals; not a
# name ("(Mr. Smith)"), a time code or a reference ("[glossary:AGS]": no digits, no colon).
STAGE_NOTE = re.compile(r"^[(\[](?P<note>[A-Z][\w'’-]*(?: [\w'’-]+){0,4}\.|[A-Z][A-Z'’-]+(?: [A-Z'’-]+){0,3})[)\]][ \t]*")
LOWER_WORD = re.compile(r" [^\W\d_A-Z]")


def _tidy(parts: list[Segment]) -> Paragraph:
    """The segments without empty ones, the first one's leading spaces trimmed."""
    if parts and parts[0].kind is SegmentKind.TEXT:
        parts[0] = Segment(SegmentKind.TEXT, parts[0].text.lstrip())
    return tuple(p for p in parts if p.text)


def _sentence_start(paragraph: Paragraph) -> bool:
    """Whether the paragraph opens a sentence: a letter not in lower case, or an opening quotation mark.  What
    goes on mid-sentence ("(Inaudible), anyway, why ...") makes the bracket a gap in the speech, not a note."""
    first = paragraph[0].text[:1] if paragraph and paragraph[0].kind is SegmentKind.TEXT else ""
    return bool(first) and (first.isalpha() and not first.islower() or first in "\"“‘'¿¡«")


def _stage_note(paragraph: Paragraph) -> tuple[str, Paragraph] | None:
    """(note without its brackets, the paragraph after it) when a stage note opens the paragraph (``STAGE_NOTE``)
    and a sentence starts after it."""
    first = paragraph[0] if paragraph else None
    if first and first.kind is SegmentKind.DIRECTION:
        note, rest = first.text.strip()[1:-1].strip(), _tidy(list(paragraph[1:]))
    elif (found := STAGE_NOTE.match(first.text) if first and first.kind is SegmentKind.TEXT else None) \
            and (LOWER_WORD.search(found.group("note")) or found.group("note").isupper()):
        note = found.group("note")
        rest = _tidy([Segment(SegmentKind.TEXT, first.text[found.end():])] + list(paragraph[1:]))
    else:
        return None
    return (note, rest) if _sentence_start(rest) else None


def _note_paragraph(paragraphs: tuple[Paragraph, ...]) -> tuple[str, Paragraph] | None:
    """(the note, an empty paragraph) when the first paragraph is one stage direction alone ("[ Silence ]" before
    a Whisper transcript's first words) and a later one opens a sentence."""
    first = paragraphs[0]
    if len(first) != 1 or first[0].kind is not SegmentKind.DIRECTION:
        return None
    spoken = [s for s in paragraphs[1] if s.kind is not SegmentKind.TIME]
    if spoken and spoken[0].kind is SegmentKind.TEXT:  # (after a caption's ">>" mark of a new voice)
        spoken[0] = Segment(SegmentKind.TEXT, spoken[0].text.lstrip().removeprefix(">>"))
    return (first[0].text.strip()[1:-1].strip(), ()) if _sentence_start(_tidy(spoken)) else None


def lift(body: Body) -> Body:
    """A dialogue's or a monologue's turns with their opening stage notes as notes (``opening_notes``)."""
    return replace(body, turns=tuple(opening_notes(list(body.turns)))) if body.mode in LIFTED_MODES else body


LIFTED_MODES = ("dialogue", "monologue")  # (an article's quotations are cited, their brackets the writer's)


def opening_notes(turns: list[RawTurn]) -> list[RawTurn]:
    """Each speech turn that opens with a stage note ("PRIME MINISTER SUGA:  (As interpreted.)  It is truly a
    pleasure ...") with that note as the turn's note: the turn's first words are its speech.  A turn that is
    only a note ("QUESTION: (In Russian.)") keeps it (the voice the transcript does not give), and so does a turn
    whose label has a note of its own."""
    out = []
    for turn in turns:
        lifted = _stage_note(turn.paragraphs[0]) if turn.type is TurnType.SPEECH and turn.note is None \
            and turn.paragraphs else None
        if lifted is None and turn.type is TurnType.SPEECH and turn.note is None and len(turn.paragraphs) > 1:
            lifted = _note_paragraph(turn.paragraphs)  # "[ Silence ]" alone, then the speech
        if lifted and any(s.kind is SegmentKind.TEXT for p in (lifted[1],) + turn.paragraphs[1:] for s in p):
            paragraphs = ((lifted[1],) if lifted[1] else ()) + turn.paragraphs[1:]
            turn = replace(turn, note=lifted[0], paragraphs=paragraphs)
            turn_rules.count(STAGE_NOTE_RULE)
        out.append(turn)
    return out


STAGE_NOTE_RULE = turn_rules.register("stage note", 20, "speech", _stage_note,
                                      "press releases and podcast exports: '(As interpreted.)', '(Laughs.)' opening a turn")

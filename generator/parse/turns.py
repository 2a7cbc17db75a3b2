"""Stage 4, parse turns: ``CleanDoc`` + ``Header`` -> ``Body``.

In: cleaned blocks and the header (whose blocks are skipped).  Out: the introduction (narration before the first
turn) and the raw turns: each with the label as written, the note in brackets after it, and paragraphs split into
text and stage-direction segments.  A document with accepted speaker labels is read as a dialogue: a label starts a
turn, unlabelled blocks continue it (notes between them, ``_cue``, do not), and consecutive turns by the same label
are one turn.  Unlabelled opening remarks go to the speaker the header names (``Header.monologue_by``), or to the
principal the dialogue shows (``first_turns.opening_statement``).  A document with no labels but quoted statements
is read as an article (see ``quotes.py``).
"""

from __future__ import annotations

import regex as re
from dataclasses import replace

from . import (annotations, clean_rules, examination, fences, first_turns, inline_labels, label_dash, labels,
               layouts, legends, line_table, marked_qa, minutes_roster, monologue, monologue_summary, quotes,
               record_lines, unlabelled_questions)
from ..model import Block, Body, CleanDoc, Header, Removal, Paragraph, RawTurn, Segment, SegmentKind, TurnType
from .turn_warnings import doubtful_labels  # noqa: F401
from .paragraphs import (DIRECTION, LANGUAGES, SPACE_RUN, TERMINAL, _tidy, paragraphs,  # noqa: F401
                         segments, wrap_width)
from .turn_units import (_caps_alone_label, _emph_label, _emph_names, _label_units, _quoted,  # noqa: F401
                         _separator_cut, _split_mid_labels, _wrapped_label)

MD_HEADING = labels.MD_HEADING


# A section title between runs of rule characters, as editors of speech-to-text exports mark topics ("--- VORSTELLUNG
# SAPLE ---", "=== Teil 2 ===", "*** Q&A ***"): a heading by its marks, in a dialogue too.
DIVIDER_HEADING = re.compile(r"^(?P<rule>[-=*~_#])(?P=rule){2,}[ \t]+(?P<text>[^\W_][^\n]{0,100}?)[ \t]+(?P=rule){3,}$")


def _heading_text(block: Block, previous: Block | None, following: Block | None,
                  marked_only: bool = False) -> str | None:
    """A section heading: a Markdown heading or a title between rule runs (``DIVIDER_HEADING``), or (outside
    dialogues, ``marked_only``) a short line of two to twelve words without closing punctuation between two
    paragraphs."""
    text = block.text.strip()
    heading = MD_HEADING.match(text) or DIVIDER_HEADING.match(text)
    if heading:
        return heading.group("text")
    if marked_only or "\n" in text or not 2 <= len(text.split()) <= 12 or TERMINAL.search(text) \
            or not text[:1].isupper():
        return None
    if previous is not None and not TERMINAL.search(previous.text.strip()):
        return None
    if following is None or len(following.text) < 120:
        return None
    return text


def _unvoiced(paragraphs) -> bool:
    """A turn that holds a stage direction and no words ("QUESTION: (In Russian.)"): a voice the transcript
    does not give.  Two such turns of one label in a row are two turns: someone answered between them, untranscribed."""
    direction = False
    for paragraph in paragraphs:  # (a text segment decides at once: a long merged turn is not read again)
        for segment in paragraph:
            if segment.kind is SegmentKind.TEXT:
                return False
            direction = direction or segment.kind is SegmentKind.DIRECTION
    return direction


def _merge(turns: list[RawTurn], same: dict[str, str] | None = None) -> list[RawTurn]:
    """Consecutive turns by the same label are one turn (paragraphs gathered in lists: linear time).  ``same``:
    label keys that stand for another label's speaker ("michael folkson" -> "mf")."""
    same = same or {}

    def key(label: str) -> str:
        found = labels.label_key(label)
        return same.get(found, found)

    merged: list[RawTurn] = []
    gathered: list[list[Paragraph]] = []
    last_key = None  # the key of the last merged turn's label, when it is a labelled speech turn
    for turn in turns:
        speech = turn.type is TurnType.SPEECH and turn.label
        turn_key = key(turn.label) if speech else None
        if (last_key is not None and turn_key == last_key
                and turn.note is None and not (_unvoiced(turn.paragraphs) and _unvoiced(gathered[-1]))):
            # (the joining turn is asked first: most have words, and a long gathered turn is not read again)
            paragraphs = list(turn.paragraphs)
            if turn.time and paragraphs:  # keep the joined turn's time code where it began
                paragraphs[0] = (Segment(SegmentKind.TIME, f"[{turn.time}]"),) + paragraphs[0]
            gathered[-1].extend(paragraphs)
        else:
            merged.append(turn)
            gathered.append(list(turn.paragraphs))
            last_key = turn_key
    # (a turn nothing was joined to is kept as it is; a joined one is made anew, not with ``replace``, slowly)
    return [turn if len(paras) == len(turn.paragraphs) else
            RawTurn(turn.line, turn.type, turn.label, turn.note, tuple(paras), turn.inferred_from, turn.time)
            for turn, paras in zip(merged, gathered)]


def _opening_time(paras: tuple[Paragraph, ...], time: str | None) -> tuple[tuple[Paragraph, ...], str | None]:
    """A time code that opens a turn's speech ("**Skot 9000:** 00:07:15", "**Name:** \\[03:43\\] Text") is the
    turn's start time, not words of it."""
    if time or not paras or not paras[0] or paras[0][0].kind is not SegmentKind.TIME:
        return paras, time
    found = layouts.turn_time(paras[0][0].text)
    first = paras[0][1:]
    return ((first,) if first else ()) + paras[1:], found[0] if found else time


def _marker(unit: Block, found: labels.LabelCandidate) -> RawTurn:
    """A section marker ("**Break:** \\[23:45\\]"): a heading with the label's words and its time code."""
    timed = layouts.turn_time(unit.text[found.end:].strip())
    return RawTurn(unit.line, TurnType.HEADING, None, None, ((Segment(SegmentKind.TEXT, found.label),),),
                   time=found.time or (timed[0] if timed else None))


TALK_SECTION_WHY = "the talk's speaker, named in the front matter, goes on after the transcriber's section heading"


def _talk_speaker(doc: CleanDoc) -> str | None:
    """The one speaker the front matter names with a speaker key ("speakers: [Tadge Dryja]"), or None."""
    found = monologue.front_matter_speaker(doc)
    return found.name if found else None


def _section_voice(turns: list[RawTurn], talker: str | None) -> str | None:
    """The label whose unlabelled prose goes on after a section heading: the last speech turn's, where it is the
    talk's speaker the front matter names ("Tadge Dryja:", or "Alex:" for Alex Bosworth) -- a transcriber's
    chapter headings ("## Benefits and limitations of CISA") split a talk, not its speaker's turn.  Prose after a
    heading that follows anyone else's turn (a podcast's guest, an audience member) stays narration."""
    if not talker or not turns or turns[-1].type is not TurnType.SPEECH or not turns[-1].label:
        return None
    label = labels.label_key(turns[-1].label)
    words = labels.label_key(talker).split()
    return turns[-1].label if label == " ".join(words) or label in (words[0], words[-1]) else None


def _voice(turns: list[RawTurn], notes: set[int]) -> str | None:
    """The label of the speech turn that an unlabelled block continues: the last turn's, across notes of the
    record between them (a stage direction does not end a speaker's turn)."""
    index = len(turns) - 1
    while index in notes:
        index -= 1
    return turns[index].label if index >= 0 and turns[index].type is TurnType.SPEECH else None


def _dialogue(blocks: list[Block], doc: CleanDoc, header: Header) -> Body:
    wrapped = wrap_width(blocks)
    split = [block.text.split("\n") for block in blocks]  # (each block's lines, split once for the two readings below)
    lines = [line for block_lines in split for line in block_lines]
    markers = layouts.section_markers(lines, doc.labels)
    initials = layouts.initials_labels(lines, doc.labels)
    accepted = (doc.labels - markers) | frozenset(initials) | {short for short, _ in initials.values()}
    introduced = first_turns.introduced_labels(lines, accepted)  # "President of Russia Vladimir Putin:" once
    header_prose = [b.text.split("\n") for b in doc.blocks if b.line in header.consumed]  # (it counts too)
    opening = first_turns.opening_label(header_prose + split, accepted)
    accepted |= frozenset(introduced) | ({opening} if opening else set())
    found_at = line_table.candidates(lines)  # (the lines' candidates, read once for every function below)
    shorts = {c.key: c.label for c in found_at if c and c.key in introduced.values()}
    cases = {labels.letter_case(c.label) for c in found_at if c and c.key in accepted}
    tables: line_table.UnitLines | None = line_table.UnitLines()  # the units' lines, for the warnings at the end
    emph = _emph_names(lines, accepted)
    units = _label_units(blocks, accepted | markers, inline_labels.pattern(lines, accepted), tables, emph)
    examined = examination.is_examination(lines)  # "BY MS. MURRAY:" then Q./A. lines: a court examination
    if examined:
        units, tables = examination.split_units(units), None
        witness = examination.witness_label([c.label for c in found_at if c and c.key in accepted])
    by: str | None = None  # the examining lawyer, once a "BY ...:" line names one
    before: list[tuple[Block, tuple[Paragraph, ...]]] = []  # the blocks before the first turn
    turns: list[RawTurn] = []
    removed: list[Removal] = []
    pending_time: str | None = None
    preamble = layouts.preamble_end(units) if header.monologue_why else 0
    talk = bool(header.monologue_why)  # a talk before its questions: its speaker's until the first label
    resumes = talk and bool(header.monologue_by)  # ... and again from its next section's heading on
    notes: set[int] = set()  # indexes of the turns that are notes of the record (clean_rules.is_note)
    talker = _talk_speaker(doc)  # the one speaker the front matter names: a talk's, whose sections go on after headings
    section_voice: str | None = None
    dashed = label_dash.dash_record(units, accepted)  # (a dash record's colon lines are fields: no turns)
    annotated = annotations.annotation_labels(units, accepted, DIRECTION.match)  # "[NOTAS DE OBSERVACIÓN]: [...]"
    asks = unlabelled_questions.questions(units, accepted, {b.line for b in blocks}, _front_texts(doc, header))
    for index, unit in enumerate(units):
        # (a unit that opens with no emphasis mark has no emphasised label: its first line is not split off)
        found = inline_labels.candidate(unit.text, accepted) \
            or unit.text[:1] in "*_" and _emph_label(unit.text.split("\n", 1)[0], emph) \
            or _wrapped_label(unit.text, accepted) or _quoted(unit.text, accepted) or _caps_alone_label(unit.text, accepted)
        if found and dashed and found.style == "colon":
            if turns and label_dash.header_unit(unit.text):  # a later sitting's "BAŞKAN: Başkan Vekili NAME" fields
                removed.append(Removal(unit.line, unit.text.strip(), "sitting header field of a dash-label record"))
                continue
            found = None
        if introduced and (full := first_turns.introduced_candidate(unit.text, introduced, shorts)):
            found = full  # "President of Russia Vladimir Putin:" -> "Vladimir Putin", the office as its note
        following = units[index + 1].text if index + 1 < len(units) else ""
        if labels.time_only(unit.text) and (c := labels.candidate(following)) and c.key in accepted:
            pending_time = labels.time_only(unit.text)  # a time code line before a label
            continue
        if turns and layouts.CLOCK_LINE.match(unit.text.strip()):  # (before the first turn: the introduction)
            removed.append(Removal(unit.line, unit.text.strip(), "clock time of the event alone on its line, not speech"))
            continue
        if found and found.key in markers:
            turns.append(_marker(unit, found))
            pending_time, talk = None, False
            continue
        if examined and (lawyer := examination.examiner(unit.text)):
            removed.append(Removal(unit.line, unit.text.strip(), "examination heading: it names the examining lawyer, "
                                   "whose turns the Q. lines below are (the A. lines are the witness's)"))
            by, pending_time, talk = lawyer, None, False
            continue
        if by and (letter := examination.qa(unit.text)):
            paras = tuple(map(segments, paragraphs(letter[1], wrapped)))
            turns.append(RawTurn(unit.line, TurnType.SPEECH, by if letter[0] == "Q" else witness, None, paras))
            continue
        asked = None if found else first_turns.asked_label(unit.text, cases)
        if asked:  # "HON. A. SMITH asked the Government, upon notice:": the member speaks the question below
            turns.append(RawTurn(unit.line, TurnType.SPEECH, asked, None, ()))
            pending_time, talk = None, False
            continue
        if found and found.key in annotated:  # an interviewer's observation under its label: a note, not a voice
            turns.append(RawTurn(unit.line, TurnType.NARRATION, None, None,
                                 tuple(map(segments, paragraphs(unit.text, wrapped)))))
            continue
        if found and found.key in accepted and not record_lines.not_a_turn(found, unit.text):
            rest = unit.text[found.end:]
            if (cut := _separator_cut(unit.text, found.end)) is not None:  # "---" before the next turn's label
                removed.append(Removal(unit.line + unit.text.count("\n", 0, cut) + 1, unit.text[cut:].strip(),
                                       "separator line between turns"))
                rest = unit.text[found.end:cut]
            paras, time = _opening_time(tuple(map(segments, paragraphs(rest, wrapped, found.end))),
                                        found.time or pending_time)
            turns.append(RawTurn(unit.line, TurnType.SPEECH, found.label, found.note, paras, time=time))
            pending_time, talk, section_voice = None, False, None
            continue
        heading = _heading_text(unit, units[index - 1] if index else None,
                                units[index + 1] if index + 1 < len(units) else None, marked_only=True)
        if heading and (turns or talk and index >= preamble):
            section_voice = _section_voice(turns, talker)  # (read before the heading joins the turns)
            turns.append(RawTurn(unit.line, TurnType.HEADING, None, None, ((Segment(SegmentKind.TEXT, heading),),)))
            talk = talk or resumes
            continue
        paras = tuple(map(segments, paragraphs(unit.text, wrapped)))
        voice = asks.get(index) or _voice(turns, notes)  # a question between labelled answers: the interviewer's
        if turns and (clean_rules.is_note(unit.text, accepted) or _cue(unit, doc)):  # "(Beifall bei der SPD)",
            # "SLIDE: Wake Word summary": a note, not speech
            notes.add(len(turns))
            turns.append(RawTurn(unit.line, TurnType.NARRATION, None, None, paras))
        elif talk and index >= preamble and not layouts.link_definitions(unit.text):
            turns.append(RawTurn(unit.line, TurnType.SPEECH, header.monologue_by, None, paras, header.monologue_why))
        elif voice:
            turns.append(RawTurn(unit.line, TurnType.SPEECH, voice, None, paras))  # joined by _merge
        elif section_voice and turns and turns[-1].type is TurnType.HEADING:
            turns.append(RawTurn(unit.line, TurnType.SPEECH, section_voice, None, paras, TALK_SECTION_WHY))
        elif turns:
            turns.append(RawTurn(unit.line, TurnType.NARRATION, None, None, paras))
        elif header.monologue_by and not (talk and index < preamble):  # a talk's preamble is no one's speech
            turns.append(RawTurn(unit.line, TurnType.SPEECH, header.monologue_by, None, paras,
                                 "the introduction names whose remarks these are"))
        else:
            before.append((unit, paras))
    intro, turns = first_turns.opening_statement(before, turns, doc, _front_texts(doc, header))
    handles = legends.names(doc.source, accepted, minutes_roster.handle_names_of(doc.source.text, found_at, accepted))
    names = tuple(sorted(set(initials.values()) | set(handles.items())))
    same = {full: short for full, (short, _) in initials.items()} | introduced
    return Body(tuple(intro), tuple(_merge(turns, same)), "dialogue",
                doubtful_labels(units, doc, accepted | markers, tables),
                tuple(removed), names)


def _cue(block: Block, doc: CleanDoc) -> bool:
    """Whether a block is a cue line ("SLIDE: ...", ``label_cues``), a note of a model's video description or a fence."""
    noted = block.line in doc.described or fences.whole(block.text, doc.labels)
    if noted or not doc.cues or "\n" in block.text.strip():
        return noted
    found = labels.candidate(block.text.strip())
    return bool(found) and found.key in doc.cues


def _front_texts(doc: CleanDoc, header: Header) -> list[str]:
    front = dict(doc.source.front_matter)
    return [str(front[k]) for k in ("title", "description", "subtitle") if front.get(k)] + \
        [t for t in (header.title, header.subtitle) if t]


def _unlabelled(blocks: list[Block], doc: CleanDoc, header: Header) -> tuple[list[RawTurn], str]:
    """Turns of a document without speaker labels: blockquote interview, article, or monologue."""
    width = wrap_width(blocks)
    text = "\n".join(b.text for b in doc.blocks)
    host, guest = layouts.host_and_guest(_front_texts(doc, header))
    names = (layouts.majority_spelling(host, text), layouts.majority_spelling(guest, text))
    interview = layouts.blockquote_dialogue(blocks, names, lambda text: paragraphs(text, width), segments)
    if interview is None:  # questions set in bold, italics, headings or after a dash; plain answers
        interview = marked_qa.dialogue(blocks, doc.source.bold_lines, names, _front_texts(doc, header),
                                       lambda text: paragraphs(text, width), segments)
    if interview is not None:
        return interview, "dialogue"
    cut = fences.split(blocks)  # a slide or a listing between code fences is no one's words
    fenced = {block.line for block, inside in cut if inside}
    blocks = [block for block, _ in cut]
    units = []
    for index, block in enumerate(blocks):
        heading = None if block.line in fenced else _heading_text(block, blocks[index - 1] if index else None,
                                                                  blocks[index + 1] if index + 1 < len(blocks) else None)
        units.append((block.line, heading, [] if heading else paragraphs(block.text, width)))
    named = monologue.names_speaker(header.monologue_why)  # a talk whose speaker the head names quotes others
    # ("So Rich Hickey goes on to say: ..."): its quotations are its speaker's
    article = None if named or doc.described else quotes.parse_article(units, header, segments)
    if article is not None:
        return article, "article"
    turns: list[RawTurn] = []
    preamble = monologue_summary.preamble_end(blocks, header) if header.monologue_why else 0
    pending: str | None = None  # a time code read on a line of its own, for the next speech
    for index, (line, heading, paras) in enumerate(units):
        if heading:
            turns.append(RawTurn(line, TurnType.HEADING, None, None, ((Segment(SegmentKind.TEXT, heading),),)))
        elif _cue(blocks[index], doc):  # "IMAGE: KITT in Knight Rider" in a talk's script: a note
            turns.append(RawTurn(line, TurnType.NARRATION, None, None, tuple(map(segments, paras))))
        elif header.monologue_by and index >= preamble and line not in fenced \
                and not layouts.link_definitions(blocks[index].text):
            spoken, time = _opening_time(tuple(map(segments, paras)), pending)
            if not spoken:  # a time code alone on its line ("[Time 0:01:45]"): the start of the words below it
                pending = time
                continue
            turns.append(RawTurn(line, TurnType.SPEECH, header.monologue_by, None, spoken,
                                 header.monologue_why or "the introduction names whose remarks these are", time))
            pending = None
        else:
            turns.append(RawTurn(line, TurnType.NARRATION, None, None, tuple(map(segments, paras))))
    return turns, "monologue"


def _marked_over_labels(blocks: list[Block], doc: CleanDoc, header: Header) -> bool:
    """Whether the document sets more questions apart by markup or a dash (``marked_qa``) than it has lines opening
    with an accepted label: a label or two (a magazine trailer's "Interviewer: NAME" credit) do not make an
    interview of bold questions a labelled dialogue."""
    read = marked_qa.layout(blocks, doc.source.bold_lines, _front_texts(doc, header))
    if read is None:
        return False
    lines = [line for block in blocks for line in block.text.split("\n")]
    return sum(1 for c in line_table.candidates(lines) if c and c.key in doc.labels) < len(read[2])


def parse_body(doc: CleanDoc, header: Header) -> Body:
    """Turn the blocks after the header into an introduction and raw turns."""
    blocks = [b for b in doc.blocks if b.line not in header.consumed]
    preface, marker, blocks = layouts.split_preface(blocks)
    width = wrap_width(preface)
    intro = [segments(p) for b in preface for p in paragraphs(b.text, width)]
    dropped = (Removal(marker.line, marker.text.strip(), "section heading (the page's own Transcript heading "
                       "stands for it)"),) if marker else ()
    marked = bool(doc.labels) and _marked_over_labels(blocks, doc, header)
    if marked:  # the markup, not a label or two, tells the turns apart
        doc = replace(doc, labels=frozenset())
    opening = frozenset() if doc.labels or marked else layouts.opening_labels(
        blocks, lambda text: monologue.first_person_share(text) >= monologue.FIRST_PERSON_MIN)
    if doc.labels or opening:
        # a speech labelled once is read as a dialogue of that label, with no talk before it
        body = _dialogue(blocks, replace(doc, labels=doc.labels | opening),
                         replace(header, monologue_by=None, monologue_why=None) if opening else header)
        return Body(tuple(intro) + body.introduction, body.turns, body.mode, body.diagnostics, dropped + body.removed,
                    body.names)
    turns, mode = _unlabelled(blocks, doc, header)
    spoken = frozenset(labels.label_key(t.label) for t in turns if t.label)  # (a name read as the answerer's is
    # no rejected label: "(いしら)" opening the answers of an interview)
    return Body(tuple(intro), tuple(_merge(turns)), mode, doubtful_labels(blocks, replace(doc, labels=doc.labels | spoken)),
                dropped)

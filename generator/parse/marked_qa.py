"""Interviews whose questions and answers are told apart by markup or a dash, not by a label.

Print and web interviews set the interviewer's questions in bold (``**How did you start?**``) or italics, or open
them with a dash (``—— 初めての司会はいかがでしたか？``, ``— Comment avez-vous commencé ?``), and the answers in
plain paragraphs, with no name before either; an answer may open with the answerer's name in brackets
(``(いしら) 司会って言っても…``).  Where the answers open with a dash too (Russian, Spanish, French newspaper
interviews: ``— Не боитесь?`` / ``— Ну что делать? Люди же… Ничего.``), every other dash paragraph is a question
when those end asking and the others do not (``DASHES``).  Questions set as Markdown headings (``### What hardware do you use?``, bold or not)
stay section headings: a written interview read as its interviewee's text under headed sections, as the dev
corpus's usesthis interview is.

``dialogue(blocks, bold, names, texts, paragraphs, make)`` -> raw turns, or None when the document is not that
layout.  The document's own evidence decides, for each kind of mark: at least ``MIN_QUESTIONS`` marked paragraphs,
most of them asking (a question mark), most of them answered by a plain paragraph right below, the answers longer
than the questions, and the questions and answers making up most of the text.  A page that calls itself a FAQ
(``faq-titles.txt``) is not an interview whoever answers.  Bold section headings, bold emphasis in a talk, a list of
quotations and a dash-opened list or quotation inside narration fail these tests (see tests/cases/markup_qa/).

Names: the interviewer is the one the title names as host ("X interviews Y") or 'Interviewer'; the answerer is
the bracketed name that opens two or more answers, else the guest the title names (also as "Interview mit NAME",
``interviewee.person_in``), else 'Guest' (the name
``layouts.blockquote_dialogue`` gives the unnamed answerer of an interview set in blockquotes).
"""

from __future__ import annotations

import regex as re
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from . import interviewee, labels, layouts, vocab
from ..model import Block, Paragraph, RawTurn, Segment, SegmentKind, TurnType

MIN_QUESTIONS = 3  # marked paragraphs: one or two bold lines are emphasis or a heading; an interview asks on
ASKED_SHARE = 0.5  # of the marked paragraphs hold a question mark: an interviewer asks (a few questions are
# statements: "Tell us more about what you do."); section headings, lead-ins and quotations state
ANSWERED_SHARE = 0.75  # of the marked paragraphs have a plain paragraph right below them (a list of bold
# quotations or of dash-opened items follows itself)
ANSWER_PARAGRAPHS_MAX = 15  # plain paragraphs per marked one, from the first question on: an interview asks again
# and again (answers of one to a few paragraphs, an essay-like answer now and then); a talk that asks its audience a
# question or two in italics ("_How many people in the room identify as Australian?_") runs on for dozens
COVERAGE = 1 / 2  # of the text's characters lie from the first question on: a page whose questions are one section
# of it (a README's FAQ at the end) is not an interview; a magazine's introduction before the first question is
# shorter than the interview
ANSWER_NAME_MIN = 2  # answers opened by the same bracketed name: one "(Laughs)" is a stage direction
INTERVIEWER = "Interviewer"
GUEST = "Guest"

# A dash that opens a question: em dash (one or two, as Japanese and Russian interviews write it), horizontal bar,
# box-drawing line (Japanese web interviews: "──"), en dash (Russian and French interviews typed without an em dash).
DASH = re.compile(r"^(?:[—―─]{1,2}|–)[ \t\u3000]*(?=\S)")
ITALIC = re.compile(r"^([*_])(?=[^\s*_])[^\n]*(?<=[^\s*_])\1$")
ANSWER_NAME = re.compile(r"^[(（](?P<name>[^\s()（）\d][^()（）\n]{0,24}?)[)）][ \t\u3000]*(?=\S)")
ASKS = re.compile("[?？¿\u037e]")  # question marks: Latin, full-width (Japanese, Chinese), Spanish opening, Greek
RULE = re.compile(r"^(?:[-*_][ \t]*){3,}$")
FAQ = tuple(line.strip().casefold() for line in vocab.lines("faq-titles.txt") if line.strip())


@dataclass(frozen=True)
class Unit:
    """A paragraph of the document: its first line number, its lines and how it is marked ("bold", "italic",
    "heading", "dash" or None for plain text)."""
    line: int
    lines: tuple[str, ...]
    mark: str | None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _mark(line: str, number: int, bold: frozenset[int]) -> str | None:
    if line[:1] == "#" and labels.MD_HEADING.match(line):
        return "heading"  # (bold or not: a written interview's question headings stay its section headings)
    if number in bold:
        return "bold"
    if line[:1] in "*_" and ITALIC.match(line):
        return "italic"
    if DASH.match(line):
        return "dash"
    return None


def units(blocks: list[Block], bold: frozenset[int]) -> list[Unit]:
    """The paragraphs of the blocks, split where a line's mark changes and at every dash-opened line (a dash
    opens a paragraph; the plain lines below it in the block continue it)."""
    found: list[Unit] = []
    for block in blocks:
        current: list[str] = []
        mark: str | None = None
        for offset, line in enumerate(block.text.split("\n")):
            line = line.strip()
            this = _mark(line, block.line + offset, bold)
            continues = current and (this == mark and this != "dash" or this is None and mark == "dash")
            if current and not continues:
                found.append(Unit(block.line + offset - len(current), tuple(current), mark))
                current = []
            if not current:
                mark = this
            current.append(line)
        if current:
            found.append(Unit(block.line + len(block.text.split("\n")) - len(current), tuple(current), mark))
    return found


def _asks(unit: Unit) -> bool:
    return bool(ASKS.search(unit.text))


def _question_mark(found: list[Unit]) -> tuple[str, list[int]] | None:
    """The mark the document sets its questions in and the questions' indexes, or None (see the module); the
    mark that sets apart the most questions wins."""
    total = sum(len(u.text) for u in found) or 1
    best: tuple[str, list[int]] | None = None
    for mark in ("bold", "italic", "dash"):
        marked = [i for i, u in enumerate(found) if u.mark == mark]
        if len(marked) < MIN_QUESTIONS:
            continue
        if _answered(found, marked):
            read = (mark, marked)
        elif mark == "dash" and (alternate := _alternating(found, marked)):
            read = (DASHES, alternate)
        else:
            continue
        covered = sum(len(u.text) for u in found[read[1][0]:])
        if covered >= COVERAGE * total and (best is None or len(read[1]) > len(best[1])):
            best = read
    return best


def _answered(found: list[Unit], questions: list[int]) -> bool:
    """Most marked paragraphs ask, most have a plain paragraph right below them, and the plain paragraphs from
    the first question on hold more words than the questions and are not too many for them to be answers
    (``ANSWER_PARAGRAPHS_MAX``)."""
    asked = sum(_asks(found[i]) for i in questions)
    answered = sum(i + 1 < len(found) and _answer(found[i + 1]) for i in questions)
    question_chars = sum(len(found[i].text) for i in questions)
    answer_chars = sum(len(u.text) for u in found[questions[0]:] if _answer(u))
    plain = sum(1 for u in found[questions[0]:] if _answer(u))
    return asked >= ASKED_SHARE * len(questions) and answered >= ANSWERED_SHARE * len(questions) \
        and answer_chars > question_chars and plain <= ANSWER_PARAGRAPHS_MAX * len(questions)


# Both voices opened by a dash (Russian, Spanish, French interviews: "— Не боитесь?" / "— Ну что делать? ..."):
# the dash paragraphs alternate, question and answer, and the document's own evidence picks which of every two
# is the question: most of them end asking ...
DASHES = "dashes"
# ... while at most this share of the others ends with a question mark (an answer may ask in passing, "Ну что
# делать?", but ends stating; a story's dialogue lines, quoted inside narration, ask and state in no order)
ANSWER_ENDS_ASKING = 1 / 4
ENDS_ASKING = re.compile("[?？¿\u037e][)»”\"'’…\\s]*$")


def _alternating(found: list[Unit], dashed: list[int]) -> list[int]:
    """The questions of an interview whose questions and answers both open with a dash (see ``DASHES``): every
    other dash paragraph, when those end asking and the others do not; [] when the layout is not that."""
    for parity in (0, 1):
        questions, answers = dashed[parity::2], dashed[1 - parity::2]
        if len(questions) < MIN_QUESTIONS or not answers:
            continue
        asking = sum(bool(ENDS_ASKING.search(found[i].text)) for i in questions)
        answering = sum(bool(ENDS_ASKING.search(found[i].text)) for i in answers)
        if asking >= ASKED_SHARE * len(questions) and answering <= ANSWER_ENDS_ASKING * len(answers):
            return questions
    return []


def _answer(unit: Unit) -> bool:
    return unit.mark is None and not RULE.match(unit.text)


def _faq(texts: list[str], found: list[Unit]) -> bool:
    """The page calls itself a FAQ: in its title or description, or in a heading."""
    heads = [t for t in texts if t] + [u.text for u in found if u.mark == "heading"]
    return any(term in text.casefold() for text in heads for term in FAQ)


def _strip(unit: Unit, mark: str) -> str:
    first = unit.lines[0]
    if mark == "dash":
        first = DASH.sub("", first, count=1)
    elif mark == "heading":
        first = labels.MD_HEADING.match(first).group("text")
    elif mark == "italic":
        return "\n".join(line[1:-1] for line in unit.lines)
    return "\n".join((first,) + unit.lines[1:])


def _trailer(found: list[Unit], last_question: int) -> int:
    """Where the page's trailer starts: the last paragraphs, after the last answer's first paragraph, that are
    short and hold a link, a copyright sign or a "Key: value" field, or open in italics (a magazine's links, the
    interviewer's credit, the rights line, an editor's note), not the answerer's words."""
    start = len(found)
    while start - 1 > last_question + 1 and _trailer_line(found[start - 1]):
        start -= 1
    return start


TRAILER_WORDS = 30  # a credit, a link line or a rights line is short; a closing answer that cites a link is longer
TRAILER_MARK = re.compile(r"https?://|www\.|©|\(c\) \d{4}|^[*_](?=\S)", re.I)


def _trailer_line(unit: Unit) -> bool:
    text = unit.text
    return len(text.split()) <= TRAILER_WORDS and (bool(TRAILER_MARK.search(text))
                                                  or all(layouts.PREAMBLE_LINE.match(line) for line in unit.lines))


def _opening_labels(found: list[Unit], first: int) -> tuple[str | None, str | None, int, int]:
    """(interviewer, answerer, where the first question's words start, where the first answer's start): a print
    interview may name both once, with a label at their first turn ("Rails Inside: Hi Mark. ...", "Mark
    McGranaghan: I started ..."), and tell them apart by the markup from then on.  Both labels or neither."""
    if first + 1 >= len(found) or not _answer(found[first + 1]):
        return None, None, 0, 0
    asked = labels.candidate(found[first].lines[0])
    said = labels.candidate(found[first + 1].lines[0])
    if not asked or not said or asked.style != "colon" or said.style != "colon" or asked.key == said.key \
            or labels.not_a_name(asked.label) or labels.not_a_name(said.label):
        return None, None, 0, 0
    return asked.label, said.label, asked.end, said.end


def layout(blocks: list[Block], bold: frozenset[int], texts: list[str]) -> tuple[list[Unit], str, list[int]] | None:
    """(the paragraphs, the mark of the questions, the indexes of the questions) of an interview whose questions
    are marked; None when the document is not that layout.  ``bold``: the line numbers set wholly in bold;
    ``texts``: the title and description."""
    if sum(_may_ask(b, bold) for b in blocks) < MIN_QUESTIONS:
        return None  # (most documents: no paragraph opens marked, nothing more to read)
    found = units(blocks, bold)
    read = _question_mark(found)
    if read is None or _faq(texts, found):
        return None
    return found, read[0], read[1]


MAY_ASK = re.compile("^[*_—―─–]", re.M)  # a line that may open an italic or dash-opened question


def _may_ask(block: Block, bold: frozenset[int]) -> int:
    """How many lines of the block may open a marked question (a cheap count before the paragraphs are read)."""
    found = len(MAY_ASK.findall(block.text)) if block.text[:1] in "*_—―─–" or "\n" in block.text else 0
    if bold:
        found += sum(number in bold for number in range(block.line, block.line + block.text.count("\n") + 1))
    return found


def _voices(found: list[Unit], questions: list[int], names: tuple[str | None, str | None], texts: list[str]):
    """(interviewer, answerer, the bracketed names that open answers, where the words of the first question and
    the first answer start): the labels at the first question and answer, else the title's host and guest, else
    'Interviewer' and the bracketed name that opens most answers, or 'Guest'."""
    named = Counter(m.group("name") for u in found if _answer(u) and (m := ANSWER_NAME.match(u.lines[0])))
    answerers = {name for name, uses in named.items() if uses >= ANSWER_NAME_MIN}
    opened = _opening_labels(found, questions[0])
    host = opened[0] or names[0] or INTERVIEWER
    titled = None if opened[1] or names[1] else interviewee.person_in(texts)  # "Interview mit NAME" in a subtitle
    guest = opened[1] or names[1] or (titled[0] if titled else None) or (named.most_common(1)[0][0] if answerers
                                                                         else GUEST)
    return host, guest, answerers, {questions[0]: opened[2], questions[0] + 1: opened[3]}


def dialogue(blocks: list[Block], bold: frozenset[int], names: tuple[str | None, str | None], texts: list[str],
             paragraphs: Callable[[str], list[str]], make: Callable[[str], Paragraph]) -> list[RawTurn] | None:
    """Turns of an interview whose questions are marked (see the module); None when the layout is not that.
    ``names``: (host, guest) as the title names them; see ``layout``."""
    read = layout(blocks, bold, texts)
    if read is None:  # the answers marked, or the questions in headings that run to sentences
        from . import layout_voices  # (it reads the paragraphs with this module's ``units``)
        return layout_voices.dialogue(blocks, bold, names, texts, paragraphs, make) if not _faq(texts, []) else None
    found, mark, questions = read
    host, guest, answerers, first = _voices(found, questions, names, texts)
    end = _trailer(found, questions[-1])
    turns: list[RawTurn] = []
    voice: str | None = None
    asked = frozenset(questions)
    both = mark == DASHES  # (answers open with a dash too; a plain paragraph continues whoever spoke before it)
    for index, unit in enumerate(found):
        if RULE.match(unit.text):
            continue  # a thematic break between questions: no words
        heading = labels.MD_HEADING.match(unit.lines[0]) if unit.mark == "heading" else None
        if index in asked or both and unit.mark is None and turns and turns[-1].label == host \
                and index > questions[0] and index < end:
            text, label, why = _strip(unit, "dash" if both else mark)[first.get(index, 0):], host, \
                f"set apart as a question ({mark}): the interviewer's words"
        elif both and unit.mark == "dash" and questions[0] < index < end:
            text, label, why = _strip(unit, "dash"), voice or guest, "a dash paragraph after a question: the answer"
        elif heading:
            turns.append(RawTurn(unit.line, TurnType.HEADING, None, None,
                                 ((Segment(SegmentKind.TEXT, heading.group("text")),),)))
            continue
        elif index < questions[0] or index >= end or not _answer(unit):
            turns.append(RawTurn(unit.line, TurnType.NARRATION, None, None,
                                 tuple(make(p) for p in paragraphs(_strip(unit, unit.mark) if unit.mark else unit.text))))
            continue
        else:
            opened = ANSWER_NAME.match(unit.lines[0])
            if opened and opened.group("name") in answerers:
                voice = opened.group("name")
                text = unit.text[opened.end():]
            else:
                text = unit.text[first.get(index, 0):]
            label, why = voice or guest, "a plain paragraph after a question: the answerer's words"
        turns.append(RawTurn(unit.line, TurnType.SPEECH, label, None, tuple(make(p) for p in paragraphs(text)), why))
    return turns

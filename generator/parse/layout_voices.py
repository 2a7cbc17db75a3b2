"""Interviews whose two voices are told apart only by layout, the answers marked (part of stage 2, parse; used by
``marked_qa.dialogue`` when the questions carry no mark of their own).

``marked_qa`` reads interviews whose questions are set apart (bold, italics, a dash) and whose answers are plain.
Two layouts mark the other side, or mark the questions in a way a section heading is marked too:

* **dash answers** (``DASH_ANSWERS``): every answer opens with a speech dash, in italics or not, and the question
  before it is a plain paragraph or a heading ("Mitä kieliä teidän perheessänne käytetään?" /
  "*- Puhun englantia lapsille ...*", the easy-Finnish TV news of Yle Selkouutiset; ``<h2>...실감하고 있나?</h2>`` /
  ``<p>- 그렇다. ...</p>``, Korean press interviews on a web page).  An italic paragraph after an italic answer
  continues it; every other paragraph from the first question on is the interviewer's (the presenter's questions,
  voice-over and closing: a broadcast script is spoken throughout).
* **spoken question headings** (``SPOKEN_HEADINGS``): the host's questions written as headings that run to
  sentences ("### Emmanuel, peux-tu nous dire qui tu es et quel est ton parcours ?", "### Il me semblait bien...":
  a French podcast's transcript), the guest's answers the paragraphs under them.  A written interview's form and an
  interview guide ask in short headings ("What hardware do you use?", "## Question 1: Was beschäftigt dich im
  Alltag?": usesthis, needfinding interviews) and stay section headings: the headings must be long
  (``SPOKEN_HEADING_WORDS``), and the paragraphs under them someone's speech, in the first or second person
  (``monologue_vocab.first_person_share``): meeting notes under long agenda questions ("### [1:22] a. Why did this
  happen and what solutions are available ...?", Ethereum core devs' call notes) are the note-taker's.

Before the first question, the paragraphs that lead straight to it (after the last heading above it) are the
interviewer's opening; earlier ones (a caption, a teaser) are narration.  The evidence, each the document's own:
at least ``MIN_ANSWERS`` answers, at least ``ASKED_SHARE`` of them after a paragraph that asks or a heading, and the
answers holding more words than the questions.  Names: the host and guest the title or description names
(``layouts.host_and_guest``), else the person an "Interview with NAME" phrase names, else a name alone in a heading
or line above the first question whose words come again in the text (``_named_above``), else 'Interviewer' and
'Guest' (as ``marked_qa``).
"""

from __future__ import annotations

import regex as re
from typing import Callable

from . import interviewee, labels, marked_qa, monologue_vocab, people, vocab
from ..model import Block, Paragraph, RawTurn, Segment, SegmentKind, TurnType

MIN_ANSWERS = 3  # as marked_qa.MIN_QUESTIONS: one or two dashed paragraphs are a quotation or a list
ASKED_SHARE = 0.5  # of the answers follow a paragraph that asks or a heading (a thank-you and an answer the
# editor left unmarked also come before answers: Selkouutiset's "Kiitoksia oikein paljon haastattelusta")
SPOKEN_HEADING_WORDS = 15  # median words of a question heading read as speech: section headings and a written
# interview's form are a line (usesthis: 3-8 words; a needfinding guide's numbered questions: median 8); a host's
# spoken questions run to sentences (the Techologie podcast: median 37)
DASH_ANSWERS, SPOKEN_HEADINGS = "dash answers", "spoken question headings"
SPEECH_DASH = re.compile(r"^[*_]?[-–—―][ \t\u3000]+(?=\S)")  # a speech dash, inside the italics or not
LIST_LINE = re.compile(r"^[ \t]*[-*+–—][ \t]+\S")
INTERVIEWER, GUEST = marked_qa.INTERVIEWER, marked_qa.GUEST
NAME_LINE_WORDS = 4  # a name alone above an interview: "Suzanne Innes-Stubb", "국민배우 이 정재" (an epithet and a name)
EXCERPT_HEADINGS = frozenset(vocab.lines("excerpt-headings.txt")) - {""}  # the guest's excerpt before the host
SENTENCE_END = re.compile(r"[.!?。！？]\s*$")


def _answer(unit: marked_qa.Unit) -> bool:
    """A paragraph opened by a speech dash that is not a list (no later line opens with a dash) nor a note of who
    said what ("- Tess: This group will ...": meeting minutes, read by their labels)."""
    opened = SPEECH_DASH.match(unit.lines[0]) if unit.mark in (None, "italic") else None
    if not opened or any(LIST_LINE.match(line) for line in unit.lines[1:]):
        return False
    label = labels.candidate(unit.lines[0][opened.end():])
    return not (label and label.style == "colon")


def _dash_layout(found: list[marked_qa.Unit]) -> tuple[list[int], dict[int, str]] | None:
    """(the indexes of the questions, the role of each paragraph from the first question on) of an interview whose
    answers open with a speech dash, or None."""
    answers = [i for i, u in enumerate(found) if _answer(u)]
    starts = [i for i in answers if i > 0 and not _answer(found[i - 1]) and found[i - 1].mark != "italic"]
    if len(starts) < MIN_ANSWERS:
        return None
    asking = sum(found[i - 1].mark == "heading" or marked_qa._asks(found[i - 1]) for i in starts)
    if asking < ASKED_SHARE * len(starts):
        return None
    roles: dict[int, str] = {}
    for index in range(min(answers[0], starts[0] - 1), len(found)):
        unit = found[index]
        continues = unit.mark == "italic" and roles.get(index - 1) == "answer" and found[index - 1].mark == "italic"
        roles[index] = "answer" if _answer(unit) or continues else "question"
    return [i - 1 for i in starts], roles


def _heading_layout(found: list[marked_qa.Unit]) -> tuple[list[int], dict[int, str]] | None:
    """The same for an interview whose questions are headings that run to sentences, or None."""
    headings = [i for i, u in enumerate(found) if u.mark == "heading" and i + 1 < len(found)
                and found[i + 1].mark is None]
    asked = [i for i in headings if marked_qa._asks(found[i])]
    if len(asked) < MIN_ANSWERS:
        return None
    words = sorted(len(_heading_text(found[i]).split()) for i in asked)
    if words[len(words) // 2] < SPOKEN_HEADING_WORDS:
        return None
    first = asked[0]
    roles = {i: "question" if found[i].mark == "heading" else "answer" for i in range(first, len(found))}
    answers = "\n".join(found[i].text for i, role in roles.items() if role == "answer")
    if monologue_vocab.first_person_share(answers) < monologue_vocab.FIRST_PERSON_MIN:
        return None  # the paragraphs under the headings are no one's speech: meeting notes under agenda questions
    return [i for i in range(first, len(found)) if found[i].mark == "heading"], roles


def _heading_text(unit: marked_qa.Unit) -> str:
    found = labels.MD_HEADING.match(unit.lines[0])
    return found.group("text") if found else unit.text


def _words(found: list[marked_qa.Unit], roles: dict[int, str], role: str) -> int:
    return sum(len(found[i].text.split()) for i, r in roles.items() if r == role)


def layout(blocks: list[Block], bold: frozenset[int]) -> tuple[list[marked_qa.Unit], str, list[int], dict] | None:
    """(the paragraphs, the layout, the indexes of the questions, each paragraph's role from the first question on),
    or None when the document is neither layout."""
    if len(blocks) < 2 * MIN_ANSWERS:
        return None
    found = marked_qa.units(blocks, bold)
    for name, read in ((DASH_ANSWERS, _dash_layout), (SPOKEN_HEADINGS, _heading_layout)):
        result = read(found)
        if result and _words(found, result[1], "answer") > _words(found, result[1], "question"):
            return found, name, result[0], result[1]
    return None


def _opening(found: list[marked_qa.Unit], first: int) -> int:
    """Where the paragraphs that lead straight to the first question begin (after the last heading above it)."""
    start = first
    while start > 0 and found[start - 1].mark not in ("heading",) and not _answer(found[start - 1]):
        start -= 1
    return start


def _excerpt(found: list[marked_qa.Unit], opening: int) -> frozenset[int]:
    """The paragraphs under an excerpt heading above the interviewer's opening (``EXCERPT_HEADINGS``)."""
    under: set[int] = set()
    inside = False
    for index in range(opening):
        unit = found[index]
        if unit.mark == "heading":
            inside = _heading_text(unit).strip().rstrip(":").strip().casefold() in EXCERPT_HEADINGS
        elif inside:
            under.add(index)
    return frozenset(under)


def _named_above(found: list[marked_qa.Unit], first: int, texts: list[str]) -> str | None:
    """A name alone in a heading or a short line above the first question, or in the title's lines (the page header's
    "국민배우 이 정재"), whose words come again in the text, joined or as written ("이정재" in the answers): the
    person interviewed.  The longest run of its last words (two or more) that comes again wins, so an epithet
    before the name falls away; in a script with capitals the run must be a name (``people.is_name_line``)."""
    lines = [_heading_text(u).strip() if u.mark == "heading" else u.text.strip() for u in found[:first]]
    for index, line in enumerate(lines + [t.strip() for t in texts if t]):
        text = "\n".join(u.text for i, u in enumerate(found) if i != index)
        words = line.split()
        if not words or len(words) > NAME_LINE_WORDS or "\n" in line or SENTENCE_END.search(line) or ":" in line:
            continue
        for start in range(len(words) - 1):
            run = words[start:]
            cased = run[0][:1].isupper() or run[0][:1].islower()
            if cased and not people.is_name_line(" ".join(run)):
                continue
            for form in (" ".join(run), "".join(run)):
                if form in text:
                    return form
    return None


def _voices(found: list[marked_qa.Unit], first: int, names: tuple[str | None, str | None],
            texts: list[str]) -> tuple[str, str]:
    host, guest = names
    if not guest:
        named = interviewee.person_in(texts)
        guest = named[0] if named else None
    if not guest:
        guest = _named_above(found, first, texts)
    return host or INTERVIEWER, guest or GUEST


def dialogue(blocks: list[Block], bold: frozenset[int], names: tuple[str | None, str | None], texts: list[str],
             paragraphs: Callable[[str], list[str]], make: Callable[[str], Paragraph]) -> list[RawTurn] | None:
    """Turns of an interview told apart by one of the two layouts (see the module); None when it is neither."""
    read = layout(blocks, bold)
    if read is None:
        return None
    found, kind, questions, roles = read
    host, guest = _voices(found, questions[0], names, texts)
    opening = _opening(found, questions[0])
    excerpt = _excerpt(found, opening)
    turns: list[RawTurn] = []
    for index, unit in enumerate(found):
        if marked_qa.RULE.match(unit.text):
            continue
        role = roles.get(index, "question" if index >= opening else "answer" if index in excerpt else None)
        if unit.mark == "heading" and not (kind == SPOKEN_HEADINGS and role == "question") \
                and index not in questions:
            turns.append(RawTurn(unit.line, TurnType.HEADING, None, None,
                                 ((Segment(SegmentKind.TEXT, _heading_text(unit)),),)))
            continue
        text = _heading_text(unit) if unit.mark == "heading" else _plain(unit)
        if role is None:
            turns.append(RawTurn(unit.line, TurnType.NARRATION, None, None, tuple(make(p) for p in paragraphs(text))))
            continue
        label, why = (host, f"a paragraph between the answers ({kind}): the interviewer's words") \
            if role == "question" else (guest, f"set apart as an answer ({kind}): the interviewee's words")
        turns.append(RawTurn(unit.line, TurnType.SPEECH, label, None, tuple(make(p) for p in paragraphs(text)), why))
    return turns


def _plain(unit: marked_qa.Unit) -> str:
    """A paragraph's words without its italic marks (the speech dash stays: it is how the answer is written)."""
    if unit.mark == "italic":
        return "\n".join(line[1:-1] for line in unit.lines)
    return unit.text

"""Who asks the questions of a briefing: a questioner the moderator announces keeps the follow-up questions.

A "Q" turn is anonymous, unless the document says who asks it: the turn before it announces the questioner
("The first question will be from Arshad Mohammed from Reuters.", "Go ahead, Aamer.", "Yes, Kristen.",
"Steve, go ahead.").  That questioner keeps the "Q" turns that follow, across the answers, until the next
recognition: another name, a cue that names no one ("Go ahead.", "Yes, ma'am.", "In the back."), an answer
that calls someone else by name ("I disagree, Ed."), or a turn no one transcribed ("MODERATOR: (In Russian.)",
"QUESTION: (In Russian.)").  Nothing is guessed: a "Q" turn with
no announcement before it stays "Question".
"""

from __future__ import annotations

import regex as re
from typing import NamedTuple

from . import labels, people
from ..model import Body, RawTurn, TurnType

QUESTION_KEYS = frozenset(k for k, v in labels.GENERIC.items() if v in labels.QUESTIONERS)
ANNOUNCE = re.compile(
    r"\bquestion\s+(?:will\s+|is\s+going\s+to\s+)?(?:be\s+|come\s+|comes\s+|goes\s+)?(?:from|to)\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}?)"
    r"(?:\s+(?:from|of|with|at)\s+(?P<org>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}))?\s*[.,;]")
# A moderator's cue that gives the floor: "Go ahead", "Yes", "Last one" ... before or after the name.
CUE = r"(?i:go\s+ahead|yes|yeah|yep|okay|ok|sure|all\s+right|alright|please|last\s+one|last\s+question|one\s+more|next)"
NAME = r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}"
RECOGNISE = re.compile(rf"^(?:{CUE}[,.!]?\s+)*(?:{CUE},\s+(?P<after>{NAME})|(?P<before>{NAME}),\s+{CUE})[.!]?$")
# A cue that gives the floor to someone it does not name: the questioner changes, unknown.
UNNAMED = re.compile(r"(?i)\b(?:go\s+ahead|yes,?\s+(?:sir|ma'?am|madam)|next\s+question|in\s+the\s+(?:back|front|"
                     r"middle)|last\s+(?:one|question)|one\s+more|right\s+here|over\s+here)\b")
CUE_WORDS = 8  # a sentence that gives the floor is short ("Okay, last one, in the back."); longer ones are answers
# Words that fill a name's place in a cue and are no name: "Yes, sir.", "Yeah, go ahead.", "Oh, go ahead."
NOT_NAMES = frozenset("""sir ma'am madam everyone everybody guys folks thanks you there here again all oh ah uh um hmm
                      yes yeah yep okay ok sure alright please next right great good""".split())
TRAILING_ASIDE = re.compile(r"(?:\s*\([^()]*\)\.?)+\s*$")  # "Go ahead, Aamer. (Inaudible.)"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
SENTENCE_END_REVERSED = re.compile(r"\s+(?=[.!?])")  # SENTENCE_END read on the reversed text
ONLY_ASIDES = re.compile(r"(?:\s*\([^()]*\)\.?)+\s*")  # a text that TRAILING_ASIDE removes whole
VOCATIVE = re.compile(r",\s+(?P<name>[A-Z][a-z'’-]+)\s*(?:[.!?—–]|$)")  # "I disagree, Ed." "Thanks, Admiral."


class Announcement(NamedTuple):
    name: str
    org: str | None
    sentence: str  # the words that say so, for the reader ("announced: “Go ahead, Aamer.”")
    follow_up: bool = False  # a later "Q" turn of the same questioner


def _text(turn: RawTurn) -> str:
    return " ".join(s.text for p in turn.paragraphs for s in p)


def is_question(turn: RawTurn) -> bool:
    return turn.type is TurnType.SPEECH and bool(turn.label) and labels.label_key(turn.label) in QUESTION_KEYS


def _untranscribed(turn: RawTurn) -> bool:
    """A turn with nothing but asides: "(In Russian.)", "(Inaudible.)"."""
    text = _text(turn).strip()
    return not text or bool(ONLY_ASIDES.fullmatch(text))  # (one match from the start: no scan of a long turn)


def _without_trailing_aside(text: str) -> str:
    """``text`` without its trailing asides, stripped.  An aside ends with ")" or ")." : a turn that does not
    end so has none, and is not scanned (the pattern is tried at every position of the turn)."""
    end = text.rstrip()
    return TRAILING_ASIDE.sub("", text).strip() if end.endswith((")", ").")) else text.strip()


def _last_sentence(text: str) -> str:
    """``SENTENCE_END.split(text)[-1]``, found from the end: the first sentence end of the reversed text is
    the last one (a long turn is not split into all its sentences to keep the last)."""
    backwards = text[::-1]
    match = SENTENCE_END_REVERSED.search(backwards)
    return backwards[:match.start()][::-1] if match else text


def _recognition(turn: RawTurn) -> Announcement | bool:
    """The questioner a turn gives the floor to; True when it gives the floor to someone it does not name,
    False when it gives no floor."""
    text = _text(turn)
    match = ANNOUNCE.search(text) if "question" in text else None  # (the pattern's first word, as a cheap test)
    if match:
        ends = [text.rfind(mark, 0, match.start()) for mark in (". ", "? ", "! ")]
        start = max((e + 2 for e in ends if e >= 0), default=0)
        return Announcement(match.group("name"), match.group("org"), text[start:match.end()].strip())
    last = _last_sentence(_without_trailing_aside(text))
    if len(last.split()) > CUE_WORDS:
        return False
    match = RECOGNISE.match(last)
    name = match and (match.group("after") or match.group("before"))
    if name and _is_name(name):
        return Announcement(people.display_name(name), None, last)
    return bool(UNNAMED.search(last))


def _is_name(word: str) -> bool:
    return people.fold(word) not in NOT_NAMES | people.LEADING_WORDS and not people.is_office(word)


def _addresses_another(turn: RawTurn, questioner: Announcement) -> bool:
    """The answer calls someone other than the questioner by name ("I disagree, Ed.", "Thanks, Admiral." is an
    office and says nothing)."""
    own = people.fold(questioner.name.split()[0])
    return any(_is_name(m.group("name")) and people.fold(m.group("name")) != own
               for m in VOCATIVE.finditer(_text(turn)))


def announced(body: Body) -> dict[int, Announcement]:
    """Turn index -> the announced questioner, for the "Q" turns the document attributes."""
    found: dict[int, Announcement] = {}
    if not any(map(is_question, body.turns)):
        return found  # no "Q" turn to attribute: the other turns are not read for announcements
    current: Announcement | None = None
    speech = [i for i, t in enumerate(body.turns) if t.type is TurnType.SPEECH and t.label]
    for position, index in enumerate(speech):
        turn = body.turns[index]
        if is_question(turn):
            if _untranscribed(turn):
                current = None  # "QUESTION: (In Russian.)": a voice no one transcribed may be anyone's
            elif current:
                found[index] = current
                current = current._replace(follow_up=True)
            continue
        given = True if _untranscribed(turn) else _recognition(turn)  # "MODERATOR: (In Russian.)"
        if given is False:
            if current and _addresses_another(turn, current):
                current = None  # "I disagree, Ed.": the answer speaks to someone else, who may be asking
            continue  # an answer: the questioner keeps the floor for a follow-up
        following = speech[position + 1] if position + 1 < len(speech) else None
        current = given if isinstance(given, Announcement) and following is not None \
            and is_question(body.turns[following]) else None
    return found

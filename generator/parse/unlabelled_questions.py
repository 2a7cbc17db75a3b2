"""Unlabelled questions between labelled answers (part of stage 4, turns; used by ``turns``' dialogue reading).

A print or web interview may label only its interviewee: every answer opens with the name ("RM: 멤버들의 덕을 많이
봤어요.") and the magazine's question stands above it on a line of its own, set apart by a blank line, with no
label (a question mark, or bold type, often shows it asks).  Read as continuations, the questions would join the
previous answer and the whole interview become one turn; the recurring shape, an unlabelled line then the label,
shows that the voice changes twice per exchange.

Rule "interviewer-questions": in a dialogue with one labelled voice (not a questioner's label: "Q:" questions
with plain answers are the opposite layout, ``marked_qa``), the unlabelled units that open a block right before
a unit opened by that label are the interviewer's turns where there are at least ``MIN_QUESTIONS`` of them, they
stand before at least ``ANSWERED_SHARE`` of the labelled turns, at least ``ASKED_SHARE`` of them ask (a question
mark, a question particle before a full stop: ``data/question-endings.txt``, or the whole line in bold or
italics) and together they are shorter than the answers.  The interviewer is
the host the title names ("X interviews Y", ``layouts.host_and_guest``), else 'Interviewer' (the generic
questioner, as ``marked_qa`` names the asker of questions set in bold).

In: the units, the accepted label keys, the lines where the blocks start and the title texts.  Out: unit index ->
the interviewer's name, for the units that are questions.
"""

from __future__ import annotations

import regex as re

from . import labels, layouts, vocab
from ..model import Block

MIN_QUESTIONS = 3  # as marked_qa.MIN_QUESTIONS: one or two unlabelled lines before a label are a stray note
ANSWERED_SHARE = 0.75  # of the labelled turns have the unlabelled line right before them: the exchange recurs
# (held-out hn02: 17 of 17); a talk labelled now and then, with narration before some labels, does not alternate so
ASKED_SHARE = 1 / 3  # of those lines ask: a magazine's questions are often statements ("전시회에 갈 준비를 하고 ...
# 있으니까요.": hn02 asks with a question mark in 8 of 17), where the recurring shape carries the evidence;
# stage directions and narration before a label never ask
ASKS = re.compile(r"[?？]|^\s*(\*\*|__|\*|_)(?=\S).*\S\1\s*$", re.S)  # a question mark, or a line wholly in emphasis
ENDINGS = vocab.words("question-endings.txt")  # "か。": a question particle before a full stop
INTERVIEWER = "Interviewer"


def questions(units: list[Block], accepted: frozenset[str], block_lines: set[int],
              texts: list[str]) -> dict[int, str]:
    """Unit index -> the interviewer's name, for the unlabelled questions (see the module); empty when the
    document does not have that layout."""
    keys = [found.key if (found := labels.candidate(unit.text.split("\n", 1)[0])) and found.key in accepted else None
            for unit in units]
    voices = {key for key in keys if key}
    if len(voices) != 1 or labels.GENERIC.get(next(iter(voices))) in labels.QUESTIONERS:
        return {}
    answers = [at for at, key in enumerate(keys) if key]
    asked = [at - 1 for at in answers if at and keys[at - 1] is None and units[at - 1].line in block_lines
             and not labels.MD_HEADING.match(units[at - 1].text.strip())]
    if len(asked) < max(MIN_QUESTIONS, ANSWERED_SHARE * len(answers)) \
            or sum(1 for at in asked if _asks(units[at].text)) < ASKED_SHARE * len(asked) \
            or sum(len(units[at].text) for at in asked) >= sum(len(units[at].text) for at in answers):
        return {}
    host = layouts.host_and_guest(texts)[0] or INTERVIEWER
    return dict.fromkeys(asked, host)


def _asks(text: str) -> bool:
    """A question mark, a line wholly in emphasis, or a sentence-final question particle ("どうですか。")."""
    return bool(ASKS.search(text)) or text.rstrip().rstrip("」』\"”)）").endswith(ENDINGS)

"""Lectures whose students' questions and the lecturer's answers are set apart in ``>`` blockquotes.

Lecture notes published as Markdown (the Chinese translation of MIT 6.S081's lectures on GitBook, held-out hj03)
write the lecture as plain paragraphs and each exchange with the audience as a quoted dialogue::

    接下来，我们看一下在XV6中，page table是如何工作的？...
    > 学生提问：当你说这里是由硬件决定的，硬件是特指CPU还是说CPU所在的主板？
    > Frans教授：CPU所在的主板。...
    回到最初那张图的右侧：物理地址的分布。...

Every label that recurs opens only quoted lines, and the plain paragraphs around them are the bulk of the text:
they are the lecture, so they are the words of the one who answers the questions (the label whose lines are
not questions, where another label's lines mostly end with a question mark).  A sentence outside the quotes that
happens to open with a phrase and a colon ("回到最初那张图的右侧：") is the lecture's, not a label.

In: the source text (before ``structure.prepare`` unquotes the dialogue) and the accepted label keys.  Out:
``outside_labels`` -> keys used once, outside the quotes, that are no labels; ``lecturer`` -> the answering label
as written, or None.
"""

from __future__ import annotations

import regex as re
from collections import defaultdict

from . import labels
from .structure import QUOTED, WIDE_COLON

QUESTION_END = ("?", "？")
# A label asks when at least this share of its lines end with a question mark; the lecturer's lines mostly do not.
ASKING_SHARE = 0.5
# Two labels that recur open at least two quoted lines each: a text with fewer quoted lines holds no quoted dialogue
# (the pre-test spares reading every line of the documents that quote nothing, most of them).
QUOTED_LINES_MIN = 4
QUOTED_LINE = re.compile(r"^[ \t]*>", re.M)


def _uses(text: str, accepted: frozenset[str]) -> dict[str, list[tuple[bool, str, str]]]:
    """Each accepted key's line starts: (quoted, the label as written, the words after it)."""
    uses: dict[str, list[tuple[bool, str, str]]] = defaultdict(list)
    if ">" not in text or len(QUOTED_LINE.findall(text)) < QUOTED_LINES_MIN:
        return uses
    for line in text.split("\n"):
        quoted = bool(QUOTED.match(line))
        inner = QUOTED.sub("", line) if quoted else line
        found = labels.candidate(WIDE_COLON.sub("\uff1a ", inner, count=1))
        if found and found.key in accepted:
            uses[found.key].append((quoted, found.label, found.rest.strip()))
    return uses


def _quoted_dialogue(uses: dict[str, list[tuple[bool, str, str]]]) -> bool:
    """At least two labels recur, and every line a recurring label opens is quoted."""
    recurring = [found for found in uses.values() if len(found) >= 2]
    return len(recurring) >= 2 and all(quoted for found in recurring for quoted, _, _ in found)


def outside_labels(text: str, accepted: frozenset[str]) -> frozenset[str]:
    """Keys written once, outside the quotes, in a document whose recurring labels are all quoted."""
    uses = _uses(text, accepted)
    if not _quoted_dialogue(uses):
        return frozenset()
    return frozenset(key for key, found in uses.items() if len(found) == 1 and not found[0][0])


def lecturer(text: str, accepted: frozenset[str]) -> str | None:
    """The label that answers the quoted questions, where the plain text outside the quotes is the bulk of the
    document (the lecture); None otherwise."""
    uses = _uses(text, accepted)
    if not _quoted_dialogue(uses):
        return None
    lines = [line for line in text.split("\n") if line.strip()]
    quoted = sum(len(line) for line in lines if QUOTED.match(line))
    if quoted * 2 > sum(len(line) for line in lines):
        return None  # (mostly quoted: an interview in blockquotes, not a lecture)
    recurring = {key: found for key, found in uses.items() if len(found) >= 2}
    asking = {key for key, found in recurring.items()
              if sum(rest.endswith(QUESTION_END) for _, _, rest in found) >= ASKING_SHARE * len(found)}
    answering = [key for key in recurring if key not in asking]
    if not asking or len(answering) != 1:
        return None
    return recurring[answering[0]][0][1]

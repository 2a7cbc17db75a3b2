"""Court and deposition examinations: "BY MS. MURRAY:" names the examining lawyer, then "Q." lines are that
lawyer's questions and "A." lines the witness's answers, until the next "BY ...:" line.

Court reporters write the examiner once, as a heading of the examination, and the questions and answers
with the letters Q and A (with a full stop: "Q. Good morning."), whoever else speaks in between under their
own labels ("MR. KAMARAJU: We'll stipulate", "THE COURT: Go ahead.").  The "BY" line is a heading, not a
speaker; a Q./A. line before any "BY" line is left to the label rules.
"""

from __future__ import annotations

import regex as re

from . import labels
from ..model import Block

# "BY MS. MURRAY:", "BY MR. SMITH:" (the examining lawyer, in capitals as court reporters write it)
BY_LINE = re.compile(r"^BY[ \t]+(?P<label>(?:MR|MS|MRS|MISS|DR)\.?[ \t]+[A-Z][A-Z'’ .-]{1,40}?)[ \t]*:[ \t]*$")
QA_LINE = re.compile(r"^(?P<letter>[QA])\.[ \t]+(?P<rest>\S)")
# An examination is a layout only when the document writes at least this many Q./A. lines after its "BY" line:
# one "Q." line is a sentence ("Q. Smith said so" in an index).
QA_MIN_LINES = 4


def examiner(text: str) -> str | None:
    """The examining lawyer's label a "BY MS. MURRAY:" unit names."""
    found = BY_LINE.match(text.strip())
    return found.group("label") if found else None


def is_examination(lines: list[str]) -> bool:
    """Whether the document holds an examination: a "BY ...:" line and enough Q./A. lines after it."""
    # (a line without "BY" is not stripped and matched: most documents have none)
    start = next((i for i, line in enumerate(lines) if "BY" in line and BY_LINE.match(line.strip())), None)
    return start is not None and sum(1 for line in lines[start:] if QA_LINE.match(line.strip())) >= QA_MIN_LINES


def split_units(units: list[Block]) -> list[Block]:
    """Split units so that every "BY ...:" line and every Q./A. line starts a unit."""
    out: list[Block] = []
    for unit in units:
        lines = unit.text.split("\n")
        start = 0
        for offset in range(1, len(lines)):
            if QA_LINE.match(lines[offset].strip()) or BY_LINE.match(lines[offset].strip()):
                out.append(Block(unit.line + start, "\n".join(lines[start:offset]), unit.gap_before if not start else 0))
                start = offset
        out.append(Block(unit.line + start, "\n".join(lines[start:]), unit.gap_before if not start else 0))
    return out


def witness_label(accepted_labels: list[str]) -> str:
    """The label the document gives the witness elsewhere ("THE WITNESS:"), else "A"."""
    return next((label for label in accepted_labels if labels.label_key(label) == "the witness"), "A")


def qa(text: str) -> tuple[str, str] | None:
    """("Q" or "A", the words after the letter) for a unit opened by a Q./A. line."""
    found = QA_LINE.match(text.lstrip())
    return (found.group("letter"), text.lstrip()[found.start("rest"):]) if found else None

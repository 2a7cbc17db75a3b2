"""Turn units (part of stage 2, parse; used by ``turns``): a block cut where a speaker label opens a line.

A block of the cleaned text may hold several turns: a label inside a paragraph after a sentence end ("... away.
COOPER: Do you?"), a label on a later line of the block, a name alone in emphasis ("*Tim*"), a name in capitals
alone after a separator ("---" / "MODERADOR"), a label wrapped over two lines, a quoted interjection.  ``_label_units``
cuts the blocks there, so that each unit opens with at most one label; the other helpers read a unit's label.

In: the document's blocks and its accepted label keys.  Out: the units (``Block``), or a unit's label.
"""

from __future__ import annotations

import regex as re

from . import inline_labels, label_caps_alone, label_name_alone, labels, line_table
from ..model import Block
from .label_alone import ALONE_MIN_NAMES


def _split_mid_labels(text: str, accepted: frozenset[str], inline: re.Pattern | None = None) -> str:
    """Put a label that stands inside a paragraph ("... away. COOPER: Do ...") on a line of its own; with
    ``inline`` (``inline_labels.pattern``), every inline use of the document's title-case labels too."""
    if inline is None and (not labels.may_hold_mid_label(text) or not labels.MID_LABEL.search(text)):
        # a mid label ends with a colon (an inline one may end with a full stop), and every label inside a line is a
        # match of ``MID_LABEL`` (``labels.mid_labels`` keeps some of its matches), which never crosses a line end:
        # one search of the block shows that no line holds one, and its lines are not read one by one
        return "\n".join([line.strip() for line in text.split("\n")]) if "\n" in text else text.strip()
    out = []
    for line in text.split("\n"):
        inside = labels.labels_inside(line)
        if not inside and inline is None:
            out.append(line.strip())  # (most lines: no label inside, nothing to cut)
            continue
        cuts = [m.start("label") for m in inside if labels.label_key(m.group("label")) in accepted]
        if inline:
            cuts = sorted(set(cuts) | inline_labels.cuts(line, inline))
        for start, end in zip([0] + cuts, cuts + [len(line)]):
            out.append(line[start:end].strip())
    return "\n".join(out)


def _label_units(blocks: list[Block], accepted: frozenset[str], inline: re.Pattern | None = None,
                 tables: line_table.UnitLines | None = None, emph: frozenset[str] | None = None) -> list[Block]:
    """Split blocks so that every line starting with an accepted label starts a unit.  ``tables``: receives each
    unit's lines and candidates (a slice of its block's table: the units' lines are not read for candidates again)."""
    units: list[Block] = []
    for block in blocks:
        text = _split_mid_labels(block.text, accepted, inline)
        if "\n" not in text:  # one line: one unit (the block itself when its text is unchanged)
            units.append(block if text == block.text else Block(block.line, text, block.gap_before))
            if tables is not None:
                tables.add(block.line, (text,), (labels.candidate(text),))
            continue
        table = line_table.block(text)  # (the block's own table when no label inside a line was split off)
        lines = table.lines
        start = 0
        for offset in range(1, len(lines)):
            found = table.candidates[offset] or inline_labels.tight_label(lines[offset], accepted) \
                or labels.wrapped(lines, offset) or _emph_label(lines[offset], accepted if emph is None else emph) \
                or _quoted(lines[offset], accepted) \
                or (label_caps_alone.SEPARATOR.match(lines[offset - 1]) and offset + 1 < len(lines)
                    and _caps_alone_label(lines[offset] + "\n" + lines[offset + 1], accepted))
            if found and found.key in accepted:
                units.append(Block(block.line + start, "\n".join(lines[start:offset]), block.gap_before if not start else 0))
                if tables is not None:
                    tables.add(block.line + start, lines[start:offset], table.candidates[start:offset])
                start = offset
        units.append(Block(block.line + start, "\n".join(lines[start:]), block.gap_before if not start else 0))
        if tables is not None:
            tables.add(block.line + start, lines[start:], table.candidates[start:])
    return units


def _emph_label(line: str, accepted: frozenset[str]) -> labels.LabelCandidate | None:
    """An accepted name alone on its line in emphasis ("*Adam*"; ``labels.emph_line``), or None.  A unit's first
    line is asked: the speech may follow on the next line of the same block ("**Tim**" / "Okay welcome")."""
    found = labels.emph_line(line) if line[:1] in "*_" else None
    return found if found and found.key in accepted else None


def _emph_names(lines: list[str], accepted: frozenset[str]) -> frozenset[str]:
    """The accepted names the document writes alone on their line in emphasis ("*Adam*", "**Tim**"), where there are
    several (a dialogue of names alone has ``label_alone.ALONE_MIN_NAMES`` voices at least); one accepted key written
    so ("**POLL**" in notes whose "**Poll**:" lines are read as labels) heads a section, not a turn."""
    keys = {found.key for line in lines if line[:1] in "*_" and (found := labels.emph_line(line)) and found.key in accepted}
    return frozenset(keys) if len(keys) >= ALONE_MIN_NAMES else frozenset()


def _separator_cut(text: str, start: int) -> int | None:
    """Where the separator line that ends a turn's text begins ("---", "* * *" last in the unit, as stenographic
    versions set one between turns written without blank lines), or None: not the turn's words."""
    cut = text.rfind("\n")
    if cut <= start or not label_caps_alone.SEPARATOR.match(text[cut + 1:]):
        return None
    return cut


def _caps_alone_label(text: str, accepted: frozenset[str]) -> labels.LabelCandidate | None:
    """An accepted name in capitals alone on the first line of ``text`` ("MODERADOR"; ``label_caps_alone``), the
    speech below it, or None.  (Inside a block, only after a separator line: the evidence read the shape at a
    block's start, and a line in capitals that ends a wrapped sentence, "... we might lose the" / "COMM", is text.)"""
    if not text[:1].isupper() or "\n" not in text:
        return None
    first = text.split("\n", 1)[0]
    found = label_caps_alone.caps_alone_line(first) or label_name_alone.name_alone_line(first)
    return found if found and found.key in accepted else None


def _wrapped_label(text: str, accepted: frozenset[str]) -> labels.LabelCandidate | None:
    """An accepted label wrapped over the unit's first two lines (``labels.wrapped``), or None."""
    if "\n" not in text:
        return None
    found = labels.wrapped(text.split("\n", 2)[:2], 0)
    return found if found and found.key in accepted else None


def _quoted(line: str, accepted: frozenset[str]) -> labels.LabelCandidate | None:
    """An accepted label inside a blockquote line ("> *Głos z sali interrupts:* ..."; ``labels.quoted_label``)."""
    found = labels.quoted_label(line) if line[:1] == ">" else None
    return found if found and found.key in accepted else None

"""Warnings for the label-shaped line starts of a dialogue that were kept as text (part of stage 3, turns): a label
used once that the document's other labels do not share the shape of, a rejected label that recurs at line starts,
a label inside a paragraph, a recurring name + time line.

In: a document's units and their line tables.  Out: the diagnostics (``doubtful_labels``).  Split from ``turns``
(which re-exports every name) along meaning; no behaviour changed.
"""

from __future__ import annotations

from collections import Counter
from itertools import compress

from . import inline_labels, label_filters, label_report, labels, line_table, record_lines
from ..model import Block, CleanDoc, Diagnostic

def doubtful_labels(units: list[Block], doc: CleanDoc, read: frozenset[str] | None = None,
                    tables: line_table.UnitLines | None = None) -> tuple[Diagnostic, ...]:
    """Warnings for line starts shaped like a speaker label that the document's evidence did not accept: each
    label used once at the start of a block, and the first line of a rejected label that recurs at line starts
    anywhere (with how often and why): no recurring label is left inside speech without a word.  ``read``: the
    keys the parser read as labels or section markers (the document's accepted labels by default); ``tables``:
    the units' lines and candidates, when the caller has them (``_label_units``)."""
    read = (doc.labels if read is None else read) | doc.cues  # (cue lines are notes, read as such: no warning)
    if tables is None:
        tables = line_table.UnitLines.of(units)  # (each unit's lines and candidates, read once here)
    numbers, offsets = tables.numbers, tables.offsets
    candidates = tables.candidates  # (only the lines with a candidate are visited: most have none)
    found = [(numbers[i], offsets[i], c) for i in compress(range(len(candidates)), candidates)
             if (c := candidates[i]).rest and c.style == "colon" and c.key not in read and not labels.not_a_name(c.label)
             and not label_filters.MD_HEADING_LINE.match(tables.lines[i])]  # ("## Storage: .dat files": a title)
    uses = Counter(c.key for _, _, c in found)
    reported: set[str] = set()
    diagnostics = []
    for line, offset, c in found:
        if c.key in reported or c.key in labels.FIELD_KEYS or offset or uses[c.key] >= 2 or record_lines.no_warning(c):
            continue  # a field key used once is a field ("Source: TASS"); recurring ones: see labels.rejected
        reported.add(c.key)
        why = (f"'{c.label}:' looks like a speaker label but the document uses it only once and its other "
               "labels do not share its shape, so it was kept as text")
        diagnostics.append(Diagnostic(
            doc.source.name, line, why,
            f"if '{c.label}' is a speaker, name the label in the transcript's sidecar file (speakers: "
            f"{{'{c.label}': Full Name}})"))
    for r in label_report.rejected_in_units(tables, doc.labels | doc.cues):  # (r.index: the line in the source)
        diagnostics.append(Diagnostic(doc.source.name, r.index, r.why, labels.REJECTED_FIX.format(label=r.label)))
    unit_lines = line_table.remember(tables.lines, tables.candidates)
    for index, label, uses in inline_labels.left_inside(unit_lines, doc.labels):
        diagnostics.append(Diagnostic(
            doc.source.name, numbers[index],
            f"the speaker label '{label}' stands inside a paragraph after a sentence end {uses} time(s) (lines joined "
            f"by OCR or copying), too few to read it there as a turn start, so it was kept as text",
            "start a new line before the label where a new speaker begins"))
    return tuple(sorted(diagnostics, key=lambda d: d.line)) + _doubtful_timed(doc, tables)


def _doubtful_timed(doc: CleanDoc, tables: line_table.UnitLines) -> tuple[Diagnostic, ...]:
    """A warning for each name + time line ("Anna Smith  0:37") that recurs but was kept as text."""
    candidates = tables.candidates
    found = [(tables.numbers[i], c) for i in compress(range(len(candidates)), candidates)
             if (c := candidates[i]).style == "timed" and c.key not in doc.labels and not labels.not_a_name(c.label)]
    uses = Counter(c.key for _, c in found)
    diagnostics, reported = [], set()
    for line, c in found:
        if uses[c.key] < 2 or c.key in reported:
            continue
        reported.add(c.key)
        diagnostics.append(Diagnostic(
            doc.source.name, line,
            f"'{c.label}' followed by a time code opens {uses[c.key]} lines but was kept as text: name + time lines "
            f"are speaker labels only where the document writes {labels.TIMED_MIN_LINES} or more, most naming a "
            "speaker who comes back, their times running forward, each with speech below, and no weekday (a date line)",
            f"if '{c.label}' is a speaker, name the label in the transcript's sidecar file (speakers: "
            f"{{'{c.label}': Full Name}})"))
    return tuple(diagnostics)

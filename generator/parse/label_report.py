"""Why a candidate that recurs at line starts was not read as a speaker label (issue 13, point 4a).

No recurring label-shaped line start is left inside speech without a word: ``rejected`` names each one the
document's evidence turned down, where it first stands, how often it recurs and which evidence was missing, so
that the diagnostic can say how to fix it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from . import label_evidence as E, label_grammar
from . import label_alone as alone, label_caps_alone as caps_alone, label_name_alone as name_alone, label_seen
from . import label_chat, label_filters, labels as L
from .label_seen import lowered_name

# A line start must recur at least this often to be reported: a label-shaped phrase written once is text.
REPORT_MIN_USES = 2
# The shapes of a name alone on its line, the speech below it (in capitals, as a name, in emphasis, a definition
# list's term): each may be reported with no text after it on its line; a line below that opens a label of another
# shape makes it a heading above a turn.
ALONE_STYLES = frozenset({caps_alone.STYLE, name_alone.STYLE}) | alone.ALONE_STYLES
# ... and with them, the shapes whose label stands alone on its line by nature: a colon label before speech on the
# lines below, a turn's record line ("[4;16 de novembro de 1993;O señor PEREZ]").
LINE_ALONE_STYLES = ALONE_STYLES | {"colon", "record"}


@dataclass(frozen=True)
class Rejection:
    index: int  # position of its first line in the lines given
    label: str
    uses: int
    why: str


def _why(c: L.LabelCandidate, uses: int) -> str:
    label = f"'{c.label}:'" if c.style == "colon" else f"'{c.label}'"
    if c.style == "record":
        return (f"{label} last in a turn's record line opens {uses} lines but was kept as text: record lines are read "
                f"as labels only where they are more than {label_seen.RECORD_MAIN_SHARE:.0%} of the document's "
                "label-shaped line starts (elsewhere they are references or citations)")
    if c.style == "chat":
        return (f"'{c.label}' sends {uses} chat messages ('From NAME to Everyone') kept as text: a chat export is read as "
                f"turns where the document writes {label_chat.CHAT_MIN_LINES} or more such lines and has recurring labels of another shape, or "
                f"the chat starts in the first {label_chat.CHAT_LEAD_MAX_SHARE:.0%} of its lines")
    if L.JOINT.search(c.label):
        return f"{label} opens {uses} lines but names two people or more (a joint caption), so it was kept as text"
    if lowered_name(c):
        return (f"{label} opens {uses} lines but has a word in lower case, and such a name is read as a label only "
                f"where it opens {E.LOWERED_MIN_USES} or more lines in the layout of the document's other labels, "
                "taking turns with them, so it was kept as text")
    if L.not_a_name(c.label):
        return (f"{label} opens {uses} lines but reads as a phrase, not a name (words in lower case, or more than "
                f"{L.LABEL_MAX_WORDS} words), so it was kept as text")
    if c.key in L.FIELD_KEYS:
        return (f"{label} opens {uses} lines but was kept as text: it is a field key, and a field key is a speaker "
                f"label only where it opens {E.FIELD_LABEL_MIN_USES} or more lines standing between the other labels' "
                "turns about as often as they do")
    if L.collective(c.label):
        return (f"{label} opens {uses} lines but was kept as text: a collective label is read as one where it opens "
                f"{E.COLLECTIVE_MIN_USES} or more lines laid out as the document's other labels")
    if c.style == "dash":
        return (f"{label} followed by a dash opens {uses} lines but was kept as text: dash labels are read only where "
                "the document alternates the two letters of a question-and-answer pair (data/label-qa-letters.txt)")
    if c.style == "bold":
        return (f"'{c.label}' in bold before the speech, with no colon, opens {uses} lines but was kept as text: that "
                f"shape is read as labels only where {E.marked.BOLD_MIN_NAMES} or more distinct names recur in it, "
                "most of its lines naming one who comes back, taking turns and opening a paragraph")
    if c.style == caps_alone.STYLE:
        return (f"{label} in capitals alone on its line, the text below it, opens {uses} blocks but was kept as text: "
                f"that shape is read as labels only where {caps_alone.CAPS_ALONE_MIN_NAMES} or more such names recur, "
                "taking turns, as the document's main label shape, with most of its words below them")
    if c.style == name_alone.STYLE:
        return (f"{label} alone on its line, the text below it, opens {uses} blocks but was kept as text: that shape is "
                "read as labels only where two or more such names recur, taking turns, as the document's main label "
                "shape, with most of its words below them")
    if c.style in alone.ALONE_STYLES:
        return (f"{label} alone on its line ({c.style}), the text below it, opens {uses} blocks but was kept as text: "
                f"that shape is read as labels only where {alone.ALONE_MIN_NAMES} or more such names recur, taking "
                "turns, never written in lower case in the text, with most of the document's words below them")
    if c.style in E.RARE_STYLES:
        return (f"{label} ({c.style} shape) opens {uses} lines but was kept as text: that shape is read as labels only "
                f"where the document writes {E.RARE_STYLE_MIN_LINES} or more such lines, for full stops "
                f"{E.PERIOD_MIN_LABELS} or more distinct labels, as its main label shape")
    return f"{label} opens {uses} lines but the document's other evidence did not accept it as a label"


def emph_near_pattern(found: list) -> bool:
    """Whether ``found`` (candidates) holds two or more names in emphasis or definition terms alone on their line
    that recur: a rejection of them is then a near miss of a dialogue, worth a warning (one recurring "*Note*" is a
    heading)."""
    uses = Counter(c.key for c in found if c.style in alone.ALONE_STYLES)
    return sum(1 for n in uses.values() if n >= 2) >= 2


def rejected(lines: list[str], accepted: frozenset[str]) -> list[Rejection]:
    """The candidates that open ``REPORT_MIN_USES`` or more of ``lines`` and are not in ``accepted``, in the
    order of their first line (name + time lines are reported by the turn parser with their own evidence)."""
    found = [(c, index) for c, index, _ in label_seen.starts(lines, names_only=False)
             if c.style != "timed" and c.key not in accepted and not L.URL_ONLY.match(c.rest)
             and (c.rest or c.style in LINE_ALONE_STYLES)
             and not (c.style in ALONE_STYLES and caps_alone.heads_turn(lines, index))
             and not (c.style == "paren" and (not c.rest or E.direction(c)))]
    if not name_alone.near_pattern([c for c, _ in found]):  # a heading in title case that recurs is no near miss
        found = [(c, index) for c, index in found if c.style != name_alone.STYLE]
    if not emph_near_pattern([c for c, _ in found]):  # nor a recurring "*Note*" above a paragraph
        found = [(c, index) for c, index in found if c.style not in alone.ALONE_STYLES]
    uses = Counter(c.key for c, _ in found)
    reported: set[str] = set()
    out = []
    ev = None
    for c, index in found:
        if uses[c.key] < REPORT_MIN_USES or c.key in reported:
            continue
        reported.add(c.key)
        ev = ev or E.evidence(list(lines))
        if c.key in E._titled_headings(ev, set(accepted) | {c.key}):
            continue  # "# Regions: net.h": a section's title, kept as the heading it is (no text to lose)
        why = _why(c, uses[c.key])
        if c.rest.strip().isdigit() and c.key in E._tallies(ev, set(accepted) | {c.key}):
            why = (f"'{c.label}:' opens {uses[c.key]} lines each holding a count alone, among "
                   f"{label_filters.TALLY_MIN_LINES} or more such lines one after the other: a poll's option and its votes, not a "
                   "speaker, so it was kept as text")
        elif why.endswith("did not accept it as a label"):
            ev = ev or E.evidence(list(lines))
            if c.key in E._continued_lines(ev, set(accepted) | {c.key}):
                why = (f"'{c.label}' opens {uses[c.key]} lines but each continues the line above, which ends "
                       "with a word (a name wrapped onto the next line of hard-wrapped text), and it is laid out unlike "
                       "the document's labels, so it was kept as text")
        out.append(Rejection(index, c.label, uses[c.key], why))
    return out + [Rejection(*found) for found in label_grammar.rejected(lines, accepted)]  # shapes no rule lists


def rejected_in_units(tables, accepted: frozenset[str]) -> list[Rejection]:
    """``rejected`` over the lines of a document's units (``line_table.UnitLines``), each unit read as a block (a
    blank line before it: the shapes of a name alone on its line ask for a block's first line), each rejection's
    ``index`` the line's number in the source."""
    lines, numbers = tables.separated()
    return [replace(r, index=numbers[r.index]) for r in rejected(lines, accepted)]

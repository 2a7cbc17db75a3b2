"""Label evidence that takes keys away again (part of label acceptance, ``label_evidence``): candidates the
acceptance rules let through that the document shows are no speakers -- the items of a numbered list, and a name
wrapped onto the next line of hard-wrapped text, a Markdown heading titled "Topic: subtopic" or "Field: value"
in a document whose labels are no headings, a numbering field ("Speech : 10 — Date : 23.08.2006"), and the options
of a poll's tally ("SF: 15" / "F: 9" / "N: 5").
"""

from __future__ import annotations

import regex as re

from . import labels as L
from .label_evidence import HEADING_LINE
from .label_seen import Evidence, Seen

# Labels that differ only by a number counting up ("ルール１：", "ルール２：", "ルール３：", "Step 1:" ...), each written
# once and one after the other, are a numbered list's items from this many on: two numbered lines may be a
# question and its follow-up, three in a row with nothing between them are a list (held-out hb04, a chapter list).
LIST_MIN_ITEMS = 3
LIST_NUMBER = re.compile(r"\d+")  # (any script's decimal digits: "１" is a digit, and int() reads it)
# A label whose every line continues the line above (which ends with a word) is a wrapped line of text where at
# least this share of the document's other label lines stand after a sentence end, a heading or a label alone: a
# stenographer's or a Hansard's punctuated record; speech-to-text without punctuation falls below it.
WRAP_LABEL_SHARE = 0.8
WORD_END = re.compile(r"[^\W_]\s*$")
MD_HEADING_LINE = re.compile(r"^[ ]{0,3}#{1,6}[ \t]")
AGENDA_ITEM = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|[-*+])[ \t]")  # an agenda's entry ("1. Discussion: ...", "- Poll: ...")


def _numbered_list(ev: Evidence, accepted: set[str]) -> set[str]:
    """Accepted keys that are the items of a numbered list, not speakers: at least ``LIST_MIN_ITEMS`` labels that
    differ only by a number counting up by one ("ルール１：", "ルール２：", "ルール３：" in a chapter list; "Step 1:",
    "Step 2:", "Step 3:"), each written once, one after the other with no other label between them.  Numbered
    voices ("Speaker 1", "Caller 2", ``labels.is_automatic``) and call signs that recur are speakers."""
    items: dict[str, list[tuple[int, int, str]]] = {}
    for s in ev.found:
        if s.key in accepted and ev.counts[s.key] == 1 and not L.is_automatic(s.candidate.label):
            match = LIST_NUMBER.search(s.key)
            if match:
                stem = s.key[:match.start()] + "#" + s.key[match.end():]
                items.setdefault(stem, []).append((s.index, int(match.group(0)), s.key))
    labelled = sorted(s.index for s in ev.found if s.key in accepted)
    out: set[str] = set()
    for run in items.values():
        run.sort()
        if len(run) < LIST_MIN_ITEMS or any(b[1] != a[1] + 1 for a, b in zip(run, run[1:])):
            continue
        between = sum(1 for i in labelled if run[0][0] <= i <= run[-1][0])
        if between == len(run):  # no other label among the items
            out |= {key for _, _, key in run}
    return out


# A poll's tally in meeting notes: the options, each with its count after the colon, one a line ("SF: 15" / "F: 9"
# / "N: 5" / "A: 0" / "SA: 0", strongly for to strongly against, in the WebAssembly community group's and its
# subgroups' notes).  A key is an option, not a speaker, where every line it opens holds a count and nothing else, and
# each stands among at least this many such lines one after the other (a tally has several options; one "A: 42" is
# an answer).
TALLY_MIN_LINES = 3
# A line of a tally: perhaps a bullet, a short option, its colon, a count and nothing else ("- SF: 3", "**N:** 5").
TALLY_LINE = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?P<option>[^\W\d_][^\W\d_ ]{0,15})(?:\*\*|__)?[ \t]*:"
                        r"[ \t]*(?:\*\*|__)?[ \t]*\d{1,6}[ \t]*$")


def _tallies(ev: Evidence, accepted: set[str]) -> set[str]:
    """Accepted keys that are a poll's options (see ``TALLY_MIN_LINES``)."""
    if not (ev.inside or any(s.candidate.rest.strip().isdigit() for s in ev.every if s.key in accepted)):
        return set()  # (the cheap test: no label line holds a count alone, and no label stands inside a line)
    tallied: dict[int, str] = {}
    run: dict[int, str] = {}
    for index, line in enumerate(ev.lines + [""]):  # runs of tally lines one after the other (blank lines allowed)
        if match := TALLY_LINE.match(line):
            run[index] = L.label_key(match.group("option"))
        elif line.strip():
            tallied.update(run if len(run) >= TALLY_MIN_LINES else {})
            run = {}
    options = set(tallied.values()) & accepted
    return {key for key in options if all(s.index in tallied for s in ev.every if s.key == key)}


def _above(ev: Evidence, s: Seen, at: dict[int, Seen]) -> str | None:
    """The text a label line follows in the same paragraph: the line right above, or across blank lines (double-
    spaced text) the speech after a label ("THE SECRETARY:  By Senator"); None at the start, after a label alone on
    its line, or after a paragraph break (a Markdown link title, a blank line, then "Name (note):" opens a quote).
    """
    index = s.index - 1
    while index >= 0 and not ev.lines[index].strip():
        index -= 1
    if index < 0:
        return None
    if index in at:
        return at[index].candidate.rest or None
    return ev.lines[index] if index == s.index - 1 else None


def _continues(text: str | None) -> bool:
    """Whether a label line after ``text`` would continue it: the text ends with a word, no punctuation, and is no
    heading ("By Senator" / "Bruno, Senate Resolution:  Resolved ...")."""
    return bool(text) and bool(WORD_END.search(text)) and not HEADING_LINE.match(text)


def _continued_lines(ev: Evidence, accepted: set[str]) -> set[str]:
    """Accepted keys each of whose lines continues the line above in hard-wrapped text: the line above ends with a
    word ("THE SECRETARY:  By Senator" / "Bruno, Senate Resolution:  Resolved that ..."), where the document's
    other labels stand after a sentence's end, a heading or a label alone (at least ``WRAP_LABEL_SHARE`` of their
    lines), and the key is laid out unlike every recurring label of the document (case, markup, note): a name
    wrapped onto the next line is not a speaker (held-out ha03, nysenate/OpenLegislation stenographer text)."""
    at = {s.index: s for s in ev.found}
    uses: dict[str, list[Seen]] = {}
    for s in ev.found:
        if s.key in accepted:
            uses.setdefault(s.key, []).append(s)
    first = min(s.index for found in uses.values() for s in found) if uses else 0
    # (inside the dialogue: a line in the header above the first label, "Previous Section", is no speech to continue)
    # (a role label, "Q:", "Speaker 2:", names no one a line could wrap onto the next)
    continuing = {key for key, found in uses.items()
                  if not (L.is_generic(found[0].candidate.label) or L.is_automatic(found[0].candidate.label))
                  and all(s.index > first and _continues(_above(ev, s, at)) for s in found)}
    if not continuing:
        return set()
    others = [s for key, found in uses.items() if key not in continuing for s in found]
    if not others or sum(1 for s in others if not _continues(_above(ev, s, at))) < WRAP_LABEL_SHARE * len(others):
        return set()  # (speech-to-text without punctuation: a label often follows a line that ends with a word)
    layouts = _label_layouts(ev, others)
    return {key for key in continuing if all(s.shape[:3] + s.shape[4:5] not in layouts for s in uses[key])}


# A layout (style, markup, case, note) is one of the document's label layouts when a recurring label uses it, or at
# least this many distinct introductions do: a TV transcript introduces each speaker once as "NAME, ROLE:" and uses
# the surname after ("CARL AZUZ, CNN STUDENT NEWS ANCHOR:" then "AZUZ:", "ANDREW STEVENS, CNN ANCHOR, ...:" then
# "STEVENS:"; held-out hd01, CNN Student News), so no first-use label recurs, yet their layout is the document's.
# An introduction is a single-use label whose last word is a recurring label (a wrapped "MODE CONTROL, AUTO; 6:" in
# a mission transcript introduces no one).
LAYOUT_MIN_KEYS = 2


def _label_layouts(ev: Evidence, others: list[Seen]) -> set[tuple]:
    """The layouts of the document's labels other than the continued ones (see ``LAYOUT_MIN_KEYS``)."""
    keys: dict[tuple, set[str]] = {}
    introductions: dict[tuple, set[str]] = {}
    for s in others:
        layout = s.shape[:3] + s.shape[4:5]
        keys.setdefault(layout, set()).add(s.key)
        if ev.counts[L.label_key(s.candidate.label.split()[-1])] >= 2 and " " in s.candidate.label:
            introductions.setdefault(layout, set()).add(s.key)
    return {layout for layout, found in keys.items() if any(ev.counts[key] >= 2 for key in found)
            or len(introductions.get(layout, ())) >= LAYOUT_MIN_KEYS}


def _titled_headings(ev: Evidence, accepted: set[str]) -> set[str]:
    """Accepted keys every line of which is a Markdown heading with words after the label's colon: a section's
    title "Topic: subtopic" ("## SECCIÓN A: DATOS GENERALES (2-3 minutos)", "# Regions: net.h, net.cpp",
    "## Parte 1: Ataques à LN") with the section's text under it, not a turn -- a speaker heading holds the
    label alone ("#### Poseł Anna Gembicka:") and the speech stands under it, or holds the whole turn, one such
    heading after another ("### Berg: One." / "### Reed: Two.")."""
    uses: dict[str, list[Seen]] = {}
    for s in ev.found:
        if s.key in accepted:
            uses.setdefault(s.key, []).append(s)
    titled = {key for key, found in uses.items()
              if all(_titled(ev, s) for s in found) and any(_text_below(ev, s.index) for s in found)}
    return titled | _field_headings(ev, uses)


def _titled(ev: Evidence, s: Seen) -> bool:
    """A Markdown heading line with words after the label's colon ("### Moderator: Danny Ryan")."""
    return bool(MD_HEADING_LINE.match(ev.lines[s.index]) and s.candidate.rest.strip())


def _field_headings(ev: Evidence, uses: dict[str, list[Seen]]) -> set[str]:
    """Keys written only as headings titled "Field: value" (or as the agenda's list items naming the same
    section) in a document whose other labels are never headings: the notes' fields and section titles
    ("### Moderator: Danny Ryan" / "### Notes: Edson Ayllon" above "**Tim Beiko**: ..." turns, "### Discussion:
    Canonicalization" above "AR: ..." lines), not speakers.  Where the document writes its labels as headings
    ("### Berg: One." / "### Reed: Two.", "#### Poseł Anna Gembicka:") the headings are its turns."""
    plain = {key for key, found in uses.items() if not any(MD_HEADING_LINE.match(ev.lines[s.index]) for s in found)}
    if not plain or len(plain) == len(uses):
        return set()
    return {key for key, found in uses.items() if key not in plain
            and all(_titled(ev, s) and _alone(ev, s.index) or AGENDA_ITEM.match(ev.lines[s.index]) for s in found)}


def _alone(ev: Evidence, index: int) -> bool:
    """Whether the heading on line ``index`` is a block of its own (a blank line, another heading or the end
    after it): a heading run on into the next line's text ("## 4. EIP 176: New general state tests" / "Support
    for this") would join the turn above once its label is taken away, so such a key is left as it is."""
    below = ev.lines[index + 1] if index + 1 < len(ev.lines) else ""
    return not below.strip() or bool(MD_HEADING_LINE.match(below))


def _text_below(ev: Evidence, index: int) -> bool:
    """Whether the next line with words below line ``index`` is text, not another heading: a section's text
    stands under its title, while headings that each hold a whole turn ("### Berg: One." / "### Reed: Two.")
    follow one another."""
    below = next((line for line in ev.lines[index + 1:] if line.strip()), None)
    return below is not None and not MD_HEADING_LINE.match(below)


# A numbering field: a key whose every line gives a number and nothing, or a number and another field, after it
# ("உரை : 10 — நாள் : 23.08.2006", "Speech: 7", "Session: 3 | Date: ...": a speech's or session's number above the
# text, repeated as a heading and a bold line); a speaker's words open with a number now and then, never each time.
NUMBERING_REST = re.compile(r"^(?:\d{1,4}|[IVXLC]{1,6})\.?(?:\s*$|\s*[—–|,;/-]\s*\S)")
NUMBERING_REST_WORDS = 6  # the number and perhaps one more field ("— நாள் : 23.08.2006"); a longer rest is speech


def _numbering_fields(ev: Evidence, accepted: set[str]) -> set[str]:
    """Accepted keys each of whose lines is a numbering field (``NUMBERING_REST``), not a speaker's turn."""
    rests: dict[str, list[str]] = {}
    for s in ev.found:
        if s.key in accepted:
            rests.setdefault(s.key, []).append(s.candidate.rest)
    numbered = {key for key, found in rests.items()
                if all(NUMBERING_REST.match(rest) and len(rest.split()) <= NUMBERING_REST_WORDS for rest in found)}
    return {key for key in numbered if not _answers(ev, accepted, key, numbered)}


def _answers(ev: Evidence, accepted: set[str], key: str, numbered: set[str]) -> bool:
    """Whether every line of ``key`` answers one other key's speech ("Q: How many keys?" / "A: 88"): the label
    before each is that key, which is no numbering field itself. A numbering field heads a section; an answer
    alternates with its question."""
    before: set[str | None] = set()
    previous = None
    for s in ev.found:
        if s.key not in accepted:
            continue
        if s.key == key:
            before.add(previous)
        previous = s.key
    return len(before) == 1 and not (before & (numbered | {None, key}))

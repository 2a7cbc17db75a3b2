"""Marks around speaker labels in everyday layouts (part of stage 2, clean: structure before labels).

Notes, wikis, blogs and exports write a plain dialogue's labels inside a mark the label shapes do not read:

* a list bullet: ``- Anna Berg: text``, ``* **Anna Berg:** text`` (meeting notes, wikis, Markdown blogs);
* the broadcast speaker-change chevrons: ``>> ANNA BERG: text`` (CNN and other closed-caption transcripts);
* italics: ``*Anna Berg:* text``, ``_Anna Berg_: text`` (Markdown blogs, pandoc exports);
* a heading per turn: ``### Anna Berg`` and the speech below (Markdown transcripts, HTML ``<h3>`` pages);
* a time code alone on a line above the name alone on the next, the speech below (Otter, Zoom and YouTube
  copy-pastes: ``00:00:05`` / ``Anna Berg`` / text);
* a name in square brackets before the speech, perhaps after a list bullet at any depth: ``[Anna Berg] text``,
  ``*   [John Wilander] text`` (W3C-style community group minutes, privacycg);
* a bullet or emphasis around a video call's chat sender line: ``- **From pari to Everyone 02:40 PM:**``
  (``label_chat``; its wording is its evidence, ``Mark.evident``).

Each mark is a rule of the registry ``label-marks``: a test that reads the unmarked line off a line (or a pair of
lines) and an action that writes it.  The mark alone proves nothing (a bulleted list, a topic heading, a quoted
e-mail, notes whose bullets say ``- Decision: ...``): the document's own evidence decides, for each mark, whether
it writes its dialogue so (``_uses``): enough marked lines read as labels, at least two of their labels recur, the
recurring ones make most of them, and the labels take turns.  Then the marked lines are read without the mark, line
for line (line numbers stay true), and one ``Removal`` records the marks taken off.
"""

from __future__ import annotations

import regex as re
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from . import label_chat, labels, legends
from .label_rules import TIME_ONLY, TIMESTAMP
from .rules import Registry, fired, takes_turns
from ..model import Removal

MARKS = Registry("label-marks")

# Evidence that a document writes its labels inside a mark (``_uses``):
MARKED_MIN = 3  # marked lines read as labels: two could be a quotation and its reply
RECURRING_MIN = 2  # labels used twice or more: two speakers make a dialogue (a list of fields names each once)
RECURRING_SHARE = 0.6  # most marked labels are recurring ones (a speaker heard once may join them)
TURNS_SHARE = 0.5  # the labels change hands between at least half of the consecutive marked lines (a list of
# "Pro:"/"Con:" items in runs, or a field repeated under each entry, does not)
# A list whose items are turns is all turns: this share of the bullet items from the first labelled one to the last
# read as labels (notes whose bullets hold a few "Decision:" and "Owner:" fields among prose items are notes)
BULLET_SHARE = 0.8
# Most labelled items of a bulleted dialogue follow each other in one list; fields repeated under each entry of a
# review or a report ("- **Why it might be a problem:**" / "- **Timestamps:**" under each heading, held-out hj08)
# stand in separate lists
ADJACENT_SHARE = 0.75
NAME_WORDS_MAX = 5  # a name alone on its line (a heading, a line below a time code): a few words, as labels are
# A document that writes its turns with labels on the speech's own line ("MB: We're asking ...") outnumbering the
# names a mark sets alone on their line uses those labels; the names alone are its sections ("### Conclusion" /
# "### Summary of Key Points" under each topic of tc39's meeting notes, among hundreds of "RPR:" turns)
INLINE_OVER_ALONE = 1


@dataclass(frozen=True)
class Mark:
    """One mark (a rule of ``MARKS``).  ``test(lines, i)``: the new text of line ``i`` without the mark (for a mark
    over two lines, of line ``i`` and the next) or None; the last new line is read as a label.  ``alone``: the
    label stands alone on its line (written ``Name:``), the speech below."""

    name: str
    priority: int
    test: Callable[[list[str], int], tuple[str, ...] | None]
    why: str
    # the lines the mark may read, found in the whole text at once (a line it does not find is not tested: most
    # documents have few or none, and a search of the text is much cheaper than a test of each line)
    find: re.Pattern
    alone: bool = False
    # only labels the document writes twice or more are read so: a heading written once is a topic ("### Background")
    recurring_only: bool = False
    bullet: bool = False  # a list bullet: the list's items must be turns (``BULLET_SHARE``)
    evident: int = 0  # a mark whose line's own words show a label ("From NAME to Everyone TIME"): this many lines do
    scope: str = "label"


BULLET = re.compile(r"^[ \t]{0,3}[-*+•][ \t]+(?=\S)")
CHEVRONS = re.compile(r"^[ \t]*>>[ \t]*(?=\S)")
ITALIC = re.compile(r"^(?P<m>[*_])(?![*_\s])(?P<label>[^*_\n:]{1,80}?)(?:(?P=m):|:(?P=m))(?=[ \t]|$)")
# (the closing hashes and the spaces around them in one optional group: two runs of spaces side by side would be
# tried against each other, quadratic on a heading of many spaces)
HEADING = re.compile(r"^#{1,6}[ \t]+(?P<name>[^\W\d_][^#:\n]{0,60}?)[ \t]*(?:#+[ \t]*)?$")
SENTENCE_END = re.compile(r"[.!?,;]$")
# (each opens with the line end before the line, a literal the regex engine skips ahead to; "^" with re.M is
# tried at every position of the text)
FIND_BULLET = re.compile(r"\n[ \t]{0,3}[-*+•][ \t]+\S[^\n]*:")  # (a label on the line: a colon)
FIND_CHEVRONS = re.compile(r"\n[ \t]*>>[^\n]*:")
FIND_ITALIC = re.compile(r"\n[*_][^*_\s][^\n]*:")
FIND_HEADING = re.compile(r"\n#{1,6}[ \t]")
# (a bracketed name, perhaps after a bullet at any depth, then the speech: not a link "[text](url)" or "[text][ref]")
FIND_BRACKET = re.compile(r"\n[ \t]*(?:[-*+•][ \t]+)?\[[^\W\d_][^\]\n]{0,60}\][ \t]+[^\s(\[]")
BRACKET_NAME = re.compile(r"^[ \t]*(?:[-*+•][ \t]+)?\[(?P<name>[^\W\d_][^\]\n]{0,60})\][ \t]+(?=[^\s(\[])")
FIND_TIME = re.compile(rf"\n[ \t]*[\[(]?(?:{TIMESTAMP})[\])]?[ \t]*(?=\n)")  # (a time code alone on its line)


def _after(pattern: re.Pattern) -> Callable[[list[str], int], tuple[str, ...] | None]:
    def test(lines: list[str], i: int) -> tuple[str, ...] | None:
        m = pattern.match(lines[i])
        return (lines[i][m.end():],) if m else None
    return test


def _italic(lines: list[str], i: int) -> tuple[str, ...] | None:
    line = lines[i]
    if line[:1] not in "*_":
        return None
    m = ITALIC.match(line)
    return (m.group("label") + ":" + line[m.end():],) if m else None


def _name(text: str) -> str | None:
    """``text`` when it is a name alone (read as a label with a colon after it, a few words, no sentence end)."""
    text = text.strip()
    if not text or len(text.split()) > NAME_WORDS_MAX or SENTENCE_END.search(text):
        return None
    c = labels.candidate(text + ":")
    return text if c and c.style == "colon" and not c.note and c.label == text else None


def _heading(lines: list[str], i: int) -> tuple[str, ...] | None:
    line = lines[i]
    if line[:1] != "#" or not (m := HEADING.match(line)) or not (name := _name(m.group("name"))):
        return None
    return (name + ":",)


def _bracket(lines: list[str], i: int) -> tuple[str, ...] | None:
    """A name in square brackets opening the line (after a bullet, perhaps indented), the speech after it: the line
    becomes ``Name: speech``.  Only a name (``_name``; no lower-case word: "[Ivan agrees] text" is a stage note of
    an edited podcast), and only where the line is no label of another shape already ("[Speaker 1] text").  A name
    after the bracket and nothing else is a roster's entry ("* [DS] Derek Schuff" in the attendees of WebAssembly
    subgroup notes), not speech."""
    line = lines[i]
    if not (m := BRACKET_NAME.match(line)) or not (name := _name(m.group("name"))) or labels.not_a_name(name) \
            or labels.candidate(line.lstrip()) is not None:
        return None
    if (rest := _name(line[m.end():])) and not labels.not_a_name(rest):
        return None
    return (f"{name}: {line[m.end():]}",)


def _time_above(lines: list[str], i: int) -> tuple[str, ...] | None:
    """A time code alone on line ``i`` and a name alone on the next: the name line becomes ``time name:``, the
    time line blank."""
    if i + 2 >= len(lines) or not TIME_ONLY.match(lines[i].strip()) or not (name := _name(lines[i + 1])):
        return None
    after = lines[i + 2] if lines[i + 2].strip() or i + 3 >= len(lines) else lines[i + 3]
    if not after.strip() or TIME_ONLY.match(after.strip()):
        return None  # the speech follows the name (at once or after a blank line)
    return ("", f"{lines[i].strip()} {name}:")


for _mark in (
    Mark("bullet", 50, _after(BULLET), "bulleted dialogue in notes, wikis and Markdown blogs", FIND_BULLET,
         bullet=True),
    Mark("chevrons", 40, _after(CHEVRONS), "broadcast transcripts mark a change of speaker with '>>' (CNN)",
         FIND_CHEVRONS),
    Mark("italic", 30, _italic, "labels in italics in Markdown blogs and pandoc exports", FIND_ITALIC),
    Mark("heading", 20, _heading, "Markdown transcripts with a heading per turn", FIND_HEADING, alone=True,
         recurring_only=True),
    Mark("bracket", 15, _bracket, "minutes and notes that write each speaker's name in square brackets before the "
         "speech (W3C-style community group minutes)", FIND_BRACKET),
    Mark("chat", 12, label_chat.unmarked_chat, "video call chat exports: a bullet or emphasis around 'From NAME to "
         "Everyone TIME' above each message", label_chat.FIND_CHAT, alone=True, evident=label_chat.CHAT_MIN_LINES),
    Mark("time-above", 10, _time_above, "speech-to-text copy-pastes: time, name, speech on lines of their own",
         FIND_TIME, alone=True),
):
    MARKS.register(_mark)


Found = list[tuple[int, tuple[str, ...], str]]  # (index, the new text of the line or lines, the label's key)


def _read(mark: Mark, lines: list[str], opening: Callable[[re.Pattern], list[int]]) -> Found:
    """The lines the mark reads as labels: (index, new text of the line(s), label key); a label inside two marks
    (``- *Anna Berg:* text``) counts for the outer one, whose rule reads it off first."""
    found = []
    for i in opening(mark.find):
        new = mark.test(lines, i)
        if new is None:
            continue
        c = labels.candidate(new[-1]) or (labels.candidate(it[0]) if (it := _italic(new, len(new) - 1)) else None)
        if c and ((not c.rest.strip()) == mark.alone or mark.evident):  # (a chat message may follow its sender)
            found.append((i, new, c.key))
    return found


def _uses(mark: Mark, lines: list[str], found: Found) -> bool:
    if mark.evident:
        return len(found) >= mark.evident
    keys = [key for _, _, key in found]
    counts = Counter(keys)
    recurring = [k for k, n in counts.items() if n >= 2]
    if len(found) < MARKED_MIN or len(recurring) < RECURRING_MIN:
        return False
    if sum(counts[k] for k in recurring) < RECURRING_SHARE * len(keys) or not takes_turns(keys, TURNS_SHARE):
        return False
    if mark.alone and _inline_labels(lines, found) > INLINE_OVER_ALONE * len(found):
        return False
    if mark.bullet:  # the bullet items from the first labelled one to the last
        items = sum(1 for line in lines[found[0][0]:found[-1][0] + 1] if BULLET.match(line))
        return len(found) >= BULLET_SHARE * items and _adjacent(lines, found)
    return True


def _inline_labels(lines: list[str], found: Found) -> int:
    """The lines outside ``found`` opened by a label with speech after it whose key recurs (``INLINE_OVER_ALONE``)."""
    marked = {i for i, _, _ in found}
    keys = Counter(c.key for i, line in enumerate(lines)
                   if i not in marked and line[:1] not in "#\n" and (c := labels.candidate(line)) and c.rest.strip())
    return sum(n for n in keys.values() if n >= RECURRING_MIN)


def _adjacent(lines: list[str], found: Found) -> bool:
    """Whether most labelled items follow each other as items of one list: between two of them only blank lines
    and the first item's indented lines (a heading or a paragraph between them opens another entry)."""
    pairs = list(zip(found, found[1:]))
    joined = sum(1 for (a, _, _), (b, _, _) in pairs
                 if all(not line.strip() or line[:1] in " \t" for line in lines[a + 1:b]))
    return joined >= ADJACENT_SHARE * len(pairs)


def _openings(lines: list[str]) -> Callable[[re.Pattern], list[int]]:
    """The indexes of the lines a pattern finds (after the line end before them) in the text, in order."""
    text = "\n" + "\n".join(lines)  # (the first line too has a line end before it)

    def found(pattern: re.Pattern) -> list[int]:
        indexes, line, before = [], 0, 0
        for m in pattern.finditer(text):
            line += text.count("\n", before, m.start())
            before = m.start()
            indexes.append(line)
        return indexes
    return found


def unmarked(lines: list[str], first_line: int, removed: list[Removal]) -> list[str]:
    """``lines`` with the marks the document writes around its labels taken off (one ``Removal`` per mark) and the
    lines of a legend written in the labels' shape blank (``legends.lifted``); ``lines`` itself when it has none."""
    out = lines
    opening = _openings(out)
    for mark in MARKS:
        found = _read(mark, out, opening)
        if not _uses(mark, out, found):
            continue
        if mark.recurring_only:
            counts = Counter(key for _, _, key in found)
            found = [f for f in found if counts[f[2]] >= 2]
        fired(MARKS, mark)
        out = list(out)
        for i, new, _ in found:
            out[i:i + len(new)] = new  # (a mark over two lines writes both: the line count stays)
        opening = _openings(out)
        removed.append(Removal(first_line + found[0][0], f"{len(found)} marks around speaker labels ({mark.why})",
                               f"label marks: {mark.name}"))
    return legends.lifted(out, first_line, removed)  # (then a legend of the codes in the labels' shape)

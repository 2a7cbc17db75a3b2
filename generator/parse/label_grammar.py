"""A label shape read from the document itself, for line starts no shape of the table lists (issue 13, point 2).

The table of label shapes (``label_rules.SHAPES`` and the ``label_*`` layouts) reads the shapes it lists; a document
may write its labels in a shape it does not ("Emma - Bien qu'il y ait ..." in an interview write-up, "I [00:00:00]
Zu allererst ..." in a research interview, "HOST — Welcome back", "Anna) Yes"), and then its dialogue is read as
one voice.  Here every block's first line is abstracted into a signature (``signature``): the markup around its first
one to four words, the case of those words (one letter, capitals, title case), the separator that ends them (a
dash, a full stop after capitals, a closing bracket, ``>``, a tab or two spaces, a time code) and whether a time
code stands with them.  The document's own evidence (``infer``) makes a signature a label shape for this document
only: its name slot holds a small vocabulary of recurring values that take turns, it opens a large share of the
blocks of the stretch it stands in, and the text after it reads as speech (a glossary's terms never recur, a
changelog's entries and a table of contents' lines are no sentences, numbered steps have no name).

Only a document whose labels the table's shapes do not already explain is read so (``rewrite``): its label lines are
written, line for line, in the colon shape (``Emma: Bien ...``, ``I [00:00:00]: Zu ...``), which every later stage
(the label evidence, people, speakers, turns) reads as for any label.  A signature that recurs as a conversation's
labels would but was turned down is reported (``rejected``), with why and how to fix it.
"""

from __future__ import annotations

import regex as re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from . import labels as L
from .label_rules import TIMESTAMP
from .rules import takes_turns

# The name slot: one to four words, each capitalised (title case, capitals or one letter), particles of a name
# between them ("Ludwig van Beethoven"); no digit ("Step 1 - ", "10:00 - Opening" have none to offer).
WORD = r"[^\W\d_][^\W\d_'’.\-]*(?:['’.\-][^\W\d_]+)*\.?"
PARTICLE = "|".join(sorted(L.PARTICLES, key=len, reverse=True))
# Markup before and after the name, as plain-text and HTML exports keep it (the Markdown reader drops ``**``).
OPEN = r"(?P<quote>>[ ]?)?(?P<mark>\*\*|__|<b>|<strong>)?"
CLOSE = r"(?P<close>\*\*|__|</b>|</strong>)?"
TIME = rf"(?:[ ]?[\[(](?P<time>{TIMESTAMP})[\])])?"


@dataclass(frozen=True)
class Separator:
    """One kind of separator that ends a name slot: ``pattern`` matches from the name's end to the speech."""
    name: str
    pattern: str
    caps_only: bool = False  # read only after a name in capitals ("SMITH. Yes": "Yes. I think" is a sentence)


# The separators a document may end its labels with (a colon is the table's own shape, and is left to it).
SEPARATORS = (
    Separator("dash", r"[ \t]*[-–—][ \t]+|[ ]?—[ ]?"),  # "Emma - text", "Zoe – text", "JC- text", "HOST—text"
    Separator("stop", r"\.[ \t]+", caps_only=True),  # "SMITH. text", "THE CHAIRMAN. text"
    Separator("bracket", r"[)\]>][ \t]+"),  # "Anna) text", "Anna] text", "Anna> text"
    Separator("gap", r"\t+|[ ]{2,}"),  # "Anna\ttext", "ANNA   text": a tab or a column of spaces
)
# After a time code the speech follows a space ("I [00:00:00] Zu allererst ..."): the time code is the separator.
TIMED_SEPARATOR = Separator("time", r"[ \t]+")
_COMPILED = {sep.name: re.compile(sep.pattern) for sep in SEPARATORS + (TIMED_SEPARATOR,)}
OPENING = re.compile(OPEN)
# a word of the name, after the space before it (none before the first), perhaps after a particle ("van Beethoven")
NAME_WORD = re.compile(rf"(?:(?<=[^\s>*_])[ ](?:(?:{PARTICLE})[ ])?)?(?P<word>{WORD})")
NAME_END = re.compile(rf"{CLOSE}{TIME}")
NAME_MAX_WORDS = 4  # "Dr Anna Maria Schmidt"; more is a sentence's start
SPEECH_START = re.compile(r"(?=[\w\"“«„¿¡'‘(…])")


@dataclass(frozen=True)
class Start:
    """A block's first line read as name slot + separator + text."""
    index: int  # the line's position
    name: str
    signature: tuple  # (quote, markup, separator, time code)
    end: int  # where the text after the separator starts
    time: str | None
    rest: str

    @property
    def key(self) -> str:
        return L.label_key(self.name)


def _case(name: str) -> str:
    letters = [c for c in name if c.isalpha()]
    if len(letters) == 1:
        return "letter"
    return "caps" if L.is_caps(name) else "title"


def signature(line: str, index: int = 0) -> Start | None:
    """The line's start read as a name slot and a separator of ``SEPARATORS`` (or a time code), or None.  The name
    is read word by word, the shortest name after which a separator follows first ("THE CHAIRMAN. The committee":
    the name ends at the full stop)."""
    opened = OPENING.match(line)
    at, words = opened.end(), 0
    while words < NAME_MAX_WORDS:
        word = NAME_WORD.match(line, at)
        if not word or not word.group("word")[:1].isupper() or _function_word(word.group("word")):
            return None  # every word capitalised, none a function word ("And so - ", "So — " open a sentence)
        at, words = word.end(), words + 1
        found = _ended(line, opened, at)
        if found:
            return Start(index, *found)
    return None


def _function_word(word: str) -> bool:
    """A function word of ``stop-words.txt`` in title case ("And", "So", "The"), as a sentence opens; a single letter
    is a code ("I", "A") and a word in capitals an office's ("THE CHAIRMAN."), not one."""
    return len(word) > 1 and not word.isupper() and word.casefold().rstrip(".") in L.STOP_WORDS


def _ended(line: str, opened: re.Match, at: int) -> tuple | None:
    """(name, signature, end, time, rest) where a separator follows the name that ends at ``at``, or None."""
    tail = NAME_END.match(line, at)
    time = tail.group("time")
    after = line[tail.end() - line[at - 1:at].count("."):tail.end() + 2]
    if not time and not (after[:1] in SEPARATOR_CHARS or after[:1] == " " and after[1:2] in " -–—"):
        return None  # (no separator can follow: most words of a line, read no further)
    name = line[opened.end():at]
    case = _case(name)
    if name.endswith(".") and (case != "caps" or L.HONORIFIC.match(name + " ")):
        return None  # "Mr." / "MR." / "Dr." open a name; a title-case word and a full stop end a sentence
    for sep in ((TIMED_SEPARATOR,) if time else SEPARATORS):
        if sep.caps_only and case != "caps":
            continue
        found = _COMPILED[sep.name].match(line, tail.end() - (1 if sep.name == "stop" and name.endswith(".") else 0))
        if found and found.end() < len(line) and SPEECH_START.match(line, found.end()):
            mark = (opened.group("mark") or "") + (tail.group("close") or "")
            # (not the case: an interviewer's initials in capitals and the guest's name in title case, "JC - ..." /
            # "Vannuchi - ...", are one layout)
            shape = (bool(opened.group("quote")), mark, sep.name, bool(time))
            return name.rstrip("."), shape, found.end(), time, line[found.end():].strip()
    return None


# --- the document's evidence -----------------------------------------------------------------------------------------
# A signature is a label shape only where it opens at least this many blocks: three exchanges of two speakers.
MIN_LINES = 4
# ... with at least this many distinct names (a dialogue; one recurring word is a list's lead-in or a refrain) ...
MIN_NAMES = 2
# ... and a small vocabulary: at most this share of its uses name a value written only once (an interview's few
# speakers come back turn after turn; a glossary's or a definition list's terms are each written once) ...
MAX_ONCE_SHARE = 0.2
# ... the name changes between at least this share of consecutive uses (speakers take turns; a changelog's "Fixed -"
# and "Added -" come in runs) ...
TURN_SHARE = 0.5
# ... and the names come back: at least this share of the uses names one of the ``RETURN_WINDOW`` uses before it (two
# or five people talk back and forth; a list of steps written twice, "One — YOU: ..." to "Eight — CHANGE: ..." and
# again "ONE — YOU: ...", takes turns without ever coming back until the list starts over) ...
RETURN_SHARE = 0.4
# (six uses back: in a meeting of twenty-odd people where each client team reports in its turn, 40-50 % of the uses
# name one of the six before, against none in an enumeration; the window is narrower than the number of names, so
# that a list of three items written twice does not come back within it)
RETURN_WINDOW = 6
# ... it opens at least this share of the blocks from its first use to its last (the dialogue's own shape; a few
# lines of that shape in an article are text) ...
BLOCK_SHARE = 0.3
# ... and the text after it reads as speech: at least this many words on the median line (a table of contents'
# "Introduction - 3", an agenda's or a changelog's entries are a few words) ...
SPEECH_MEDIAN_WORDS = 6
# ... and at least this share of its lines hold a sentence end (speech is written in sentences; entries are not).
SENTENCE_SHARE = 0.5
SENTENCE_END = re.compile(r"[.!?…。？！]")
# A signature that is turned down is reported only where its names recur as a conversation's would (this many uses).
REPORT_MIN_LINES = MIN_LINES


@dataclass(frozen=True)
class Verdict:
    signature: tuple
    starts: tuple[Start, ...]
    why: str | None  # None: the document uses the signature as its labels
    reported: bool = False  # turned down though its names recur and take turns as labels do


# A line that follows one ending a sentence opens a paragraph of its own where a document writes its paragraphs one a
# line, without blank lines between them (a news site's interview exported to Markdown: "JC - ...?" / "Vannuchi - ...").
PARAGRAPH_END = re.compile(r"[.!?…:\"”»)]\s*$")


def _unit_starts(lines: list[str]) -> list[int]:
    """The lines that open a block (after a blank line) or a paragraph written on one line (``PARAGRAPH_END``)."""
    return [i for i, line in enumerate(lines) if line.strip() and (i == 0 or not lines[i - 1].strip()
                                                                  or PARAGRAPH_END.search(lines[i - 1]))]


def _block_share(starts: list[Start], units: list[int], lines: list[str]) -> tuple[float, int, int]:
    """The share of the units from the first use to the last that the signature opens, with the counts: of the blocks
    (after a blank line), or of the paragraphs written one a line, whichever it opens more of (a page written one
    sentence a line, as The Turing Way's guide asks, has a unit at every sentence but its turns open blocks)."""
    first, last = starts[0].index, starts[-1].index
    inside = [i for i in units if first <= i <= last]
    blocks = [i for i in inside if i == 0 or not lines[i - 1].strip()]
    opened = {s.index for s in starts}
    counts = [(sum(1 for i in found if i in opened), len(found)) for found in (inside, blocks) if found]
    best = max(counts, key=lambda pair: pair[0] / pair[1])
    return best[0] / best[1], best[0], best[1]


def _why_not(starts: list[Start], blocks: list[int], lines: list[str]) -> tuple[str | None, bool]:
    """Why the signature's uses are no labels (None: they are), and whether they read as a conversation's labels all
    the same (recurring names that take turns before speech, too rare to be the dialogue's shape: then the rejection
    is reported; a changelog's entries, which take turns too, are no speech and are not)."""
    uses = Counter(s.key for s in starts)
    once = sum(1 for s in starts if uses[s.key] == 1)
    if len(uses) < MIN_NAMES:
        return f"only one name ('{starts[0].name}') is written in that shape: a lead-in, not a dialogue", False
    if once > MAX_ONCE_SHARE * len(starts):
        return (f"{once} of its {len(starts)} lines name a value written once (a glossary's or a list's "
                f"terms), more than the {MAX_ONCE_SHARE:.0%} a dialogue's few recurring speakers allow"), False
    if not takes_turns([s.key for s in starts], TURN_SHARE):
        return "the names do not take turns (they come in runs, as a list's or a changelog's entries do)", False
    if not _comes_back([s.key for s in starts]):
        return "the names do not come back turn after turn (an enumeration's items, each again after all the rest)", False
    share, opened, inside = _block_share(starts, blocks, lines)
    if share < BLOCK_SHARE:
        return f"it opens {opened} of the {inside} blocks where it stands, too few for a dialogue", True
    words = median(len(s.rest.split()) for s in starts)
    ends = sum(1 for s in starts if SENTENCE_END.search(s.rest))
    if words < SPEECH_MEDIAN_WORDS or ends < SENTENCE_SHARE * len(starts):
        return "the text after it is no speech (short entries without sentences: a list, an agenda, contents)", False
    return None, False


def _comes_back(keys: list[str]) -> bool:
    """Whether at least ``RETURN_SHARE`` of the uses after the first name one of the ``RETURN_WINDOW`` uses before."""
    window = max(2, min(RETURN_WINDOW, len(set(keys)) - 1))
    back = sum(1 for i in range(1, len(keys)) if keys[i] in keys[max(0, i - window):i])
    return back >= RETURN_SHARE * (len(keys) - 1)


# What ends a name slot (``SEPARATORS``, a time code's bracket): a line whose first words hold none of these opens no
# signature, and is not read word by word (most lines of prose).
SEPARATOR_CHARS = frozenset("-–—.)]>\t[(")
HEAD_CHARS = 60  # the name slot's four words, their markup and a time code fit in this many characters


def _may_open(line: str) -> bool:
    head = line[:HEAD_CHARS]
    return "  " in head or not SEPARATOR_CHARS.isdisjoint(head)


def infer(lines: list[str]) -> list[Verdict]:
    """Each signature that opens ``MIN_LINES`` blocks or more, with the document's verdict on it."""
    blocks = _unit_starts(lines)
    by_signature: dict[tuple, list[Start]] = {}
    for index in blocks:
        line = lines[index]
        if (line[:1].isalpha() or line[:1] in "*_<>") and _may_open(line):
            found = signature(line, index)
            if found:
                by_signature.setdefault(found.signature, []).append(found)
    return [Verdict(sig, tuple(starts), *_why_not(starts, blocks, lines))
            for sig, starts in by_signature.items() if len(starts) >= MIN_LINES]


def _explained(lines: list[str], verdict: Verdict) -> bool:
    """Whether the table's shapes already read the document's labels: its accepted labels open at least as many
    lines as the signature does (then the document converts as it did, and the signature is its text), and where
    they read a line of the signature they read its whole label, the separator too ("**Emma** - text" read as a
    bold name leaves "- text" as the speech: the signature reads it whole)."""
    accepted = L.accept_labels(lines)
    if not accepted:
        return False
    found = [L.candidate(line) for line in lines]
    if any((c := found[s.index]) and c.key in accepted and c.end < s.end for s in verdict.starts):
        return False
    return sum(1 for c in found if c and c.key in accepted) >= len(verdict.starts)


def _label_line(line: str, start: Start) -> str:
    """The label line in the colon shape the table reads ("Emma: text", "I [00:00:00]: text")."""
    time = f" [{start.time}]" if start.time else ""
    return f"{start.name}{time}: {line[start.end:]}"


def rewrite(text: str) -> tuple[str, frozenset[str]]:
    """``text`` with the label lines of a signature the document uses as its labels written in the colon shape, line
    for line, and the labels written so; ``text`` and no labels where no signature is or the table reads the labels."""
    lines = text.split("\n")
    chosen = [v for v in infer(lines) if v.why is None]
    if not chosen:
        return text, frozenset()
    verdict = max(chosen, key=lambda v: len(v.starts))
    if _explained(lines, verdict):
        return text, frozenset()
    for start in verdict.starts + _inside_blocks(lines, verdict):
        lines[start.index] = _label_line(lines[start.index], start)
    return "\n".join(lines), frozenset(s.name for s in verdict.starts)


def _inside_blocks(lines: list[str], verdict: Verdict) -> tuple[Start, ...]:
    """The lines inside a block (not its first) written in the signature with a name of its vocabulary that recurs
    ("---" / "I [00:00:00] Zu ...": a separator line above the first turn, no blank line between)."""
    uses = Counter(s.key for s in verdict.starts)
    opened = {s.index for s in verdict.starts}
    found = (signature(line, index) for index, line in enumerate(lines) if index not in opened and line[:1].isalpha())
    return tuple(s for s in found if s and s.signature == verdict.signature and uses[s.key] >= 2)


def rejected(lines: list[str], accepted: frozenset[str]) -> list[tuple[int, str, int, str]]:
    """(line index, label, uses, why) for each signature whose names recur as labels would and that the document did
    not take as its labels (its names not accepted), once per signature at its first line."""
    out = []
    for verdict in infer(lines):
        starts = verdict.starts
        if not verdict.reported or any(s.key in accepted for s in starts):
            continue  # (names that never recur or never take turns: a list or a glossary, nothing like labels)
        uses = Counter(s.key for s in starts)
        sep = verdict.signature[2]
        out.append((starts[0].index, starts[0].name, len(starts),
                    f"'{starts[0].name}' and {len(uses) - 1} other name(s) open {len(starts)} blocks in one shape "
                    f"(name, {sep} separator, text) but were kept as text: {verdict.why}; if they are speakers' "
                    "labels, write each with a colon ('Name: text')"))
    return out

"""Speaker-label grammar, and the document-wide evidence that decides what is a label.

In: lines of text.  Out: ``LabelCandidate`` for a line that starts like a label
(``NAME:``, ``Name (note):``, ``MR. NAME:``), and ``accept_labels(texts)`` -> the
set of label keys that the whole document supports.  A candidate is accepted when
it recurs, when it has the shape of the document's other labels (all capitals,
an honorific), or when it is a generic role (Question, Moderator).  Field lines
("Source:", "PRN:"), joint captions ("Merkel and Putin:") and a speaker's own
phrases ("To reiterate:") are not labels.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from statistics import median
from typing import Iterable

TIMESTAMP = r"(?:\d{1,3}:)?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"  # [days:]hours: "[00:00:07:41]" (Spacelog)
DECORATION = re.compile(r"^(?:#{1,6}[ \t]+)?(?:\*\*|__|<(?:strong|b)>)?")
LEADING_TIME = re.compile(rf"^[\[(]?(?P<time>{TIMESTAMP})[\])]?[ \t]+")
TIME_ONLY = re.compile(rf"^[\[(]?(?P<time>{TIMESTAMP})[\])]?$")
LABEL = re.compile(
    r"""^(?P<label>[^\W\d_][\w'’.\-]*(?:[ ][\w'’.\-]+){0,5}?)(?:\*\*|__)?
        (?:\s*[(\[](?P<note>[^)\]\n]{1,160})[)\]])?
        \s*(?:(?:\*\*|__)\s*)?:(?:\*\*|__)?(?:(?:[ \t]+|[ \t]*\n\s*|(?=[—–-]|\.\.\.|…))(?P<rest>\S.*)|[ \t]*$)""",
    re.X | re.S,
)
BRACKET_LABEL = re.compile(
    rf"^\[(?P<label>[^\W\d_][^\]\n]{{0,38}})\]\s*(?:[\[(](?P<time>{TIMESTAMP})[\])]\s*)?(?P<colon>:)?"
    r"(?:(?:[ \t]+|[ \t]*\n\s*)(?P<rest>\S.*)|[ \t]*$)", re.S)
# A label ending with a full stop, as US congressional hearings write them ("MR. POTTER.", "Mr. SMITH.",
# "The CHAIRMAN.", "Senator KENNEDY.", "<strong>Mr. JONES</strong>."): one to three capitalised words, then a
# name in capitals (a single capitalised word before a full stop is a sentence: "OK. Sure.", "YES. We did").  The
# shape alone proves nothing ("The USA. It was"): ``accept_labels`` asks the document to
# use it as a pattern of labels.
PERIOD_LABEL = re.compile(
    r"^(?P<label>(?:(?:[A-Z][a-z]{1,11}|[A-Z][A-Z'’-]*)\.?[ ]){1,3}[A-Z][A-Z'’-]+)(?:\*\*|__|</strong>|</b>)?"
    r"\.(?P<note>\d{1,2})?(?:[ \t]+(?P<rest>\S.*))$", re.S)
# Titles that open a title-case label ended with a full stop (see the data file for where they come from).
TITLES = frozenset(word for line in (Path(__file__).resolve().parent.parent / "data" / "label-titles.txt").read_text("utf-8").splitlines()
                   for word in line.split("#")[0].split())
_TITLE = "|".join(sorted((re.escape(t.capitalize()) for t in TITLES), key=len, reverse=True))
# The same labels as GPO prints hearings, in title case: a title and a surname ("Senator Doe.", "Mr. Kane."), or
# "The" or "Madam" and a title ("The Chairman.", "The Court.", "The Presiding Officer.", "Madam Speaker.").
TITLE_PERIOD_LABEL = re.compile(
    rf"^(?P<label>(?:{_TITLE})\.?(?:[ ][A-Z][\w'’-]+){{1,2}}|(?:The|Madam|Madame) (?:{_TITLE})(?:[ ][A-Z][a-z]+)?)"
    r"(?:\*\*|__|</strong>|</b>)?\.(?P<note>\d{1,2})?(?:[ \t]+(?P<rest>\S.*))$", re.S)
# A speaker and a time code alone on a line, the speech on the lines below, as speech-to-text and editor exports
# write them: Otter ("Anna Smith  0:37", "Anna Smith  1:02:03"), Descript and Riverside ("**Jonas Nick** 00:00:18",
# "Anna [00:01:02]", "**Anna** [0:00]"), and cue lists with a range and a duration ("Name 00:00:05-00:00:14 (9 sec)").
# The label is checked as any other (``not_a_name``: "Chapter 3 10:30" is not a name, "Speaker 1" is); the time code
# ends the line (a sentence that ends with a time is text).  The shape alone proves nothing: ``_timed_labels`` asks
# the document to use it as a pattern.
TIMED_LABEL = re.compile(
    rf"""^(?P<label>[^\W\d_][\w'’.\-]*(?:[ ][\w'’.\-]+){{0,4}}?)(?:\*\*|__|</strong>|</b>)?
        (?:[ \t]*[(\[](?P<note>[^)\]\n\d]{{1,80}})[)\]])?
        [ \t]+[\[(]?(?P<time>{TIMESTAMP})(?:[ \t]*[-–][ \t]*{TIMESTAMP})?[\])]?
        (?:[ \t]*\([ \t]*\d+(?:[.,]\d+)?[ \t]*(?:s|sec|secs|seconds?|min|mins|minutes?)\.?[ \t]*\))?
        [ \t]*(?:\n\s*(?P<rest>\S.*))?$""",
    re.X | re.S)
ABBREVIATION = re.compile(r"^(?:[A-Za-z]|[A-Z](?:\.[A-Z])+|mrs?|ms|dr|st|jr|sr|prof|gen|sen|rep|gov|col|lt|sgt|capt|"
                          r"rev|hon|amb|no|vs|cf|etc)\.$", re.I)
URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$")
BARE_QA = re.compile(r"^(?P<label>Q|A)(?:[ ]{2,}|\t)(?P<rest>\S.*)$", re.S)
MID_LABEL = re.compile(
    r"(?<=[.!?…\"”)\]—-])[ \t]+(?P<label>[A-Z][A-Z'’.\-]*(?:[ ][A-Z][A-Z'’.\-]*){0,3})(?:[ ]\((?P<note>[^)\n]{1,80})\))?:[ \t]+(?=\S)")
# A Markdown heading line ("## Title ##"): the text is the shortest one after which only spaces and closing hashes
# follow.  Written so that no position is tried twice: the text ends with its first character, or with a character
# that is neither a space nor a hash, or with a hash that a space follows (then the spaces and hashes after it are
# read once).  The plain ``(?P<text>.+?)\s*#*$`` re-reads a run of hashes or spaces from each of its positions.
MD_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.(?=\s*+#*+$)|.*?(?:[^\s#](?=\s*+#*+$)|#(?=\s++#*+$)))\s*+#*+$")
# Keys that introduce metadata, never a speaker.
FIELD_KEYS = frozenset(
    """source sources prn note notes exclusive update updated breaking watch video listen photo photos
    credit credits copyright licence license date dates location place venue time subjects subject tags
    tag keywords published transcript transcription translation translated editor editors summary
    abstract read more related see also email e-mail tel phone fax web website url address http https
    www warning disclaimer caption image images file files attachment attachments audio category
    categories author authors by title subtitle headline dateline agenda topics topic contents contact
    follow share print comments comment tl;dr ps p.s nb n.b fyi re subject cc bcc from to sent present
    attendees absent staff participants panelists panellists guests cast contents twitter x youtube
    facebook instagram linkedin telegram mastodon github reddit tiktok rss spotify itunes soundcloud
    site links homepage""".split()
)
GENERIC = {
    "q": "Question", "question": "Question", "questions": "Question", "questioner": "Question",
    "a": "Answer", "answer": "Answer", "reporter": "Reporter", "journalist": "Journalist",
    "correspondent": "Correspondent", "audience": "Audience", "audience member": "Audience member",
    "participant": "Participant", "moderator": "Moderator", "announcer": "Announcer",
    "narrator": "Narrator", "interpreter": "Interpreter", "translator": "Translator",
    "operator": "Operator", "voice": "Voice", "unidentified speaker": "Unidentified speaker",
    "unidentified": "Unidentified speaker", "unknown": "Unknown speaker", "male voice": "Male voice",
    "female voice": "Female voice", "off-camera": "Off camera", "crowd": "Crowd",
    "interviewer": "Interviewer", "host": "Host", "press": "Press", "media": "Media",
}
QUESTIONERS = frozenset(
    {"Question", "Reporter", "Journalist", "Correspondent", "Audience", "Audience member",
     "Participant", "Press", "Media", "Interviewer"}
)
AUTOMATIC = re.compile(r"^(?:speaker|spk|voice|participant|person)[ _-]?\d+$", re.I)
HONORIFIC = re.compile(r"^(?:MR|MRS|MS|MISS|DR|PROF|SEN|REP|GEN|COL|AMB|REV|HON|SIR|DAME|LORD|LADY)\.?\s", re.I)
JOINT = re.compile(r"\s(?:and|&|und|et|y|и)\s|,|/", re.I)
PARTICLES = frozenset("de da del della der di du la le van von al el bin ibn ben of the y e mc mac st".split())


LABEL_KEY_CACHE = 4096  # distinct labels remembered; a corpus file has tens, a worker sees many files


@dataclass(frozen=True)
class LabelCandidate:
    label: str  # as written, without the note
    note: str | None
    rest: str  # the text after the colon (may be empty: label alone on its line)
    end: int = 0  # offset in the line where the speech starts
    time: str | None = None  # a time code written with the label ("[00:01:02] NAME:")
    # colon, period ("MR. POTTER."), bracket ("[Speaker 1]"), bare ("Q   text"), timed ("Anna Smith  0:37")
    style: str = "colon"

    @property
    def key(self) -> str:
        return label_key(self.label)


@lru_cache(maxsize=LABEL_KEY_CACHE)
def label_key(label: str) -> str:
    """Case- and spacing-insensitive key for comparing labels (cached: a document repeats its few labels on
    thousands of lines, and every stage asks for their keys)."""
    return re.sub(r"[\s.]+", " ", label.replace("’", "'")).strip(" .").casefold()


def _is_time(text: str | None) -> bool:
    return bool(text and re.fullmatch(TIMESTAMP, text.strip()))


def candidate(line: str) -> LabelCandidate | None:
    """Return the label-shaped start of ``line`` (decorations and time codes read off), or None."""
    offset = DECORATION.match(line).end()
    time_match = LEADING_TIME.match(line[offset:])
    time = time_match.group("time") if time_match else None
    offset += time_match.end() if time_match else 0
    offset += DECORATION.match(line[offset:]).end()
    text = line[offset:]
    for pattern, style in ((TIMED_LABEL, "timed"), (LABEL, "colon"), (BRACKET_LABEL, "bracket"),
                           (PERIOD_LABEL, "period"), (TITLE_PERIOD_LABEL, "period"), (BARE_QA, "bare")):
        if pattern is TIMED_LABEL and not _may_be_timed(text):
            continue
        match = pattern.match(text)
        if not match:
            continue
        label = match.group("label").strip()
        groups = match.groupdict()
        if style == "period" and ABBREVIATION.match(label + "."):
            continue  # "MS." alone is the start of "MS. SMITH:", not a label
        if len(label) > 48 or (style == "bracket" and not (groups.get("time") or groups.get("colon")
                                                            or is_automatic(label))):
            continue
        note = (groups.get("note") or "").strip() or None
        time = time or groups.get("time")
        if _is_time(note):
            time, note = time or note, None
        rest = groups.get("rest") or ""
        end = offset + (match.start("rest") if rest else match.end())
        return LabelCandidate(label, note, rest.strip(), end, time, style)
    return None


def _may_be_timed(text: str) -> bool:
    """Cheap test before ``TIMED_LABEL``: its first line ends with a time code's digit or bracket."""
    first = text.split("\n", 1)[0].rstrip()
    return ":" in first and first[-1:] in TIME_ENDS


TIME_ENDS = frozenset("0123456789)]")


def time_only(line: str) -> str | None:
    """The time code of a line that holds nothing else ("00:01:23", "[00:01:23]")."""
    match = TIME_ONLY.match(line.strip())
    return match.group("time") if match else None


def mid_labels(line: str) -> list[re.Match]:
    """Labels standing inside a paragraph after a sentence end ("... away. COOPER: Do you ...")."""
    found = []
    for match in MID_LABEL.finditer(line):
        start = end = match.start()  # the word before it ends at a full stop, so it is never empty
        while start and not line[start - 1].isspace():
            start -= 1  # read back over that word only (splitting the whole line before each label is quadratic)
        if ABBREVIATION.match(line[start:end]) or not _is_caps(match.group("label")) \
                or never_a_label(match.group("label")):
            continue  # "MS. BLAKE:" is one label; "Dr. SMITH" is not a sentence end
        found.append(match)
    return found


def is_generic(label: str) -> bool:
    return label_key(label) in GENERIC


def is_automatic(label: str) -> bool:
    return bool(AUTOMATIC.match(label_key(label).replace(" ", "_")))


def _is_caps(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def never_a_label(label: str) -> bool:
    """Shapes that are not speakers, whatever the evidence, and field keys ("Source", "CC") that a document
    has not shown to be labels (``accept_labels`` lets a field key through when the document uses it as one)."""
    return label_key(label) in FIELD_KEYS or not_a_name(label)


@lru_cache(maxsize=LABEL_KEY_CACHE)
def not_a_name(label: str) -> bool:
    """Shapes that are never a speaker: a web address, a joint caption, a numbered heading, a phrase."""
    key = label_key(label)
    if key.split(" ")[0] in {"http", "https", "www"}:
        return True
    if JOINT.search(label):
        return True
    if any(ch.isdigit() for ch in label) and not is_automatic(label):
        return True  # "Round 1", "Part 2": numbered headings, not people
    words = label.replace(".", ". ").split()
    lowercase = [w for w in words if w[0].islower() and w.casefold() not in PARTICLES]
    return bool(lowercase) or len(words) > 5


# A field key ("CC", "Source") is a speaker label when the document uses it as one: it opens at least this many
# lines (a header field is written once or twice: "Source: TASS", "Source: Reuters") ...
FIELD_LABEL_MIN_USES = 3
# ... at least this share of its lines stands between turns of the document's other labels (a role code in a
# mission transcript alternates with the others: CDR / CC / CDR; a run of fields in a header does not) ...
FIELD_LABEL_INSIDE_SHARE = 0.5
# ... and it opens at least this fraction of the lines a typical (median) label of the document opens: a speaker
# takes part in the conversation, a caption ("Photo: ...") under a few pictures of a long interview does not.
FIELD_LABEL_MEDIAN_SHARE = 0.5
# A label written once is accepted when its shape is the shape of at least this many distinct labels the document
# uses again and again ("Ivan Petrov:" among "Vladimir Putin:" and "Anna Smith:"): one recurring label is not yet
# a pattern ("Smith: ... Jones: ... Smith:" leaves "Jones" to the evidence of its own use).
SHAPE_MIN_LABELS = 2
# A title-case label written once must have at least this many words to pass on its shape: a single capitalised
# word before a colon is as often a word of the text ("Remember:", "Example:") as a surname.
SHAPE_MIN_WORDS = 2
# Full-stop labels ("Mr. SMITH.") are a pattern only when the document writes at least this many distinct labels
# in that shape, one of them more than once: a repeated "OK. Sure." is one word, a hearing has several speakers.
PERIOD_MIN_LABELS = 2
# ... and when they are at least this share of the document's full-stop and colon labels (its main label shape):
# in a dialogue labelled "NAME:", lines that open "Senator Doe. ..." are sentences about the senator.
PERIOD_MIN_SHARE = 0.5
# Function words never stand in a speaker's name (PARTICLES aside): "The Answer:", "In Short:" are phrases.
STOP_WORDS = frozenset((Path(__file__).resolve().parent.parent / "data" / "stop-words.txt").read_text(encoding="utf-8").split())


@dataclass(frozen=True)
class _Seen:
    """A line-start candidate with what its line shows around the label (for comparing shapes)."""
    candidate: LabelCandidate
    index: int  # the line's position in the document
    markup: str  # the decoration before the label ("**", "#", "" ...)
    key: str = field(init=False)
    # What a document's labels share: style, markup, case, number of words, note, speech on the label's line,
    # time code.
    shape: tuple = field(init=False)

    def __post_init__(self) -> None:
        c = self.candidate
        object.__setattr__(self, "key", c.key)
        object.__setattr__(self, "shape", _shape(c.label, c.style, self.markup, c.note is not None, bool(c.rest),
                                                 c.time is not None))


@lru_cache(maxsize=LABEL_KEY_CACHE)
def _shape(label: str, style: str, markup: str, note: bool, rest: bool, time: bool) -> tuple:
    return (style, markup, "caps" if _is_caps(label) else "title", len(label.replace(".", ". ").split()),
            note, rest, time)


def _seen(lines: list[str]) -> list[_Seen]:
    """Every line-start candidate of the document, in order (one pass over the lines)."""
    found = []
    for index, line in enumerate(lines):
        c = candidate(line)
        if c and not not_a_name(c.label) and not URL_ONLY.match(c.rest):
            found.append(_Seen(c, index, DECORATION.match(line).group(0).strip()))
    return found


# Name + time lines ("Anna Smith  0:37") are a label pattern when the document writes at least this many (an
# export puts one before every turn; one or two such lines are a caption, a schedule entry) ...
TIMED_MIN_LINES = 3
# ... at least this share of them name a speaker who comes back (a conversation, or a talk with questions, returns
# to its speakers; a list of dated entries or a running head with a changing name does not) ...
TIMED_RECUR_SHARE = 0.5
# ... their time codes run forward, each later than the one before (a recording's clock; a slip or two where an
# editor moved a paragraph; a running head repeats one clock time) ...
TIMED_ORDER_SHARE = 0.8
# ... and at least this share of them has text after it on the next line (the speech below the label), where a
# table of times or a list of chapters holds label after label.
TIMED_SPEECH_SHARE = 0.5
SENTENCE_END = re.compile(r"[.!?…\"”’')\]]$")
WEEKDAY = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)  # "Monday 10:30": a date line


def _seconds(time: str) -> float:
    parts = time.replace(",", ".").split(":")
    return sum(float(part) * 60 ** power for power, part in enumerate(reversed(parts)))


def _timed_labels(found: list[_Seen], lines: list[str]) -> set[str]:
    """Keys of the name + time lines ("Anna Smith  0:37") that this document uses as its labels: see the
    TIMED_* constants for the evidence asked for."""
    timed = [s for s in found if s.candidate.style == "timed" and not WEEKDAY.match(s.candidate.label)]
    if len(timed) < TIMED_MIN_LINES:
        return set()
    counts = Counter(s.key for s in timed)
    times = [_seconds(s.candidate.time) for s in timed]
    forward = sum(1 for a, b in zip(times, times[1:]) if b > a)
    at = {s.index for s in timed}
    speech = sum(1 for s in timed if (below := _next_text(lines, s.index)) is not None and below not in at
                 and not time_only(lines[below]))
    if sum(1 for s in timed if counts[s.key] >= 2) < TIMED_RECUR_SHARE * len(timed) \
            or forward < TIMED_ORDER_SHARE * (len(times) - 1) or speech < TIMED_SPEECH_SHARE * len(timed):
        return set()
    # a name used once is a label when written like the recurring ones (markup, case) where a turn can start: after
    # a blank line (``lines`` may hold the blank lines between blocks), a label or a sentence's end: "Unknown
    # Speaker  0:35" among "Emma  0:00" lines, not "... the train left from / Kings Cross 10:30 / and ..."
    styles = {(s.markup, _is_caps(s.candidate.label)) for s in timed if counts[s.key] >= 2}
    return {s.key for s in timed if counts[s.key] >= 2 or (s.markup, _is_caps(s.candidate.label)) in styles
            and (s.index == 0 or s.index - 1 in at or SENTENCE_END.search(lines[s.index - 1].rstrip())
                 or not lines[s.index - 1].strip())}


def _next_text(lines: list[str], index: int) -> int | None:
    """Index of the first non-blank line after ``index`` (None at the end)."""
    for below in range(index + 1, len(lines)):
        if lines[below].strip():
            return below
    return None


def timed_labels(lines: Iterable[str]) -> frozenset[str]:
    """Keys of the name + time label lines the document uses as labels (for the cleaner: such lines repeat with
    their numbers changing, like a running page header, and must never be removed as one)."""
    lines = list(lines)
    return frozenset(_timed_labels(_seen(lines), lines))


def _field_labels(found: list[_Seen], counts: Counter, accepted: set[str]) -> set[str]:
    """Field keys the document uses as speaker labels: recurring, and mostly between the other labels' turns."""
    keys = set()
    typical = median(counts[key] for key in accepted) if accepted else 0
    for key in {s.key for s in found if s.key in FIELD_KEYS and counts[s.key] >= FIELD_LABEL_MIN_USES}:
        others = [i for i, s in enumerate(found) if s.key in accepted and s.key != key]
        if not others or counts[key] < typical * FIELD_LABEL_MEDIAN_SHARE:
            continue
        uses = [i for i, s in enumerate(found) if s.key == key]
        inside = sum(1 for i in uses if others[0] < i < others[-1])
        if inside / len(uses) >= FIELD_LABEL_INSIDE_SHARE:
            keys.add(key)
    return keys


def _shared_shape(found: list[_Seen], counts: Counter, accepted: set[str]) -> set[str]:
    """Single-use labels written in a shape that several of the document's recurring labels share."""
    shapes: dict[tuple, set[str]] = {}
    for s in found:
        if s.key in accepted and counts[s.key] >= 2 and s.key not in FIELD_KEYS:
            shapes.setdefault(s.shape, set()).add(s.key)
    keys = set()
    for s in found:
        if s.key in accepted or s.key in FIELD_KEYS or len(shapes.get(s.shape, ())) < SHAPE_MIN_LABELS:
            continue
        if s.candidate.style == "colon" and _phrase(s.candidate.label):
            continue
        if s.shape[2] == "title" and s.shape[3] < SHAPE_MIN_WORDS:
            continue
        keys.add(s.key)
    return keys


def _phrase(label: str) -> bool:
    """A label-shaped phrase ("The Answer:", "For Example:"): it opens with a function word, or one stands
    among its words (a name's particles aside: "Ludwig van Beethoven")."""
    words = [w.casefold().strip(".") for w in label.split()]
    return words[0] in STOP_WORDS or any(w in STOP_WORDS and w not in PARTICLES for w in words[1:])


def accept_labels(lines: Iterable[str]) -> frozenset[str]:
    """Keys of the labels this document supports, judged over all its lines (blank lines between blocks may be
    included: they show where a turn can start)."""
    lines = list(lines)
    found = _seen(lines)
    timed_keys = _timed_labels(found, lines)
    found = [s for s in found if s.candidate.style != "timed" or s.key in timed_keys]
    styles = Counter(s.candidate.style for s in found)
    # a rarer label shape needs more evidence: full stops and bare Q/A must recur as a pattern
    found = [s for s in found if s.candidate.style in ("colon", "bracket", "timed") or styles[s.candidate.style] >= 3]
    counts = Counter(s.key for s in found)
    period_keys = {s.key for s in found if s.candidate.style == "period"}
    if len(period_keys) < PERIOD_MIN_LABELS or not any(counts[key] >= 2 for key in period_keys) \
            or styles["period"] < PERIOD_MIN_SHARE * (styles["period"] + styles["colon"]):
        found = [s for s in found if s.candidate.style != "period"]
    inside = Counter(label_key(m.group("label")) for line in lines for m in mid_labels(line))
    counts.update(inside)
    plain = [s for s in found if s.key not in FIELD_KEYS or s.key in timed_keys]
    timed = sum(1 for s in plain if s.candidate.time)
    accepted = {s.key for s in plain if counts[s.key] >= 2 or is_generic(s.candidate.label)
                or is_automatic(s.candidate.label) or (s.candidate.time and timed >= 2)}
    accepted |= {key for key in inside if counts[key] >= 2 and key not in FIELD_KEYS} | timed_keys
    caps_doc = any(_is_caps(s.candidate.label) for s in plain if s.key in accepted)
    for s in plain:
        c = s.candidate
        if s.key in accepted:
            continue
        if HONORIFIC.match(c.label + " ") and c.rest:
            accepted.add(s.key)
        elif caps_doc and _is_caps(c.label) and len(c.label) > 2:
            accepted.add(s.key)
    accepted |= _shared_shape(plain, counts, accepted)
    accepted |= _field_labels(found, counts, accepted)
    return frozenset(accepted)

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
from dataclasses import dataclass
from typing import Iterable

TIMESTAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
DECORATION = re.compile(r"^(?:#{1,6}[ \t]+)?(?:\*\*|__)?")
LEADING_TIME = re.compile(rf"^[\[(]?(?P<time>{TIMESTAMP})[\])]?[ \t]+")
TIME_ONLY = re.compile(rf"^[\[(]?(?P<time>{TIMESTAMP})[\])]?$")
LABEL = re.compile(
    r"""^(?P<label>[^\W\d_][\w'’.\-]*(?:[ ][\w'’.\-]+){0,5}?)(?:\*\*|__)?
        (?:\s*[(\[](?P<note>[^)\]\n]{1,160})[)\]])?
        \s*(?:(?:\*\*|__)\s*)?:(?:\*\*|__)?(?:(?:[ \t]+|[ \t]*\n\s*)(?P<rest>\S.*)|[ \t]*$)""",
    re.X | re.S,
)
BRACKET_LABEL = re.compile(
    rf"^\[(?P<label>[^\W\d_][^\]\n]{{0,38}})\]\s*(?:[\[(](?P<time>{TIMESTAMP})[\])]\s*)?(?P<colon>:)?"
    r"(?:(?:[ \t]+|[ \t]*\n\s*)(?P<rest>\S.*)|[ \t]*$)", re.S)
PERIOD_LABEL = re.compile(
    r"^(?P<label>(?:[A-Z][A-Z'’-]*\.?[ ]){0,3}[A-Z][A-Z'’-]+)\.(?P<note>\d{1,2})?(?:[ \t]+(?P<rest>\S.*))$", re.S)
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


@dataclass(frozen=True)
class LabelCandidate:
    label: str  # as written, without the note
    note: str | None
    rest: str  # the text after the colon (may be empty: label alone on its line)
    end: int = 0  # offset in the line where the speech starts
    time: str | None = None  # a time code written with the label ("[00:01:02] NAME:")
    style: str = "colon"  # colon, period ("MR. POTTER."), bracket ("[Speaker 1]"), bare ("Q   text")

    @property
    def key(self) -> str:
        return label_key(self.label)


def label_key(label: str) -> str:
    """Case- and spacing-insensitive key for comparing labels."""
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
    for pattern, style in ((LABEL, "colon"), (BRACKET_LABEL, "bracket"), (PERIOD_LABEL, "period"), (BARE_QA, "bare")):
        match = pattern.match(text)
        if not match:
            continue
        label = match.group("label").strip()
        groups = match.groupdict()
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
    """Shapes that are not speakers, whatever the evidence."""
    key = label_key(label)
    if key in FIELD_KEYS or key.split(" ")[0] in {"http", "https", "www"}:
        return True
    if JOINT.search(label):
        return True
    if any(ch.isdigit() for ch in label) and not is_automatic(label):
        return True  # "Round 1", "Part 2": numbered headings, not people
    words = label.replace(".", ". ").split()
    lowercase = [w for w in words if w[0].islower() and w.casefold() not in PARTICLES]
    return bool(lowercase) or len(words) > 5


def accept_labels(lines: Iterable[str]) -> frozenset[str]:
    """Keys of the labels this document supports, judged over all its lines."""
    lines = list(lines)
    found = [c for c in (candidate(line) for line in lines)
             if c and not never_a_label(c.label) and not URL_ONLY.match(c.rest)]
    styles = Counter(c.style for c in found)
    # a rarer label shape needs more evidence: full stops and bare Q/A must recur as a pattern
    found = [c for c in found if c.style in ("colon", "bracket") or styles[c.style] >= 3]
    counts = Counter(c.key for c in found)
    inside = Counter(label_key(m.group("label")) for line in lines for m in mid_labels(line))
    counts.update(inside)
    timed = sum(1 for c in found if c.time)
    accepted = {c.key for c in found if counts[c.key] >= 2 or is_generic(c.label) or is_automatic(c.label)
                or (c.time and timed >= 2)}
    accepted |= {key for key in inside if counts[key] >= 2}
    caps_doc = any(_is_caps(c.label) for c in found if c.key in accepted)
    for c in found:
        if c.key in accepted:
            continue
        if HONORIFIC.match(c.label + " ") and c.rest:
            accepted.add(c.key)
        elif caps_doc and _is_caps(c.label) and len(c.label) > 2:
            accepted.add(c.key)
    return frozenset(accepted)

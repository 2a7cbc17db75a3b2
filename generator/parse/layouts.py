"""Layouts without speaker labels: a page's preface, and interviews set as blockquotes.

In: the blocks after the header.  Out:

* ``split_preface(blocks)`` -> (preface, heading, rest): where a page has a heading
  "Transcript" after other material (a video description, an editor's note), what
  comes before it is the page's preface, not the conversation.
* ``preface_labels(blocks, accepted)`` -> the accepted labels that open lines only in such a preface (an
  AI summary's "**Sensitivity:** ..." fields): the preface's words, not the transcript's speakers.
* ``preamble_end(blocks)`` -> how many opening blocks are a talk page's preamble (``Slides: <link>``,
  ``Location: ...``, a bare link): material about the talk, which stays out of the speaker's words.
* ``blockquote_dialogue(blocks, names)`` -> raw turns, or None: an interview where
  one voice is set in ``>`` blockquotes and the other in plain paragraphs (a common
  way to publish podcast transcripts).  Plain paragraphs are the host's, quoted ones
  the guest's; the names come from the title ("JW Weatherman Interviews ... Timothy
  C May", "Stephan Livera discussing ... with Andreas Antonopoulos").
"""

from __future__ import annotations

import regex as re
from collections import Counter
from functools import lru_cache
from difflib import SequenceMatcher
from itertools import compress
from typing import Callable

from . import labels, line_table, people, vocab
from ..model import Block, Paragraph, RawTurn, Segment, SegmentKind, TurnType

TRANSCRIPT_HEADING = re.compile(r"^#{1,6}\s*(?:full |the |complete )?transcript(?:ion)?\s*(?::\s*)?#*$", re.I)
QUOTE_LINE = re.compile(r"^>\s?")
HEADING = labels.MD_HEADING
# (the host ends at a non-space, and the spaces after it are taken whole: a lazy host before "\s+" re-read a long
# run of spaces from each of its positions, quadratic on a title of thousands of spaces)
# ("Interview mit NAME" / "Interview with NAME" is the noun, naming the guest only: the words before it are the
# title's, not a host; French and German podcasts say who receives whom: "Marion Rébier reçoit Emmanuel Zimmert",
# Techologie episode descriptions, held-out ht04)
HOST_GUEST = re.compile(
    r"^(?P<host>.*?\S)\s++(?:interviews?(?!\s+(?:with|mit|avec|con|com|met)\b)|reçoit|accueille|empfängt|"
    r"talks?\s+(?:to|with)|speaks?\s+(?:to|with)|in conversation with|"
    r"discuss(?:es|ing)?\b.*?\bwith|podcast\b.*?\bwith|chats?\s+with|with)\s+(?P<guest>.+)$", re.I)
MEDIA_WORDS = frozenset("podcast show episode interview interviews transcript radio tv hour live special "
                        "part session ep the a an of on about".split())
NAME_WORD = re.compile(r"^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.?|\p{Lu}{2,3})$")  # (accented: "Jörg", "Rébier")
WORDS = re.compile(r"[A-Z][\w'’-]+")
MIN_QUOTES = 3
PREAMBLE_LINE = re.compile(  # one line: a link alone, or "Key: value" with a key of one to four words
    r"^(?:<?https?://\S+>?|\[[^\]\n]*\]\([^)\n]*\)|[^\W\d_][\w'’.-]*(?:[ ][\w'’.-]+){0,3}[ \t]*[:：].*)$")
LINK_DEFINITION = re.compile(r"^\[[^\]\n]+\]:\s*<?\S+>?(?:\s+[\"'(].*[\"')])?$")
MARKER_MARKS = re.compile(r"^[^\w\s]+\s*|\s*[^\w\s]+$")  # "📝 ", a colon, arrows around a transcript marker
MARKER_CHARS = 40  # a marker is a few words; a longer line is a sentence that mentions a transcript
EDITORIAL = re.compile(r"\b(?:transcri(?:pt|bed|ption)|edited|editor'?s?|note)\b", re.I)


def split_preface(blocks: list[Block]) -> tuple[list[Block], Block | None, list[Block]]:
    """(preface, heading, rest) where a "Transcript" heading, or a line alone naming the transcript as a heading
    written in plain text or a toggle does ("📝 文字起こしを表示", ``data/transcript-markers.txt``), stands over the
    bulk of the page: a dialogue that a "## Transcript" heading over a download link closes is no preface."""
    for index, block in enumerate(blocks):
        if index and (TRANSCRIPT_HEADING.match(block.text.strip()) or _marker(block.text)):
            if _chars(blocks[index + 1:]) < _chars(blocks[:index]):
                break
            return blocks[:index], block, blocks[index + 1:]
    return [], None, blocks


def _marker(text: str) -> bool:
    """A one-line block naming the page's transcript (``data/transcript-markers.txt``), marks around it allowed."""
    text = text.strip()
    return len(text) <= MARKER_CHARS and "\n" not in text and MARKER_MARKS.sub("", text).casefold() in _markers()


@lru_cache(maxsize=1)
def _markers() -> frozenset[str]:
    return frozenset(" ".join(line.split()).casefold() for line in vocab.lines("transcript-markers.txt") if line)


def _chars(blocks: list[Block]) -> int:
    return sum(len(b.text) for b in blocks)


def preface_labels(blocks: list[Block], accepted: frozenset[str]) -> frozenset[str]:
    """The accepted labels that open lines before the page's "Transcript" heading and never after it: the preface
    (a summary, a content review, show notes) is no one's speech, so its recurring "Key:" lines are not speakers.
    (Only where the text under the heading is the bulk of the page: ``split_preface``.)"""
    preface, marker, rest = split_preface(blocks)
    if marker is None or not accepted:
        return frozenset()
    before, after = (frozenset(c.key for b in part for c in line_table.block(b.text).candidates if c)
                     for part in (preface, rest))
    return (accepted & before) - after


def preamble_end(blocks: list[Block]) -> int:
    """The number of opening one-line blocks that are links or "Key: value" lines about the text."""
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if "\n" in text or not PREAMBLE_LINE.match(text):
            return index
    return len(blocks)


def link_definitions(text: str) -> bool:
    """A block of Markdown link reference definitions ("[z600]: http://..."): the page's links, not words."""
    return all(LINK_DEFINITION.match(line.strip()) for line in text.strip().split("\n"))


def _name_runs(text: str) -> list[list[str]]:
    """Runs of name-like words, split at media words ("Podcast", "Interview") and punctuation."""
    runs, current = [], []
    for word in re.split(r"\s+", re.sub(r"[^\w\s'’.-]", " ", text)):
        if word and NAME_WORD.match(word) and word.lower() not in MEDIA_WORDS:
            current.append(word)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [r for r in runs if len(r) >= 2]


def _person(run: list[str], last: bool) -> str:
    """At most three words of a run: the end of it for a host ("Transcript of Stephan Livera"),
    the end for a guest whose run starts with an epithet ("Cypherpunk Legend Timothy C May")."""
    words = run[-3:] if len(run) >= 3 and len(run[-2].rstrip(".")) == 1 else run[-2:]
    return " ".join(words) if last or len(run) > 3 else " ".join(run[:3] if len(run) <= 3 else words)


def host_and_guest(texts: list[str]) -> tuple[str | None, str | None]:
    """Who interviews whom, read from titles and descriptions."""
    best: tuple[str | None, str | None] = (None, None)
    for text in texts:
        match = HOST_GUEST.match(text.strip()) if text else None
        if not match:
            continue
        hosts, guests = _name_runs(match.group("host")), _name_runs(match.group("guest"))
        host = _person(hosts[-1], last=True) if hosts else None
        guest = _person(guests[0], last=False) if guests else None
        if host and guest:
            return host, guest
        best = (best[0] or host, best[1] or guest)
    return best


def majority_spelling(name: str | None, text: str) -> str | None:
    """The surname as the text spells it most often ("Antonopolous" in a title, "Antonopoulos" in the
    text: the text wins)."""
    if not name or " " not in name:
        return name
    surname = name.split()[-1]
    counts = Counter(w for w in WORDS.findall(text)
                     if w[0] == surname[0] and SequenceMatcher(None, w, surname).ratio() >= 0.85)
    best = max(counts, key=lambda w: (counts[w], w == surname), default=surname)
    return name[: -len(surname)] + best if counts[best] > counts.get(surname, 0) else name


def _quoted(block: Block) -> bool:
    lines = block.text.split("\n")
    return all(QUOTE_LINE.match(line) for line in lines)


def blockquote_dialogue(blocks: list[Block], names: tuple[str | None, str | None],
                        paragraphs: Callable[[str], list[str]],
                        make: Callable[[str], Paragraph]) -> list[RawTurn] | None:
    """Turns of an interview whose guest is set in blockquotes; None when the layout is not that."""
    quoted = [b for b in blocks if _quoted(b)]
    if len(quoted) < MIN_QUOTES:
        return None
    first = blocks.index(quoted[0])
    plain_after = [b for b in blocks[first:] if not _quoted(b) and not HEADING.match(b.text.strip())]
    if len(plain_after) < 2:
        return None
    host, guest = names[0] or "Host", names[1] or "Guest"
    turns: list[RawTurn] = []
    for index, block in enumerate(blocks):
        if index < first and EDITORIAL.search(block.text) and len(block.text) < 300:
            turns.append(RawTurn(block.line, TurnType.NARRATION, None, None,
                                 tuple(make(p) for p in paragraphs(block.text))))
            continue  # an editor's note about the transcript, before anyone speaks
        heading = HEADING.match(block.text.strip())
        if heading:
            turns.append(RawTurn(block.line, TurnType.HEADING, None, None,
                                 ((Segment(SegmentKind.TEXT, heading.group("text")),),)))
            continue
        is_guest = _quoted(block)
        text = "\n".join(QUOTE_LINE.sub("", line) for line in block.text.split("\n")) if is_guest else block.text
        why = "set in a blockquote: the guest's words" if is_guest else "plain paragraphs between blockquotes: the host's words"
        turns.append(RawTurn(block.line, TurnType.SPEECH, guest if is_guest else host, None,
                             tuple(make(p) for p in paragraphs(text)), why))
    return turns


# ----------------------------------------------------------------------------------------------------------------
# Turn shapes: time codes where a turn starts, label-shaped section markers, a speech labelled once, and a full
# name whose initials are the document's labels.

# A time code as transcript editors write it where a turn or a line starts: in brackets ("[03:43]", "(1:02:03)",
# "\\[03:43\\]" with Markdown's escapes, a range "[54:08] to [54:27]"), a Whisper segment "[0.00 → 5.82]"
# (seconds, always bracketed with an arrow: a bare "1.5" is a number), or bare as a full clock of hours, minutes
# and seconds ("00:07:15", "00:07:15 So ...", "0h00m44s So ..." as speech-to-text tables write it).  A bare "12:30 is when ..." is a sentence, and "C: 1:19" in a
# mission log is the answer to "what time is it".
# After a closing bracket the first word may follow at once: a merged line "[00:13]I tried".
_BRACKETED = rf"\\?[\[(](?:(?i:time):?[ \t]+)?{labels.TIMESTAMP}\\?[\])]"  # "[00:01:45]"; "[Time 0:01:45]" of
# hand-made talk transcripts
_CLOCK = rf"(?:{_BRACKETED}|{labels.TIMESTAMP})"
_SECONDS_RANGE = r"\\?\[\d+(?:\.\d+)?[ \t]*(?:→|-->|->)[ \t]*\d+(?:\.\d+)?\\?\]"
_HMS = r"(?:\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?|\d{1,2}h\d{2}m\d{2}s)"  # or with unit letters: "0h00m44s"
# In a code span, as speech-to-text exports print the time of each paragraph, with a dash before the words:
# "**`01:13`** — kalau pelibatan ..." (the emphasis is read off before)
_CODE_TIME = rf"`{labels.TIMESTAMP}`(?:[ \t]+[—–](?=[ \t]))?"
TURN_TIME = re.compile(
    rf"^(?:(?:{_SECONDS_RANGE}|{_CODE_TIME}|{_BRACKETED}(?:[ \t]*(?:-|–|to)[ \t]*{_CLOCK})?)(?:[ \t]+|$|(?=\S))"
    rf"|{_HMS}(?:[ \t]*(?:-|–|to)[ \t]*{_CLOCK})?(?:[ \t]+|$))")
# A block that is a time of day and nothing else ("1:43 P.M. EDT", "END  7:41 P.M. EDT"): a release's record of when
# the event began or ended, written between the turns or after the last one; never words of the turn before it.
CLOCK_LINE = re.compile(r"^(?:END[ \t]+)?\d{1,2}[:.]\d{2}[ \t]*[AaPp]\.?[ \t]?[Mm]\.?(?:[ \t]+[A-Z]{2,4})?$")
_FIRST_TIME = re.compile(rf"{labels.TIMESTAMP}|\d+(?:\.\d+)?")


def turn_time(text: str) -> tuple[str, str] | None:
    """(time code as written without brackets, text after it) when ``text`` opens with a time code."""
    found = TURN_TIME.match(text)
    if not found:
        return None
    return _FIRST_TIME.search(found.group(0)).group(0), text[found.end():]


def _rest(line: str, found: labels.LabelCandidate) -> str:
    return line[found.end:].strip()


def _no_speech(rest: str) -> bool:
    """Nothing after a label but a time code (or nothing at all)."""
    if not rest:
        return True
    timed = turn_time(rest)
    return bool(timed) and not timed[1].strip()


# A label-shaped line with no speech after it ("**Break:** \\[23:45\\]", "Jingle:", "Outro: [01:08:24]") and the next
# label directly below it marks a section of a show (a news break, a jingle), not a voice.  Written once, it is a
# marker only with its time code and the next label below (a speaker's one empty turn is kept as the source has
# it).  A label with no speech after any of its uses is a marker when it recurs and at least this share of its uses
# has the next label directly below: "**Break:**" between the items of a news show, where an item now and then
# opens with its link and no label.
MARKER_NEXT_LABEL_SHARE = 2 / 3


MARKER_LINE_CHARS = 80  # a marker line is a label and at most a time range: longer lines are not read for one


def section_markers(lines: list[str], accepted: frozenset[str]) -> frozenset[str]:
    """Keys of the label-shaped lines that mark sections (see ``MARKER_NEXT_LABEL_SHARE``).  Only short lines
    are read for a label (one cheap pass); a marker's uses are all such lines."""
    uses: dict[str, list[tuple[bool, bool, bool]]] = {}  # key -> (no speech, next label below, time code) per use
    spoken: set[str] = set()  # keys with speech after one of their uses: never a marker, their other uses not read
    found_at = line_table.candidates(lines)
    for index in compress(range(len(found_at)), found_at):  # (only the lines with a candidate: most have none)
        c = found_at[index]
        if c.style not in ("colon", "bracket") or c.key in spoken or len(line := lines[index]) > MARKER_LINE_CHARS \
                or labels.not_a_name(c.label):
            continue
        rest = _rest(line, c)
        if not _no_speech(rest):
            spoken.add(c.key)
            continue
        below = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
        after = found_at[below] if below is not None else None
        next_label = below is None or bool(after) and after.key in accepted and after.key != c.key
        uses.setdefault(c.key, []).append((True, next_label, bool(rest) or bool(c.time)))
    found = {key for key, marks in uses.items()
             if key not in spoken and not labels.is_automatic(key)
             and (all(below and timed for _, below, timed in marks)
                  or len(marks) >= 2 and sum(below for _, below, _ in marks) >= MARKER_NEXT_LABEL_SHARE * len(marks))}
    return frozenset(found - _speaking(lines, found))


def _speaking(lines: list[str], keys: set[str]) -> set[str]:
    """Those of ``keys`` that open a long line with speech after them (a speaker, whatever its short lines)."""
    if not keys:
        return set()
    found_at = line_table.candidates(lines)
    starts = tuple({line.lstrip("*_#<>[ \t")[:3] for line, c in zip(lines, found_at) if len(line) <= MARKER_LINE_CHARS
                    and c and c.key in keys})
    return {c.key for line, c in zip(lines, found_at) if len(line) > MARKER_LINE_CHARS
            and line.lstrip("*_#<>[ \t").startswith(starts) and c and c.key in keys and not _no_speech(_rest(line, c))}


# A speech labelled once ("THE PRESIDENT:  Kris, thank you ..." then 2,900 words; "Mr. REID. Mr. President, ..."):
# the label opens the first block of prose, every block before it is page furniture of at most this many words
# (a release line, a date, a place, a time of day) ...
SENTENCE_END = re.compile(r"[.!?…。！？]\W*$")  # what ends a sentence of speech (with a closing quote or bracket)
OPENING_FURNITURE_WORDS = 20
# ... and the speech after it has at least this many words, spoken in the first person (``monologue``'s measure):
# a dateline before a news report ("NEW DELHI: The Prime Minister said ...") is written in the third person.
OPENING_SPEECH_WORDS = 40


def _speaker_shaped(found: labels.LabelCandidate) -> bool:
    """A label that names a person or an office: a hearing's full-stop label, an honorific and a name, an office
    ("THE PRESIDENT"), a role (Moderator) or a name ("Harry Reid"); not a field key or a heading ("INTRODUCTION")."""
    label = found.label
    if labels.not_a_name(label) or labels.label_key(label) in labels.FIELD_KEYS:
        return False
    return (found.style == "period" or bool(labels.HONORIFIC.match(label + " ")) or labels.is_generic(label)
            or people.is_office(label) or people.is_name_line(people.display_name(label)))


def _section_title(line: str, found: labels.LabelCandidate) -> bool:
    """A Markdown heading "Topic : Subtitle" (a lecture's "## La Sainte Messe : Terminologie et Contexte
    Historique"): a section's title, whose words after the colon end with no sentence mark, not a label and speech."""
    return bool(HEADING.match(line.strip())) and bool(found.rest.strip()) and not SENTENCE_END.search(found.rest)


def _is_caps(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def opening_labels(blocks: list[Block], first_person: Callable[[str], bool]) -> frozenset[str]:
    """Labels of a document whose one speech opens with a label it writes once: the opening label, and later
    labels of the same shape (style and case) at block starts, each written once (the chair who closes the
    speech; "Kentucky Representative Andy Barr: ..." quoted inside "THE PRESIDENT:"'s speech is not one); empty
    when the layout is not that.
    The opening label starts the first line that is not furniture (a block's first line, or the line under a
    time of day: "2:29 P.M. EST" / "THE VICE PRESIDENT:  Thank you").  ``first_person(text)``: whether the text
    is spoken."""
    opening = None
    for index, block in enumerate(blocks):
        lines = block.text.split("\n")
        clocks = 0  # time-of-day lines that open the block
        while clocks < len(lines) - 1 and CLOCK_LINE.match(lines[clocks].strip()):
            clocks += 1
        if (found := labels.candidate(lines[clocks])) and not _section_title(lines[clocks], found):
            opening = (index, clocks, found)
            break
        if len(block.text.split()) > OPENING_FURNITURE_WORDS:
            return frozenset()
    if not opening or not _speaker_shaped(opening[2]):
        return frozenset()
    index, offset, found = opening
    starts = [c for block in blocks[index + 1:] if (c := labels.candidate(block.text.split("\n", 1)[0]))]
    keys = [c.key for c in starts]
    lines = blocks[index].text.split("\n")
    speech = " ".join([lines[offset][found.end:]] + lines[offset + 1:] + [b.text for b in blocks[index + 1:]])
    if found.key in keys or len(speech.split()) < OPENING_SPEECH_WORDS or not (
            first_person(speech) or labels.HONORIFIC.match(found.label + " ")):  # "Mr. HAMILTON. The committees
        return frozenset()  # have heard ...": an honorific names a person, where a dateline names a place
    later = {c.key for c in starts if c.style == found.style and _is_caps(c.label) == _is_caps(found.label)
             and _speaker_shaped(c) and keys.count(c.key) == 1}
    return frozenset({found.key} | later)


def initials_labels(lines: list[str], accepted: frozenset[str]) -> dict[str, tuple[str, str]]:
    """Labels that write a full name with its initials in brackets ("Michael Folkson (MF):", a first name with
    its initial: "Kiki (K):") where the document labels turns by initials ("MF:", "K:"): label key -> (the initials' key, the full name as written).  The full form
    introduces a speaker whom the initials name from then on; once one such pair is seen, every full form of
    the shape is a label (a participant who introduces themselves and never speaks again)."""
    found = {}
    for line, c in zip(lines, line_table.candidates(lines)):
        if c and c.note and ("(" in line or "[" in line) and c.style == "colon" and c.note == _initials(c.label) and c.key not in found:
            found[c.key] = (labels.label_key(c.note), c.label)
    return found if any(short in accepted for short, _ in found.values()) else {}


def _initials(label: str) -> str:
    words = [w for w in label.replace(".", " ").split() if w.casefold() not in labels.PARTICLES]
    return "".join(w[0] for w in words) if words and all(w[:1].isupper() for w in words) else ""

"""Articles that quote a speaker: paragraphs -> speech and narration turns.

In: the article's paragraphs (with the headings already found).  Out: raw turns,
or None when the text quotes too little to be read this way.  Each quoted
statement (a quotation that starts a sentence, or follows "said:" / "saying")
becomes speech of the person the nearby attribution names ("Lavrov said", "the
Russian top diplomat noted" -> the last person named).  Short attributions stay
in the turn as ``ATTRIBUTION`` segments; the reporter's longer narration becomes
narration turns; quoted fragments inside a reporter's sentence stay narration.
No word is dropped: every character of a paragraph lands in one segment.
"""

from __future__ import annotations

import regex as re
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from . import citations, people, vocab
from ..model import Header, Paragraph, RawTurn, Segment, SegmentKind, TurnType

OPEN, CLOSE, BOTH = "“«„", "”»“", '"'
QUOTE_MARK = re.compile(f"[{re.escape(OPEN + CLOSE + BOTH)}]")
SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|saying|noted|notes|added|adds|stressed|stresses|pointed out|points out|concluded|"
    r"went on(?: to say| saying)?|goes on|told|tells|explained|explains|stated|states|asked|asks|replied|"
    r"answered|continued|argued|insisted|emphasi[sz]ed|remarked|declared|recalled|warned|believes|"
    r"according to|quoted as saying|wrote|writes|"
    + "|".join(re.escape(verb).replace(r"\ ", r"\s+") for verb in vocab.lines("speech-verbs.txt") if verb)
    + r")\b", re.I)  # (and the verbs of other languages' news: ``data/speech-verbs.txt``)
LEAD_IN = re.compile(r"(?:\b(?:saying|said|says|added|noted|stated|declared|wrote|asked|replied|answered)|"
                     r"\b(?:said|saying|added|adding|noted|noting|stressed|stressing|stated|stating) that|:)\s*$", re.I)
SENTENCE_START = re.compile(r"(?:^|[.!?…]\s*|[.!?…][\"”»]\s*)$")
MIN_STATEMENTS = 2
ATTRIBUTION_WORDS = 16
# Each candidate name is looked for near a speech verb in the whole text, and each attribution is compared with
# every quoted name, so the work is names x text.  An article quotes a handful of people and names a few dozen;
# past this many names (in order of appearance) the text is a list or a register, not a quoting article, and
# searching for more would make the time grow with the square of the text.
MAX_NAMES = 200


@dataclass(frozen=True)
class Piece:
    text: str
    quoted: bool
    statement: bool = False


def split_quotes(text: str) -> list[Piece]:
    """Split a paragraph into narration and quotation pieces (quote marks kept in narration only)."""
    pieces: list[Piece] = []
    quoted, start = False, 0
    for mark in QUOTE_MARK.finditer(text):  # only the quote marks matter: a loop over every character is slow
        index, char = mark.start(), mark.group()
        opening = not quoted and (char in OPEN or char in BOTH)
        closing = quoted and (char in CLOSE or char in BOTH)
        if opening or closing:
            if closing:
                pieces.append(Piece(text[start:index + 1], True))
            elif index > start:
                pieces.append(Piece(text[start:index], False))
            start = index if opening else index + 1
            quoted = opening
    if start < len(text):
        pieces.append(Piece(text[start:], False))  # an unclosed quote stays narration, marks and all
    return pieces


def _mark_statements(pieces: list[Piece]) -> list[Piece]:
    marked: list[Piece] = []
    for index, piece in enumerate(pieces):
        if not piece.quoted:
            marked.append(piece)
            continue
        inner = piece.text[1:-1].strip()
        before = pieces[index - 1].text if index and not pieces[index - 1].quoted else ""
        after_quote = index and pieces[index - 1].quoted
        starts = inner[:1].isupper() or inner[:1].isdigit()
        statement = len(inner.split()) >= 3 and (
            (starts and (not before.strip() or SENTENCE_START.search(before.rstrip()) or after_quote
                         or LEAD_IN.search(before)))
            or bool(LEAD_IN.search(before)))
        marked.append(Piece(piece.text, True, statement))
    # a quoted fragment inside a reporter's sentence is narration: join it to its neighbours
    # (texts gathered in a list and joined once: adding to a string piece by piece is quadratic)
    joined: list[tuple[list[str], bool]] = []  # (texts, is a statement)
    for piece in marked:
        if not piece.statement and joined and not joined[-1][1]:
            joined[-1][0].append(piece.text)
        else:
            joined.append(([piece.text], piece.statement))
    return [Piece("".join(texts), statement, statement) for texts, statement in joined]


class _Names:
    """Resolves a name, a surname or a pronoun in an attribution to the person quoted."""

    def __init__(self, full_names: list[str], default: str | None, words: frozenset[str] = frozenset(),
                 called: frozenset[str] = frozenset()):
        self.full = full_names
        self.current = default
        # (name, surname, the surname as a whole word): compiled once, not once per attribution
        self.surnames = [(name, name.split()[-1], re.compile(rf"\b{re.escape(name.split()[-1])}\b"))
                         for name in full_names]
        # (a given name that no other person quoted shares, when the text calls the person by it after a speech
        # verb: Indonesian and Javanese news name a person so, "kata Prabowo" for Prabowo Subianto; not one the text also writes in small letters as a word of its own:
        # "Like Blizzard", "To Ben" are capitalised sentence openings, not names, and "like", "to" are words)
        given = Counter(name.split()[0] for name in full_names)
        self.given = [(name, re.compile(rf"\b{re.escape(name.split()[0])}\b")) for name in full_names
                      if given[name.split()[0]] == 1 and name.split()[0][:1].isupper()
                      and name.split()[0].casefold() not in words and name in called]

    def find(self, text: str) -> str | None:
        for name in self.full:
            if name in text:
                return name
        for name, surname, word in self.surnames:
            if surname in text and word.search(text):  # the plain test first: it rules out almost every name
                return name
        for name, word in self.given:
            if name.split()[0] in text and word.search(text):
                return name
        return None

    def speaker_for(self, attribution: str) -> str | None:
        named = self.find(attribution)
        if named:
            self.current = named
        elif (subject := _subject(attribution)) is not None:
            self.current = subject  # "..., AFBF said": the quote is the body's, not the last person's
        return self.current

    def reported(self, narration: str) -> None:
        """The reporter's sentence "S. Akbar Zaidi said he doesn't think ..." names the next quotation's speaker
        ("... ," he said): the person quoted whose name stands last before a speech verb becomes the current one,
        so that a critic's words that follow are not given to the person quoted before him."""
        last, who, seen = -1, None, set()
        for name, surname, word in self.surnames:
            if surname in seen or surname not in narration:
                continue  # (one search a surname: the first full name with it, as ``find`` reads it)
            seen.add(surname)
            for found in word.finditer(narration):
                verb = REPORTING.match(narration, found.end())
                if verb and found.start() > last:
                    last, who = found.start(), name
        for verb in VERB_THEN_NAME.finditer(narration):  # "Menurut Jokowi, kata Prabowo, ...": the name after
            named = self.find(verb.group("name"))  # the verb is the reporting clause's subject
            if named and verb.start("name") > last:
                last, who = verb.start("name"), named
        if who:
            self.current = who


def _called(names: list[str], text: str) -> frozenset[str]:
    """The people the text calls by their given name alone right after a speech verb ("kata Prabowo", "ungkap
    Prabowo"): only for them does a given name in an attribution name the person (``_Names.given``)."""
    firsts = {name.split()[0]: name for name in names}
    return frozenset(firsts[found.group("name").split()[0]] for found in VERB_THEN_NAME.finditer(text)
                     if found.group("name").split()[0] in firsts and len(found.group("name").split()) == 1)


def _speakers(paragraphs: list[str], header: Header) -> tuple[list[str], str | None]:
    """Full names of people quoted, and the first of them."""
    names: list[str] = []
    for person in header.people:
        if " " in person.name:
            names.append(person.name)
    if (titled := title_person(header.title)) and titled not in names:
        names.append(titled)
    text = "\n".join(p.text for t in paragraphs for p in _mark_statements(split_quotes(t)) if not p.statement)
    for name in people.names_in(text) + [p.name for p in people.people_in(text)]:
        if name not in names and " " in name and not citations.is_writing(name):  # "Fourth Amendment" never speaks
            names.append(name)
    quoted = []
    for name in names[:MAX_NAMES]:
        surname = re.escape(name.split()[-1])
        near_verb = re.search(rf"\b{surname}\b[^.\"”]{{0,40}}{SPEECH_VERB.pattern}|{SPEECH_VERB.pattern}\s+"
                              rf"(?:[A-Z][\w-]*\s+){{0,4}}{surname}\b", text, re.I)
        if near_verb:
            quoted.append(name)
    return quoted, (quoted[0] if quoted else None)


# A news title "Person: headline" ("Bộ trưởng, Chủ nhiệm VPCP Mai Tiến Dũng: Ngành Hải quan đã cải cách vô cùng lớn",
# a Vietnamese report of a government press conference, held-out hs02): the words before the colon end in the name
# of the person whose words the headline quotes, after their offices; the name is the run of two to four
# capitalised words (each a capital, then small letters) that ends the part (an acronym, "VPCP", ends the offices).
TITLE_PERSON = re.compile(r"(?P<name>(?-i:\p{Lu}\p{Ll}+)(?:[ ](?-i:\p{Lu}\p{Ll}+)){1,3})$")
TITLE_PERSON_PART = 60  # characters before the colon: offices and a name; a longer part is a sentence


def title_person(title: str | None) -> str | None:
    """The person a "Person: headline" title names (``TITLE_PERSON``), or None."""
    before, colon, after = (title or "").partition(":")
    if not colon or not after.strip() or len(before) > TITLE_PERSON_PART:
        return None
    found = TITLE_PERSON.search(before.strip())
    return found.group("name") if found else None


# a speech verb after a name, a few words between at most ("Zaidi said", "Bhutto told CNN", "Musharraf, who ...,
# said"): the name is the subject of a reporting clause
REPORTING = re.compile(rf"[^.\"”“]{{0,40}}?{SPEECH_VERB.pattern}", re.I)


LOWER_WORD = re.compile(r"(?<![\w'’-])\p{Ll}[\w'’-]*")  # a word written in small letters (``_Names.given``)


# a speech verb with its subject after it ("kata Prabowo", "ungkap Prabowo": Indonesian news; "said Smith")
VERB_THEN_NAME = re.compile(rf"{SPEECH_VERB.pattern}\s+(?P<name>(?-i:\p{{Lu}}[\w'’-]*(?:\s+\p{{Lu}}[\w'’-]*){{0,2}}))", re.I)


# the capitalised subject right before a reporting verb in an attribution ("AFBF said", "the Farm Bureau said")
SUBJECT = re.compile(r"(?:^|[\s,(])(?P<subject>[A-Z][\w&.’'-]*(?:\s+(?:of\s+)?[A-Z][\w&.’'-]*){0,3})\s+"
                     r"(?:said|says|told|stated|added|noted|wrote|writes|warned|argued)\b")
PRONOUNS = frozenset("he she they it we i you who".split())  # a pronoun subject continues the current speaker


def _subject(attribution: str) -> str | None:
    """The named subject of an attribution that names none of the people quoted: a body or an organisation
    ("AFBF said"), whose words the quote is; None for a pronoun ("he said") or no subject."""
    found = SUBJECT.search(attribution)
    if not found or found.group("subject").split()[0].casefold() in PRONOUNS:
        return None
    if citations.is_writing(found.group("subject")):
        return None  # "The Constitution's Fourth Amendment says": a writing quoted, never a speaker
    return found.group("subject")


def _is_attribution(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= ATTRIBUTION_WORDS and bool(SPEECH_VERB.search(text))


def _paragraph_turns(line: int, text: str, names: _Names,
                     make: Callable[[str], Paragraph]) -> list[RawTurn]:
    pieces = _mark_statements(split_quotes(text))
    if not any(p.statement for p in pieces):
        names.reported(text)
        return [RawTurn(line, TurnType.NARRATION, None, None, (make(text.strip()),))]
    turns: list[RawTurn] = []
    current: list[Segment] = []
    speaker: str | None = None

    def flush() -> None:
        nonlocal current
        if current:
            turns.append(RawTurn(line, TurnType.SPEECH, speaker, None, (tuple(current),)))
        current = []

    for index, piece in enumerate(pieces):
        if piece.statement:
            follow = next((p.text for p in pieces[index + 1:index + 2] if not p.statement), "")
            before = pieces[index - 1].text if index and not pieces[index - 1].statement else ""
            who = names.speaker_for(follow if _is_attribution(follow) else before)
            if who != speaker:
                flush()
                speaker = who
            if current and current[-1].kind is not SegmentKind.ATTRIBUTION:
                current.append(Segment(SegmentKind.TEXT, " "))
            current.extend(s for s in make(piece.text[1:-1].strip()) if s.text)
        elif not piece.text.strip():
            continue
        elif _is_attribution(piece.text) and (current or LEAD_IN.search(piece.text)):
            if not current:
                speaker = names.speaker_for(piece.text)
            current.append(Segment(SegmentKind.ATTRIBUTION, piece.text.strip()))
        else:
            flush()
            names.reported(piece.text)
            turns.append(RawTurn(line, TurnType.NARRATION, None, None, (make(piece.text.strip()),)))
    flush()
    return turns


def parse_article(units: list[tuple[int, str | None, list[str]]], header: Header,
                  make: Callable[[str], Paragraph]) -> list[RawTurn] | None:
    """Read an article's quotations as turns; None if it quotes fewer than two statements, or cites law reports
    (an opinion quotes writings: ``citations.py``)."""
    texts = [p for _, heading, paras in units if not heading for p in paras]
    if citations.cites_writings("\n".join(texts)):
        return None  # a court's opinion: its quotations are cited writings, no one's speech
    statements = sum(1 for t in texts for p in _mark_statements(split_quotes(t)) if p.statement)
    if statements < MIN_STATEMENTS:
        return None
    quoted, first = _speakers(texts, header)
    if first is None:
        return None
    joined = "\n".join(texts)
    names = _Names(quoted, first, frozenset(LOWER_WORD.findall(joined)), _called(quoted, joined))
    turns: list[RawTurn] = []
    for line, heading, paras in units:
        if heading:
            turns.append(RawTurn(line, TurnType.HEADING, None, None, ((Segment(SegmentKind.TEXT, heading),),)))
            continue
        for text in paras:
            turns.extend(_paragraph_turns(line, text, names, make))
    return turns

"""Speakers named only in the Markdown heading above their speech (part of structure, before labels).

Pages that collect speeches or a press conference's answers write each turn's speaker as a heading and the speech
under it, with no label in the text: ``## Président Josep Borrell 00:31-06:35 (espagnol/anglais) {#…}``,
``# Transcription of Mr. Wuermeling's speech (from original stream):``, ``### Mrs Jacqueline MINOR``,
``### A (track5, 10:38)`` / ``### Q (track 5, 14:28)``, ``### Réponse du rapporteur Rocard``.  Such a heading is
the speaker label of the text under it once its pandoc anchor, time range and bracketed notes are read off.

The same shape is an article's section heading (``## Alan Turing`` above a biography, ``## Source``), so a
document's headings are read as speakers only where the document plainly writes its turns so: at least
``MIN_HEADS`` headings hold a person's name and nothing else, they are most of the document's headings (its title
aside), and the text under them speaks in the first or second person (an article about people is written in the
third).  A heading of one word is a name only when the document uses it as a heading again (``Q`` / ``A``, not
``Source``).

In: the document's text.  Out: the text, line for line, with each speaker heading written as a label line
(``Président Josep Borrell:``), which the label grammar then reads like any other label alone on its line.
"""

from __future__ import annotations

import regex as re
from collections import Counter
from functools import lru_cache
from statistics import median

from . import labels, vocab

HEADING = re.compile(r"^[ ]{0,3}(?P<marks>#{1,6})[ \t]+(?P<text>\S.*)$")  # (closing hashes: ``rewrite``)
# a speaker heading is a name with its times, notes and anchor: a longer heading is read no further (and no
# pattern below runs over a hostile line of thousands of spaces)
HEADING_MAX_CHARS = 400
ANCHOR = re.compile(r"\s*\{#[^}]*\}\s*$")
# a time range or time code after the name: "00:31-06:35", "00:07:20", "10:38"
TIMES = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–]\s*\d{1,2}:\d{2}(?::\d{2})?)?(?=\s|$)")
NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # "(espagnol/anglais)", "(track5, 10:38)", "(from original stream)"
# "Transcription of Mr. Wuermeling's speech", "Speech by Mrs. Manns", "Réponse du rapporteur Rocard",
# "Question pour EU Reporter": the words around the name that say it is one person's turn
TURN_WORDS = re.compile(
    r"^(?:(?:transcription|transcript|text)\s+of\s+(?P<owner>.+?)(?:'s|'|’s|’)\s+"
    r"(?:speech|remarks|statement|intervention|address|answer|question)"
    r"|(?:speech|remarks|statement|intervention|address|answer|reply|question|réponse|rede|antwort|frage)"
    r"\s+(?:by|from|of|du|de\s+la|de\s+l'|de|des|pour|à|von|vom|der)\s+(?P<named>.+))$", re.IGNORECASE)
# a word of a person's name: capitalised ("Klaus-Heiner", "MINOR", "Mr.", "Wuermeling") or a particle of a name
PARTICLES = "de|da|di|del|della|du|des|von|van|der|den|la|le|y|af|zu|ten|ter"  # "Ursula von der Leyen"
PARTICLE = re.compile(rf"^(?:{PARTICLES})$")
NAME_WORD = re.compile(rf"^(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*|{PARTICLES})$")
NAME_MAX_WORDS = 6  # "Président Josep Borrell", "The Secretary of State John Smith": longer is a section title
# at least this many speaker headings: one heading above a text is a title, two take turns
MIN_HEADS = 2
# ... they are more than this share of the document's headings (title aside): the document's sections are turns ...
HEAD_SHARE = 0.5
# ... and at least this share of the words under them are of the first or second person ("I", "we", "you", "je",
# "ich"); speech runs at 3-8 %, a biography or an article about people below 1 %.
FIRST_PERSON_SHARE = 0.015
# ... and the text under them runs to at least this many words a heading (the median): a speaker's turn is
# paragraphs long, where a conference programme or a report of who spoke gives a line or two under each name
TURN_MEDIAN_WORDS = 40
WORD = re.compile(r"\w+")
# an item of a list of the turn's versions under its heading: a bullet and a few words, no sentence ending
NOTE_ITEM = re.compile(r"^\s{0,3}[-*+]\s+(?P<text>[^.!?]*(?:\.\w+[^.!?]*)*)$")
LINK_TARGET = re.compile(r"\]\([^)]*\)")
NOTE_ITEM_WORDS = 8  # "Version originale en espagnol", "Traduction simultanée en anglais" (links' targets not counted)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Courtesy titles and offices that open a person's label ("Mr.", "Mrs", "Président", "Rapporteur")."""
    return frozenset(w.strip(".").casefold() for name in ("label-titles.txt", "honorifics.txt", "label-offices-fr.txt")
                     for w in vocab.words(name))


@lru_cache(maxsize=1)
def _first_person() -> frozenset[str]:
    return frozenset(w.strip("'") for _, line in vocab.sections("first-person.txt") for w in line.split())


def speaker(heading: str) -> str | None:
    """The person a heading's text names, with its anchor, times, notes and turn words read off, or None when
    the heading holds anything else."""
    if len(heading) > HEADING_MAX_CHARS:
        return None
    text = ANCHOR.sub("", heading).replace("\\'", "'").replace("\\", "").strip().rstrip(":").strip()
    while True:
        bare = TIMES.sub("", NOTE.sub("", text)).strip().rstrip(":,").strip()
        if bare == text:
            break
        text = bare
    turn = TURN_WORDS.match(text)
    if turn:
        text = (turn.group("owner") or turn.group("named")).strip()
        text = text[:1].upper() + text[1:]  # "Réponse du président Borrell": the person is "Président Borrell"
    words = text.split()
    if not words or len(words) > NAME_MAX_WORDS or not all(NAME_WORD.match(w) for w in words):
        return None
    if not words[0][0].isupper() or (len(words) == 1 and len(words[0]) > 1 and not words[0][1:].islower()):
        return None  # "ABSTRACT" alone is a section; "Q", "Anna" can be names
    return text


def rewrite(text: str) -> tuple[str, frozenset[str], tuple[tuple[int, str], ...]]:
    """``text`` with its speaker headings written as label lines, line for line (see the module), the labels
    written so (they are labels by the document's layout, even a name used once), and the heading notes taken
    out (index of the line, its text; see ``_heading_notes``); ``text`` itself and nothing else when the
    document's headings are not its turns."""
    if "#" not in text:
        return text, frozenset(), ()
    lines = text.split("\n")
    heads = [(i, m.group("text").rstrip().rstrip("#").rstrip()) for i, line in enumerate(lines)
             if (m := HEADING.match(line))]
    if len(heads) < MIN_HEADS + 1:
        return text, frozenset(), ()
    heads = heads[1:]  # the document's first heading is its title
    named = {i: name for i, h in heads if (name := speaker(h))}
    uses = Counter(name for name in named.values())
    named = {i: name for i, name in named.items() if " " in name or uses[name] >= 2}
    if (len(set(named.values())) < MIN_HEADS or len(named) <= HEAD_SHARE * len(heads)
            or not _persons(named.values(), lines)):
        return text, frozenset(), ()
    first, sizes = _speech(lines, named, {i for i, _ in heads})
    if first < FIRST_PERSON_SHARE or median(sizes) < TURN_MEDIAN_WORDS:
        return text, frozenset(), ()
    notes = _heading_notes(lines, named, {i for i, _ in heads})
    # (a heading the label grammar reads already, "#### Poseł Anna Nowak:", counts among the turns and is left to it)
    written = {i: name for i, name in named.items() if not _read_already(lines[i])}
    return ("\n".join(f"{written[i]}:" if i in written else "" if i in notes else line for i, line in enumerate(lines)),
            frozenset(written.values()), tuple(sorted(notes.items())))


def _heading_notes(lines: list[str], named: dict[int, str], heads: set[int]) -> dict[int, str]:
    """The lines of a short list right under a speaker heading, before the speech ("- Version originale en
    espagnol" / "- Traduction simultanée en anglais" / "- Traduction française (FFII)"): the versions of the turn
    the page links to, notes of the heading, not words of the speaker.  Every item must be short and no sentence,
    and speech must follow under the same heading."""
    notes: dict[int, str] = {}
    for start in named:
        index = start + 1
        while index < len(lines) and not lines[index].strip():
            index += 1
        found: dict[int, str] = {}
        while index < len(lines) and lines[index].strip() and not HEADING.match(lines[index]):
            item = NOTE_ITEM.match(lines[index])
            if not item or len(WORD.findall(LINK_TARGET.sub("]", item.group("text")))) > NOTE_ITEM_WORDS:
                found = {}
                break
            found[index] = lines[index]
            index += 1
        after = next((line for line in lines[index:] if line.strip()), "")
        if found and after and not HEADING.match(after) and index not in heads:
            notes.update(found)
    return notes


def _read_already(line: str) -> bool:
    found = labels.candidate(line)
    return found is not None and found.style == "colon" and not found.rest.strip()


def _persons(names, lines: list[str]) -> bool:
    """Whether the names are people who take turns: most open with a title or an office ("Mr. Wuermeling",
    "Président Borrell"), are a letter that stands for a voice ("Q", "A": they recur, see ``rewrite``), or are
    words the text never writes in lower case ("Klaus-Heiner Lehne"); and most are titled or one of them heads a
    second turn ("Rapporteur Rocard" ... "Réponse du rapporteur Rocard").  A talk's section headings ("Signature
    Algorithm", "Dead Zones") are words of its text; a programme of lectures or a press release's "Background
    Information" / "Contact Information" names each heading once."""
    names = list(names)
    lower = {w for line in lines for w in WORD.findall(line) if w.islower()}
    def person(name: str) -> bool:
        words = name.split()
        return (words[0].strip(".").casefold() in _titles() or len(name) == 1
                or not any(w.casefold() in lower for w in words if not PARTICLE.match(w)))
    if sum(map(person, names)) <= HEAD_SHARE * len(names):
        return False
    titled = sum(name.split()[0].strip(".").casefold() in _titles() for name in names)
    return titled > HEAD_SHARE * len(names) or max(Counter(labels.label_key(n) for n in names).values()) >= 2


def _speech(lines: list[str], named: dict[int, str], heads: set[int]) -> tuple[float, list[int]]:
    """Share of first- and second-person words in the text under the speaker headings (down to the next
    heading), and the number of words under each."""
    pronouns = _first_person()
    sizes: list[int] = []
    first = 0
    inside = False
    for index, line in enumerate(lines):
        if index in heads:
            inside = index in named
            if inside:
                sizes.append(0)
            continue
        if inside:
            found = [w.casefold() for w in WORD.findall(line)]
            sizes[-1] += len(found)
            first += sum(w in pronouns for w in found)
    words = sum(sizes)
    return (first / words if words else 0.0), sizes

"""Debate records in their XML schema's markup inside a Markdown or HTML page (read stage).

Sites that publish parliamentary records keep the markup of the schema the records are kept in: Akoma Ntoso
(``<speech by="#suzman"><from>Mrs. <person>H. SUZMAN</person>:</from><p>...</p></speech>``; South Africa's, Kenya's
and Nova Scotia's Hansards, Laws.Africa, Bungeni, SayIt), TEI drama and speech (``<sp who="#ham"><speaker>Ham.
</speaker>...</sp>``) and the ParlaMint corpora (``<note type="speaker">A señora PRESIDENTA:</note><u who="#Rojo">
<seg>...</seg></u>``).  Neither reader knows these elements, so their tags stood in the text and no turn had a
speaker (held-out ho01).  ``rewrite`` writes each turn element's label as a label line where the element opens: the
text of its label element (``<from>``, ``<speaker>``, a speaker note just before it), or else the person its
reference attribute names (``by="#p1"`` with ``<TLCPerson id="p1" showAs="Audrey Tang"/>``, or the reference as
written).  The markup says these are speakers, so the names are returned for the parser to take as labels (as
``speaker_attributes`` does).  The schema's other tags go, their text stays; its headings become headings.  The
elements are listed in ``data/debate-markup.txt``.
"""

from __future__ import annotations

import bisect
import html
import regex as re
from functools import lru_cache
from typing import NamedTuple

from . import data_files

_ROLES = data_files.sections("debate-markup.txt")
TURNS = tuple(_ROLES["turn"])
LABELS = tuple(t for t in _ROLES["label"] if t != "note-speaker")
_ALTERNATION = "|".join(re.escape(t) for t in TURNS)

TURN_TAG = re.compile(rf"<(?P<tag>{_ALTERNATION})(?=[\s>/])(?P<attrs>[^<>]*)>", re.I)
LABEL_OPEN = re.compile(r"<(?P<tag>" + "|".join(map(re.escape, LABELS)) + r")(?=[\s>])[^<>]*>"
                        r"|<(?P<note>note)\b[^<>]*\btype\s*=\s*[\"']speaker[\"'][^<>]*>", re.I)
MAX_LABEL = 400  # characters of a label element: a name with its office and constituency; a longer one is no label


class Label(NamedTuple):
    """A label element: where it stands, its text, and whether it is a speaker note (ParlaMint) rather than a
    ``<from>`` or ``<speaker>`` inside the turn."""

    start: int
    end: int
    text: str
    note: bool


CLOSING_TURN = re.compile(rf"</(?:{_ALTERNATION})\s*>", re.I)
HEADING = re.compile(r"<heading\b[^<>]*>(?P<text>[^<>\n]{1,300})</heading\s*>", re.I)
SCHEMA_TAG = re.compile(r"</?(" + "|".join(map(re.escape, _ROLES["markup"] + _ROLES["line"] + LABELS + TURNS))
                        + r")(?=[\s>/])[^<>]*>", re.I)
BREAKS = {**dict.fromkeys(_ROLES["markup"], ""), **dict.fromkeys(_ROLES["line"], "\n"), "seg": "\n\n"}  # a segment is
# a paragraph of its utterance (ParlaMint), a TEI <l> a verse line; other tags go without a break
ANY_TAG = re.compile(r"<[^<>]*>")
PERSON_REFERENCE = re.compile(r"<TLCPerson\b[^<>]*>", re.I)
ATTRIBUTE = re.compile(r"""\b(?P<key>[\w:.-]+)\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)')""")
REFERENCE_KEYS = ("by", "who")  # Akoma Ntoso's speaker reference, TEI's and ParlaMint's
FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
DECORATION = re.compile(r"^[^\w(（\[]+")  # a Hansard's "*" before a speech translated from another language
BETWEEN = re.compile(r"(?:\s|</[^<>]*>|<pb\b[^<>]*>)*")  # what may stand between a speaker note and its utterance:
# white space, the previous turn's closing tags and a page break
MIN_TURNS = 2  # turn elements that name a speaker: one is a quoted example or a widget; a debate has two turns or more


def rewrite(text: str, web_page: bool = False) -> tuple[str, frozenset[str]]:
    """``text`` with each turn element of a debate schema written as a label line of its speaker, the schema's
    other tags taken out (their text kept) and its headings made headings, and the speakers' names; ``text`` as
    it is and no names when fewer than ``MIN_TURNS`` turn elements name a speaker."""
    if "<" not in text or not TURN_TAG.search(text):
        return text, frozenset()
    people, fenced = _people(text), [] if web_page else _fenced(text)
    turns = [m for m in TURN_TAG.finditer(text) if (m.group("tag").lower() != "u" or _reference(m.group("attrs")))
             and not _inside(fenced, m.start())]
    labels = _labels(text)
    edits: list[tuple[int, int, str]] = []
    names: list[str] = []
    used: set[int] = set()
    starts = [label.start for label in labels]
    for index, turn in enumerate(turns):
        end = turns[index + 1].start() if index + 1 < len(turns) else len(text)
        name, element = _label(text, turn, end, labels, starts, used)
        if element is not None:
            used.add(element.start)
            edits.append((element.start, element.end, ""))
        name = name or people.get(_reference(turn.group("attrs")), _reference(turn.group("attrs")))
        if name:
            names.append(name)
        edits.append((turn.start(), turn.end(), _line(name, web_page)))
    if len(names) < MIN_TURNS:
        return text, frozenset()
    return _tidy(_apply(text, sorted(edits)), web_page), frozenset(names)


def _labels(text: str) -> list[Label]:
    """The label elements of ``text`` in order: an opening tag closed by its end tag within ``MAX_LABEL`` characters
    and no blank line."""
    found = []
    for opening in LABEL_OPEN.finditer(text):
        tag = (opening.group("tag") or opening.group("note")).lower()
        close = _closing(tag).search(text, opening.end(), opening.end() + MAX_LABEL)
        body = text[opening.end():close.start()] if close else ""
        if body.strip() and "\n\n" not in body:
            found.append(Label(opening.start(), close.end(), body, bool(opening.group("note"))))
    return found


@lru_cache(maxsize=None)
def _closing(tag: str) -> re.Pattern:
    return re.compile(rf"</{re.escape(tag)}\s*>", re.I)


def _label(text: str, turn: re.Match, end: int, labels: list[Label], starts: list[int], used: set[int]):
    """The label element that names ``turn``'s speaker (ending before ``end``, where the next turn begins), and its
    name: a ``<from>`` or ``<speaker>`` inside the turn, or a speaker note just before it, or one that opens it."""
    inner = bisect.bisect_left(starts, turn.end())
    inside = labels[inner] if inner < len(labels) and labels[inner].start < end else None
    if inside is not None and inside.start not in used and not inside.note:
        return _name(inside.text), inside
    before = labels[inner - 1] if inner else None
    if before is not None and before.start not in used and before.note \
            and before.end <= turn.start() and BETWEEN.fullmatch(text, before.end, turn.start()):
        return _name(before.text), before
    if inside is not None and inside.start not in used and not text[turn.end():inside.start].strip():
        return _name(inside.text), inside
    return None, None


def _fenced(text: str) -> list[tuple[int, int]]:
    """Where a Markdown text's fenced code blocks stand (start, end): markup there is an example shown, not the
    document's own (a slide on TEI drama encoding shows ``<sp who="#moscatel">`` in a fence)."""
    spans, opened, position = [], None, 0
    for line in text.split("\n"):
        fence = FENCE.match(line)
        if fence and opened is None:
            opened = (position, fence.group(1)[0])
        elif fence and line.strip()[0] == opened[1]:
            spans.append((opened[0], position + len(line)))
            opened = None
        position += len(line) + 1
    return spans + ([(opened[0], len(text))] if opened else [])


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` lies in one of ``spans`` (in order, not overlapping)."""
    index = bisect.bisect_right(spans, (position, len(spans) and spans[-1][1] + 1)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _name(label: str) -> str:
    """A label element's text as a name: tags out, entities decoded, spaces folded, the closing colon and any mark
    before the name taken off."""
    plain = " ".join(html.unescape(ANY_TAG.sub("", label)).split())
    return DECORATION.sub("", plain.rstrip(":：").strip())


def _reference(attrs: str) -> str:
    """The person a turn element's ``by`` or ``who`` attribute refers to (its first reference, without "#")."""
    for match in ATTRIBUTE.finditer(attrs):
        if match.group("key").lower() in REFERENCE_KEYS:
            value = (match.group("double") or match.group("single") or "").split()
            return value[0].lstrip("#") if value else ""
    return ""


def _people(text: str) -> dict[str, str]:
    """Akoma Ntoso's references to people: id -> the name shown (``<TLCPerson id="p1" showAs="Audrey Tang"/>``)."""
    people = {}
    for element in PERSON_REFERENCE.finditer(text):
        attrs = {m.group("key").lower(): m.group("double") or m.group("single") or "" for m in
                 ATTRIBUTE.finditer(element.group())}
        if attrs.get("id") and attrs.get("showas"):
            people[attrs["id"]] = html.unescape(attrs["showas"]).strip()
    return people


def _line(name: str | None, web_page: bool) -> str:
    """The label line written where a turn element opens (a paragraph break when it names no one)."""
    if not name:
        return "\n\n"
    return f"<p>{html.escape(name)}:</p>" if web_page else f"\n\n{name}:\n\n"


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    out, position = [], 0
    for start, end, replacement in edits:
        if start < position:
            continue
        out.append(text[position:start] + replacement)
        position = end
    return "".join(out) + text[position:]


def _tidy(text: str, web_page: bool) -> str:
    """The schema's headings as headings, its closing turn tags as paragraph ends, its other tags out."""
    text = HEADING.sub(lambda m: f"<h3>{m.group('text')}</h3>" if web_page
                       else f"\n\n### {m.group('text').strip()}\n\n", text)
    text = CLOSING_TURN.sub("\n\n", text)
    return SCHEMA_TAG.sub(lambda m: BREAKS.get(m.group(1).lower()) or "", text)

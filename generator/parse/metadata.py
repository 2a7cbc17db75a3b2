"""Stage 6, metadata: everything known about one document -> ``Transcript``.

In: the source, cleaned document, header, body and resolved speakers.  Out: a
``Transcript`` with its kind, date, place and source name (front matter first,
then the header, then trailer fields such as "Source: ..."), turns with stable
anchors and speaker keys, and which turns are questions.  The title is the
document's own; where it has none, ``derive_title`` builds one from who speaks
with whom once the corpus has settled the speakers' names.
"""

from __future__ import annotations

import hashlib
from itertools import islice
import regex as re
from dataclasses import replace

from . import dates, labels, monologue, vocab
from .header import kind_hint
from ..read.config import Sidecar
from ..model import (Body, CleanDoc, Diagnostic, Field, Header, LocalSpeaker, Source, Transcript, Turn,
                    TurnType)

KINDS = ("interview", "press-conference", "briefing", "debate", "speech", "article", "hearing", "podcast",
         "meeting", "other")
KIND_LABELS = {
    "interview": "Interview", "press-conference": "Press conference", "briefing": "Briefing",
    "debate": "Debate", "speech": "Speech", "article": "News article", "hearing": "Hearing",
    "podcast": "Podcast", "meeting": "Meeting", "other": "Other",
}
KIND_ALIASES = {"press conference": "press-conference", "news conference": "press-conference",
                "press-briefing": "briefing", "remarks": "speech", "news": "article"}
WORDS = re.compile(r"\w+")
ANCHOR_WORDS = 24  # opening words in a turn's anchor: enough to tell turns apart, few enough to survive an edit further on
ANCHOR_PREFIX = 1000  # characters read for those words at most before the whole text (24 words are some 150 characters)
ANCHOR_SCAN = 240  # characters read first: most turns' 25 first words, or the whole of most turns (a short scan of
# all its words is cheaper than reading a 1,000-character prefix word by word)


def anchor(label: str | None, text: str) -> str:
    """Anchor from a turn's speaker label and opening words: editing one turn leaves the others alone."""
    return _anchor(label, text, lambda: text)


def _anchor(label: str | None, start: str, whole) -> str:
    """``anchor`` of a turn whose text begins with ``start``, which is the whole text or longer than
    ``ANCHOR_PREFIX``; ``whole()`` gives the whole text, asked only when the start holds too few words."""
    # (read from the turn's start: a long turn is not case-folded whole for its first words.  First its first
    # ``ANCHOR_SCAN`` characters: when they hold more than ``ANCHOR_WORDS`` words, the first ``ANCHOR_WORDS`` end
    # before the next one starts, so a longer text gives the same ones (case folding maps character by character:
    # the folded prefix is a prefix of the folded text); else the first ``ANCHOR_PREFIX`` characters, as before,
    # and the whole text when even they hold too few)
    found = WORDS.findall(start[:ANCHOR_SCAN].casefold())
    if len(found) <= ANCHOR_WORDS and len(start) > ANCHOR_SCAN:
        found = WORDS.findall(start[:ANCHOR_PREFIX].casefold())
        if len(found) <= ANCHOR_WORDS and len(start) > ANCHOR_PREFIX:  # (a short turn was read whole already)
            found = [m.group() for m in islice(WORDS.finditer(whole().casefold()), ANCHOR_WORDS)]
    words = " ".join(found[:ANCHOR_WORDS])
    digest = hashlib.sha1(f"{labels.label_key(label or '')}\n{words}".encode("utf-8")).hexdigest()
    return "t-" + digest[:6]


def _turn_start(paragraphs) -> str:
    """The start of a turn's text (its segments joined by spaces) that ``_anchor`` reads: the whole text, or its
    segments up to the first that takes it past ``ANCHOR_PREFIX`` characters (a long speech is not joined whole)."""
    pieces: list[str] = []
    size = -1  # the joined length: one space between pieces
    for paragraph in paragraphs:
        for segment in paragraph:
            pieces.append(segment.text)
            size += len(segment.text) + 1
            if size > ANCHOR_PREFIX:
                return " ".join(pieces)
    return " ".join(pieces)


def _front_keys() -> dict[str, tuple[str, ...]]:
    """The front-matter keys of each field, in order (``data/front-matter-keys.txt``)."""
    keys: dict[str, list[str]] = {}
    for field, key in vocab.sections("front-matter-keys.txt"):
        keys.setdefault(field, []).append(key.casefold())
    return {field: tuple(names) for field, names in keys.items()}


FRONT_KEYS = _front_keys()


def _given(source: Source, sidecar: Sidecar, *keys: str) -> str | None:
    """A value the user gave: the sidecar file first, then the front matter."""
    for key in keys:
        if sidecar.get(key):
            return sidecar.get(key)
    for key in keys:
        for name, value in source.front_matter:
            if name.lower() == key and value not in (None, "") and not isinstance(value, (list, dict)):
                return str(value).strip()
    return None


FRONT_FIELDS = {"author": "Author", "authors": "Authors", "creators": "Creators", "speaker": "Speaker",
                "subjects": "Subjects", "topics": "Topics", "publisher": "Publisher", "url": "URL",
                "source_url": "Source URL", "permalink": "Permalink", "language": "Language"}


def _front_fields(source: Source) -> tuple[Field, ...]:
    """Front-matter entries worth showing in the page header, as fields."""
    found = []
    for key, value in source.front_matter:
        label = FRONT_FIELDS.get(key.lower())
        if label and value not in (None, "", []):
            text = "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)
            found.append(Field(1, label, text))
    return tuple(found)


def _kind(header: Header, body: Body, speakers: tuple[LocalSpeaker, ...], given: str | None,
          hinted: str | None) -> str:
    written = (given or "").lower()
    written = KIND_ALIASES.get(written, written)
    if written in KINDS:
        return written
    if header.kind_hint:
        return header.kind_hint
    if body.mode == "article":
        return "article"
    if not speakers:
        return "article"  # a text with no speaker: a report about what was said
    if hinted:
        return hinted
    named = [s for s in speakers if not s.generic]
    asking = [s for s in speakers if s.generic and s.questioner]
    if asking and any(s.name == "Moderator" for s in speakers) or len(asking) and len(named) >= 2:
        return "press-conference"
    if asking or any(s.questioner for s in named):
        return "interview" if len(named) <= 2 and not asking else "press-conference"
    if len(named) == 1 and not asking:
        return "speech"
    return "other"


def _date(written: str | None, header: Header) -> tuple[str | None, str | None]:
    if written:
        found = dates.find_date(written)
        iso = found.iso if found else dates.field_date(written) or dates.year_only(written)
        return iso, written
    return header.date, header.date_text


def _turns(body: Body, keys: list[str | None], speakers: dict[str, LocalSpeaker],
           inferred: dict[int, str]) -> tuple[Turn, ...]:
    turns: list[Turn] = []
    used: dict[str, int] = {}
    for index, (raw, key) in enumerate(zip(body.turns, keys)):
        base = _anchor(raw.label if raw.type is TurnType.SPEECH else raw.type.value, _turn_start(raw.paragraphs),
                       lambda raw=raw: " ".join(s.text for p in raw.paragraphs for s in p))
        used[base] = used.get(base, 0) + 1
        turn_id = base if used[base] == 1 else f"{base}-{used[base]}"
        question = bool(key and speakers[key].questioner)
        written = raw.type is TurnType.SPEECH and not raw.inferred_from and body.mode != "article"
        label = raw.label if written else None
        turns.append(Turn(turn_id, raw.type, key, label, raw.note, raw.paragraphs, question, raw.line,
                          raw.inferred_from or inferred.get(index), raw.time))
    return tuple(turns)


def build(source: Source, doc: CleanDoc, header: Header, body: Body, speakers: tuple[LocalSpeaker, ...],
          keys: list[str | None], inferred: dict[int, str], sidecar: Sidecar = Sidecar()) -> Transcript:
    """Assemble one transcript; its id is provisional until the corpus stage."""
    by_key = {s.key: s for s in speakers}
    date, date_text = _date(_given(source, sidecar, *FRONT_KEYS["date"]), header)
    date = dates.settled(date, date_text, source.text)  # ("01.09.2024" month first where "January 9, 2024" says so)
    fields = doc.fields
    source_name = _given(source, sidecar, "source_name", "source") or header.source_name or next(
        (f.value for f in fields if f.key.lower() in ("source", "sources")), None)
    title = _given(source, sidecar, *FRONT_KEYS["title"]) or header.title
    return Transcript(
        id=source.path.stem,
        source=source,
        title=title or "",
        subtitle=_given(source, sidecar, *FRONT_KEYS["description"]) or header.subtitle,
        date=date,
        date_text=date_text,
        place=_given(source, sidecar, *FRONT_KEYS["place"]) or header.place,
        kind=_kind(header, body, speakers, _given(source, sidecar, "kind", "type"), kind_hint(
            _given(source, sidecar, *FRONT_KEYS["title"]), _given(source, sidecar, *FRONT_KEYS["description"]),
            _readable_stem(source.path.stem))),
        source_name=source_name,
        fields=fields + _front_fields(source),
        header_lines=header.lines_text,
        speakers=speakers,
        introduction=body.introduction,
        turns=_turns(body, keys, by_key, inferred),
        removed=tuple(sorted(source.removed + doc.removed + body.removed, key=lambda r: r.line)),
        title_derived=not title,
        diagnostics=source.diagnostics + body.diagnostics + _no_speaker(source, body, speakers),
    )


def _no_speaker(source: Source, body: Body, speakers: tuple[LocalSpeaker, ...]) -> tuple[Diagnostic, ...]:
    """A loud warning for prose that no evidence attributes: given to 'Unknown speaker' (one voice named nowhere,
    or several voices that no label tells apart), or left unattributed (a dialogue whose labels were not read)."""
    fix = "name the speaker in front matter (speaker: NAME) or a sidecar"
    speech = [t for t in body.turns if t.type is TurnType.SPEECH]
    if any(s.name == monologue.UNKNOWN and s.labels == (monologue.UNKNOWN,) for s in speakers):
        why = speech[0].inferred_from or ""
        if why.startswith("several people"):
            return (Diagnostic(source.name, speech[0].line, f"no speaker labels: {why}, so its words were given to "
                               f"'{monologue.UNKNOWN}'", "add speaker labels (Name: text) to tell the voices apart"),)
        if why.startswith(monologue.NO_VOICE_NAMED):
            return (Diagnostic(source.name, speech[0].line, f"no speaker labels: {why}, so its words were given to "
                               f"'{monologue.UNKNOWN}'", f"{fix}; where several people speak, add speaker labels "
                               "(Name: text) to tell the voices apart"),)
        return (Diagnostic(source.name, speech[0].line, "no speaker found: the text has no speaker labels and no "
                           f"line names who speaks, so its words were given to '{monologue.UNKNOWN}'", fix),)
    if body.mode != "monologue" or speech:
        return ()  # (the words are counted only where the warning may be given)
    words = sum(monologue.word_count(s.text) for t in body.turns for p in t.paragraphs for s in p)
    if words >= monologue.MIN_WORDS:
        return (Diagnostic(source.name, body.turns[0].line if body.turns else source.body_line,
                           f"no speaker found: {words} words with no speaker label, and the document says several "
                           "people speak (or is not spoken in the first person), so no word was attributed",
                           "add speaker labels, or " + fix),)
    return ()


def _readable_stem(stem: str) -> str | None:
    """"05_amir-taaki-interview" -> "Amir taaki interview"; None for names like "000_1d76ec27978ded06"."""
    words = [w for w in re.split(r"[\s_\-.]+", stem) if w]
    readable = [w for w in words if w.isalpha() and len(w) > 1]
    if len(readable) < 2 or len(readable) < len(words) / 2:
        return None
    text = " ".join(w for w in words if not w.isdigit())
    return text[:1].upper() + text[1:]


def derive_title(transcript: Transcript) -> Transcript:
    """Title from who speaks with whom, for documents that have none."""
    if transcript.title:
        return transcript
    roles = monologue.vocabulary().questions | monologue.vocabulary().answers  # "Pregunta", "Respuesta": roles
    speaking = [s for s in transcript.speakers if not s.generic and s.name.casefold() not in roles]
    asking = [s for s in speaking if s.questioner]
    answering = [s for s in speaking if not s.questioner]
    names = lambda group: " and ".join(s.name for s in group)  # noqa: E731
    kind = transcript.kind.replace("-", " ")
    if asking and answering and transcript.kind == "interview":
        title = f"{names(asking)} interview with {names(answering)}"
    elif _readable_stem(transcript.source.path.stem):
        title = _readable_stem(transcript.source.path.stem)
    elif speaking:
        title = f"{kind.capitalize()} with {names(speaking[:3])}"
    else:
        title = transcript.source.path.stem
    return replace(transcript, title=title, title_derived=True)

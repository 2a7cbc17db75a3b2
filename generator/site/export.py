"""Corpus -> ``corpus.json``, the machine-readable record of the archive.

In: the linked corpus.  Out: a JSON string (dicts only here, at the edge): every
transcript with its metadata, speakers, turns (anchor id, speaker id or null,
type, plain text with paragraphs separated by a blank line and stage directions
kept in their brackets), themes and the blocks the cleaner removed; then the
corpus-wide speakers and themes, one record per line.  Keys keep a fixed order, so the same
corpus gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import re

from .. import __version__, urls
from ..model import Corpus, SegmentKind, Transcript, Turn

SPACES = re.compile(r"[ ]{2,}")


LEFT_OUT = {SegmentKind.ATTRIBUTION: " ", SegmentKind.TIME: " "}  # not spoken words: a reporter's "he said", a time code


def _text(turn: Turn) -> str:
    """Paragraphs separated by a blank line; an attribution or a time code left out leaves one space (the time
    stays in the page, and the turn's start time is its own field)."""
    paragraphs = [_spaced("".join([LEFT_OUT.get(s.kind, s.text) for s in p])).strip() for p in turn.paragraphs]
    return "\n\n".join([p for p in paragraphs if p])


def _spaced(text: str) -> str:
    """``SPACES`` made one space; most paragraphs have no two spaces in a row, and are returned as they are."""
    return SPACES.sub(" ", text) if "  " in text else text


def turn_texts(corpus: Corpus) -> dict[str, list[str]]:
    """transcript id -> the text of each of its turns (``_text``), made once for both exports."""
    return {t.id: [_text(turn) for turn in t.turns] for t in corpus.transcripts}


def _turn(turn: Turn, text: str | None = None) -> dict:
    record = {"id": turn.id, "speaker": turn.speaker, "type": turn.type.value,
              "text": _text(turn) if text is None else text,
              "label": turn.label, "note": turn.note, "question": turn.question, "line": turn.line}
    attributions = [s.text for p in turn.paragraphs for s in p if s.kind is SegmentKind.ATTRIBUTION]
    if attributions:
        record["attributions"] = attributions
    times = [s.text for p in turn.paragraphs for s in p if s.kind is SegmentKind.TIME]
    if times:
        record["times"] = times  # time codes inside the turn, in order (out of the spoken text)
    if turn.inferred_from:
        record["inferred_from"] = turn.inferred_from
    if turn.time:
        record["time"] = turn.time
    record["themes"] = list(turn.themes)
    return record


def _transcript(t: Transcript, source_url: str, source: str, texts: list[str] | None = None) -> dict:
    return {
        "id": t.id, "source": source, "source_url": source_url, "title": t.title,
        "title_derived": t.title_derived, "subtitle": t.subtitle, "date": t.date, "date_text": t.date_text,
        "place": t.place, "kind": t.kind, "source_name": t.source_name,
        "fields": [{"key": f.key, "value": f.value, "line": f.line} for f in t.fields], "encoding": t.source.encoding, "format": t.source.format,
        "header_lines": list(t.header_lines),
        "speakers": [{"id": s.key, "name": s.name, "role": s.role, "labels": list(s.labels),
                      "generic": s.generic, "questioner": s.questioner} for s in t.speakers],
        "introduction": ["".join(s.text for s in p) for p in t.introduction],
        "turns": [_turn(turn, text) for turn, text in zip(t.turns, texts or [None] * len(t.turns))],
        "themes": list(t.themes),
        "removed": [{"text": r.text, "reason": r.reason, "line": r.line} for r in t.removed],
    }


def corpus_json(corpus: Corpus, source_paths: dict[str, str], names: dict[str, str] | None = None,
                texts: dict[str, list[str]] | None = None) -> str:
    """The whole record, one transcript, speaker or theme per line (JSON Lines inside one JSON document: easy
    to diff and to stream, and written by the C encoder, which ``indent`` would turn off).  ``names``: each
    transcript's source file relative to the folder of ``corpus.json`` (published paths never hold the
    builder's absolute folders); without it, the file name alone.  ``texts``: ``turn_texts(corpus)``, when it
    is made already."""
    names, texts = names or {}, texts or {}
    sections = {
        "transcripts": [_transcript(t, source_paths[t.id], names.get(t.id, t.source.path.name), texts.get(t.id))
                        for t in corpus.transcripts],
        "speakers": [{"id": s.id, "name": s.name, "role": s.role, "labels": list(s.labels), "generic": s.generic,
                      "bio": s.bio, "colour": s.colour, "transcripts": list(s.transcripts)} for s in corpus.speakers],
        "themes": [{"id": th.id, "name": th.name, "aliases": list(th.aliases), "description": th.description,
                    "parent": th.parent, "curated": th.curated, "transcripts": list(th.transcripts),
                    "turns": [{"transcript": t, "turn": u} for t, u in th.turns]} for th in corpus.themes],
    }
    lines = ["{", f' "generator": {_compact({"name": "transcript-archive", "version": __version__})},']
    for index, (key, records) in enumerate(sections.items()):
        end = "" if index == len(sections) - 1 else ","
        if not records:
            lines.append(f' "{key}": []{end}')
            continue
        lines.append(f' "{key}": [')
        lines.extend(f"  {_compact(record)}," for record in records)
        lines[-1] = lines[-1][:-1]
        lines.append(f" ]{end}")
    return "\n".join(lines) + "\n}\n"


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


CSV_COLUMNS = ["transcript", "title", "date", "turn", "url", "type", "speaker", "speaker_name", "role", "label",
               "note", "question", "themes", "text"]


# A spreadsheet that opens turns.csv runs a cell starting with one of these as a formula ("=HYPERLINK(...)",
# "+cmd|..."), so such a cell is written with a leading apostrophe, as OWASP's CSV-injection advice says; the
# apostrophe is what spreadsheets show as "text", and corpus.json keeps the words exactly as spoken.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def turns_csv(corpus: Corpus, texts: dict[str, list[str]] | None = None) -> str:
    """Every turn of the corpus as one CSV row (UTF-8, RFC 4180 quoting, one header row); ``texts``:
    ``turn_texts(corpus)``, when it is made already."""
    texts = texts or {}
    names = {s.id: s for s in corpus.speakers}
    themes = {t.id: t.name for t in corpus.themes}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for t in corpus.transcripts:
        roles = {s.key: s.role for s in t.speakers}
        made = texts.get(t.id) or [None] * len(t.turns)
        page = urls.published(urls.page(urls.TRANSCRIPTS, t.id))
        for turn, text in zip(t.turns, made):
            speaker = names.get(turn.speaker or "")
            row = [t.id, t.title, t.date or t.date_text or "", turn.id, f"{page}#{turn.id}",
                   turn.type.value, turn.speaker or "", speaker.name if speaker else "",
                   roles.get(turn.speaker or "") or "", turn.label or "", turn.note or "",
                   "yes" if turn.question else "", "; ".join(themes[i] for i in turn.themes if i in themes),
                   _text(turn) if text is None else text]
            writer.writerow([("'" + value) if value.startswith(FORMULA_START) else value for value in row])  # _cell
    return out.getvalue()

"""Transcripts kept as tables of turns: CSV and tab-separated files, one row a turn (read stage).

Parliaments and research datasets publish debates as tables: a header row names the columns, each row holds one
speech with its speaker in one column and its words in another (the Irish Dail dataset's ``member_name`` and
``speech``, the Danish Folketing's ``Name`` and ``Text``), or a whole page of text in one cell (``page_text``).
``read_table`` reads such a file (``.csv``, ``.tsv``, ``.tab``, or a ``.txt`` whose content is one) with the
``csv`` module and decides by the table's own evidence: a header row whose cells name a speaker or a text column
(``data/table-columns.txt``, several languages, each name with its source), rows with the header's number of
cells, and a text column whose cells are long text.  Each row becomes one turn, ``Speaker: text`` (with
``[hh:mm:ss]`` before it where a start-time column gives one); without a speaker column the text cells are the
document's body.  The other columns are listed as removed with the reason; a date column with one date in every
row gives the document's date, a title column with one value its title.  A ``.txt`` that is not such a table is
left as it is.
"""

from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import dataclass
from html.entities import html5

from . import data_files, formats, tables
from ..model import Removal

TABLE_SUFFIXES = (".csv", ".tsv", ".tab")
DELIMITERS = ("\t", ",", ";")
MAX_HEADER_CELL = 40  # characters: a column name is a few words; a longer cell on the first line is text, not a header
MAX_HEADER_WORDS = 5  # "Speaker", "member_name", "Start time code": a column name is a few words, a sentence is more
MAX_FIRST_LINE = 2_000  # characters: a header row of even 60 columns is shorter; a longer first line is prose
MIN_TXT_COLUMNS = 3  # a .txt whose header names only one of speaker and text needs this many columns to be a table
# ("Speaker, please state your name." is a sentence with a comma, not a header of two columns)
ROW_SHARE = 0.9  # rows with the header's number of cells: a table; a stray broken row or two is allowed (and listed)
LONG_TEXT = 30  # mean letters a cell of the speech column: a sentence or more; a name, a party, a date, an id is shorter
MAX_LISTED = 5  # values of a dropped column shown in its removal note; the rest are counted
LETTER = re.compile(r"[^\W\d_]")
SECONDS = re.compile(r"^\d{1,6}(?:\.\d+)?$")  # a start given in seconds ("12.48"), as ASR tools' CSV exports write it
DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d")  # a row's date and time ("2010-01-28T10:00:25"): its date
SEPARATORS = re.compile(r"[\s_.\-]+")
SENTENCE_MARK = re.compile(r"[.?!:;]\s*$|[?!]")  # a sentence's punctuation; a column name has none
ENTITY_NO_SEMICOLON = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31})(?![A-Za-z0-9;])")
HEADER_REASON = "header row of a table of turns: the names of its columns, not speech"
COLUMN_REASON = "column of a table of turns that is neither the speaker nor the text: metadata of each row, not speech"
ROW_REASON = "row of a table of turns without the header's number of cells: not read as a turn"
FORMATS = {",": "CSV table", ";": "CSV table", "\t": "tab-separated table"}


@dataclass(frozen=True)
class TableOfTurns:
    """A table read as a transcript: the text the parser reads, what was left out, and what the columns say."""

    text: str
    format: str
    removed: tuple[Removal, ...]
    front_matter: tuple[tuple[str, object], ...]  # ("date", ...), ("title", ...) where a column gives one


@dataclass(frozen=True)
class _Columns:
    speaker: int | None
    text: int
    time: int | None
    date: int | None
    title: int | None


def _name(cell: str) -> str:
    return SEPARATORS.sub(" ", cell.strip().strip('"').casefold()).strip()


def _named(header: list[str], role: str) -> list[int]:
    names = data_files.sections("table-columns.txt").get(role, ())
    return [i for i, cell in enumerate(header) if _name(cell) in names]


def _header(first_line: str) -> tuple[str, list[str]] | None:
    """(delimiter, column names) of a first line that reads as a header row, or None."""
    if len(first_line) > MAX_FIRST_LINE:
        return None
    best = None
    for delimiter in DELIMITERS:
        if delimiter not in first_line:
            continue
        cells = next(csv.reader([first_line], delimiter=delimiter))
        if len(cells) < 2 or not all(_column_name(c) for c in cells) or not any(c.strip() for c in cells):
            continue
        if best is None or len(cells) > len(best[1]):
            best = (delimiter, cells)
    return best


def _column_name(cell: str) -> bool:
    """Could the cell be a column's name: short, a few words, no sentence punctuation ("" is an unnamed column)."""
    cell = cell.strip()
    return len(cell) <= MAX_HEADER_CELL and len(cell.split()) <= MAX_HEADER_WORDS and not SENTENCE_MARK.search(cell)


def _rows(text: str, delimiter: str, quoting: int) -> list[tuple[int, list[str]]]:
    """(first line, cells) of every record after the header row."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quoting=quoting, strict=False)
    rows, line = [], 1
    for record in reader:
        if line > 1 and any(cell.strip() for cell in record):
            rows.append((line, record))
        line = reader.line_num + 1
    return rows


def _well_formed(text: str, delimiter: str, width: int) -> tuple[list[tuple[int, list[str]]], list[tuple[int, list[str]]]]:
    """(rows with the header's width, the other rows), read with quotes and, for tabs, also without (a TSV file
    is often written with no quoting, a cell opening with '"' then being text): whichever reads more rows whole."""
    best = None
    for quoting in (csv.QUOTE_MINIMAL,) + ((csv.QUOTE_NONE,) if delimiter == "\t" else ()):
        rows = _rows(text, delimiter, quoting)
        good = [r for r in rows if len(r[1]) == width]
        if best is None or len(good) > len(best[0]):
            best = (good, [r for r in rows if len(r[1]) != width])
    return best


def _letters(rows: list[tuple[int, list[str]]], column: int) -> float:
    return sum(len(LETTER.findall(cells[column])) for _, cells in rows) / max(1, len(rows))


def _says_table(header: list[str]) -> bool:
    """Does a header row say, by itself, that the file is a table of turns (needed for a .txt)?"""
    speakers, texts = _named(header, "speaker"), _named(header, "text")
    return bool(speakers and texts or (speakers or texts) and len(header) >= MIN_TXT_COLUMNS)


def _columns(header: list[str], rows: list[tuple[int, list[str]]]) -> _Columns | None:
    """Which column is the speaker's, the text's ...; None when no column holds long text."""
    speakers, texts = _named(header, "speaker"), _named(header, "text")
    long = [i for i in range(len(header)) if _letters(rows, i) >= LONG_TEXT]
    named_long = [i for i in texts if i in long]
    candidates = named_long or [i for i in long if i not in speakers]
    if not candidates:
        return None
    text = max(candidates, key=lambda i: _letters(rows, i))
    speaker = next((i for i in speakers if i != text), None)
    first = lambda role: next((i for i in _named(header, role) if i not in (text, speaker)), None)  # noqa: E731
    return _Columns(speaker, text, first("time"), first("date"), first("title"))


def _clean_name(cell: str) -> str:
    return " ".join(cell.split()).rstrip(":").strip()


def _time(cell: str) -> str | None:
    cell = cell.strip()
    seconds = float(cell) if SECONDS.match(cell) else tables.seconds(cell) if cell else None
    return None if seconds is None else formats.clock(seconds)


def _turn(cells: list[str], columns: _Columns) -> str | None:
    words = cells[columns.text].strip()
    if not words:
        return None
    speaker = _clean_name(cells[columns.speaker]) if columns.speaker is not None else ""
    time = _time(cells[columns.time]) if columns.time is not None else None
    return (f"[{time}] " if time else "") + (f"{speaker}: " if speaker else "") + words


def _unescaped(value: str) -> str:
    """Character entities decoded, also those a scraper wrote without their ';' ("&ndash")."""
    value = ENTITY_NO_SEMICOLON.sub(lambda m: m.group(0) + ";" if m.group(1) + ";" in html5 else m.group(0), value)
    return html.unescape(value)


def _one_value(rows: list[tuple[int, list[str]]], column: int | None) -> str | None:
    if column is None:
        return None
    values = {(m.group(1) if (m := DATE_TIME.match(cells[column].strip())) else cells[column].strip())
              for _, cells in rows} - {""}
    return _unescaped(values.pop()) if len(values) == 1 else None


def _dropped(header: list[str], rows: list[tuple[int, list[str]]], columns: _Columns) -> list[Removal]:
    """One removal note per column left out: its name and its first values."""
    kept = {columns.text, columns.speaker}
    found = []
    for i, name in enumerate(header):
        if i in kept:
            continue
        values = list(dict.fromkeys(cells[i].strip() for _, cells in rows if cells[i].strip()))
        if not values:
            continue
        shown = ", ".join(" ".join(v.split())[:80] for v in values[:MAX_LISTED])
        more = f" (and {len(values) - MAX_LISTED} more)" if len(values) > MAX_LISTED else ""
        found.append(Removal(rows[0][0], f"{name.strip()}: {shown}{more}", COLUMN_REASON))
    return found


def read_table(text: str, suffix: str) -> TableOfTurns | None:
    """``text`` (decoded, line ends normalised, tabs kept) read as a table of turns, or None when it is not one."""
    table_suffix = suffix.lower() in TABLE_SUFFIXES
    first_line = text[:text.find("\n")] if "\n" in text else text
    if not table_suffix and not any(d in first_line for d in DELIMITERS):
        return None
    found = _header(first_line)
    if found is None:
        return None
    delimiter, header = found
    if not table_suffix and not _says_table(header):
        return None  # a .txt file is a table of turns only where its header says so
    good, broken = _well_formed(text, delimiter, len(header))
    if not good or len(good) < ROW_SHARE * (len(good) + len(broken)):
        return None
    columns = _columns(header, good)
    if columns is None:
        return None
    turns = [turn for _, cells in good if (turn := _turn(cells, columns))]
    removed = [Removal(1, " | ".join(c.strip() for c in header), HEADER_REASON), *_dropped(header, good, columns)]
    removed += [Removal(line, " | ".join(" ".join(c.split())[:80] for c in cells), ROW_REASON) for line, cells in broken]
    front = tuple((key, value) for key, column in (("date", columns.date), ("title", columns.title))
                  if (value := _one_value(good, column)))
    return TableOfTurns("\n\n".join(turns) + "\n", FORMATS[delimiter], tuple(removed), front)

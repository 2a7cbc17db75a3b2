"""Transcripts kept as tables of turns: CSV and tab-separated files, one row a turn (read stage).

Parliaments and research datasets publish debates as tables: a header row names the columns, each row holds one
speech with its speaker in one column and its words in another (the Irish Dail dataset's ``member_name`` and
``speech``, the Danish Folketing's ``Name`` and ``Text``), or a whole page of text in one cell (``page_text``).
``read_table`` reads such a file (``.csv``, ``.tsv``, ``.tab``, or a ``.txt`` whose content is one) with the
``csv`` module and decides by the table's own evidence: a header row whose cells name a speaker or a text column
(``data/table-columns.txt``, several languages, each name with its source), rows with the header's number of
cells, and a text column whose cells are long text.  Each row becomes one turn, ``Speaker: text`` (with
``[hh:mm:ss]`` before it where a start-time column gives one); without a speaker column the text cells are the
document's body.  Where the header names no speaker column ("nome", "fullname", "senador"), the column of short
names of people that recur and change from row to row is the speaker's (``_name_column``), unless the text cells
already open with that name; names written "Surname, Given" in every cell are written "Given Surname".  The other
columns are listed as removed with the reason; a date column with one date in every
row gives the document's date, a title column with one value its title.  A ``.txt`` that is not such a table is
left as it is.
"""

from __future__ import annotations

import csv
import html
import io
import regex as re
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
MIN_NAMED_TEXT = 5  # mean letters of a column the header names as the text: a word or more.  Segment tables of ASR
# tools (WhisperX, Whisper's TSV, council meeting ASR) hold a few words a row, under LONG_TEXT; the name decides there
MAX_NOTE_ROWS = 3  # lines above the header row that may be a note ("See <url> for the video"): skipped and listed
MS_GAP = 1_000  # median step between integer start cells at or above which they are milliseconds: Whisper's TSV
# writes ms; a row every 1,000 seconds (17 minutes) is no transcript's turn, a segment every 1,000 ms is common
MAX_LISTED = 5  # values of a dropped column shown in its removal note; the rest are counted
LETTER = re.compile(r"[^\W\d_]")
SECONDS = re.compile(r"^\d{1,6}(?:\.\d+)?$")  # a start given in seconds ("12.48"), as ASR tools' CSV exports write it
DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d")  # a row's date and time ("2010-01-28T10:00:25"): its date
SEPARATORS = re.compile(r"[\s_.\-]+")
NOTE_IN_NAME = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")  # a unit or origin note in a column name: "Start time (seconds after ~1:05)"
MS_NAME = re.compile(r"(?:^|[\s_(\[])ms\b|millisec", re.I)  # a column name that says its unit is milliseconds
INTEGER = re.compile(r"^\d{1,10}$")
NAME_WORDS = (2, 5)  # words of a person's name in a speaker cell: "Omar Aziz", "Gašparovič, Ivan", "Augustín Marián
# Húska"; one word is a party code, a town or a first name alone, more is an office or a party's full name
_WORD = r"[^\W\d_][\w'’.\-]*"
INVERTED = re.compile(rf"^({_WORD}(?: {_WORD}){{0,2}}), ({_WORD}(?: {_WORD}){{0,2}})$")  # "Gašparovič, Ivan"
NAME_SHARE = 0.75  # distinct values of a column that must read as names for it to be the speaker column: the
# chair's office in the name column ("Presidente" among five senators, Brazilian Senate CPI notes) is allowed
LABELLED_SHARE = 0.5  # text cells that already open with the row's name ("Adam Schiff: (00:00) ..."): the text
# column carries its own labels, and a name column beside it is not added again
SENTENCE_MARK = re.compile(r"[.?!:;]\s*$|[?!]")  # a sentence's punctuation; a column name has none
REACTION = re.compile(r"^[(\[](?P<note>[^()\[\]\n]+)[)\]]$")  # a row whose whole text is one bracketed note:
REACTION_WORDS_MAX = 4  # "(APPLAUSE)", "(CROSSTALK)", "[laughter]", "(boos and cheers)": a reaction is a few words;
# a longer bracket is an aside the speaker says or a description of what happens, left in the turn
ENTITY_NO_SEMICOLON = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31})(?![A-Za-z0-9;])")
HEADER_REASON = "header row of a table of turns: the names of its columns, not speech"
COLUMN_REASON = "column of a table of turns that is neither the speaker nor the text: metadata of each row, not speech"
NOTE_REASON = "note above the header row of a table of turns: about the file, not speech"
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
    correction: int | None  # a column of corrected text: read where filled, the text column elsewhere
    time: int | None
    milliseconds: bool  # the time column counts milliseconds
    date: int | None
    title: int | None
    inverted: bool = False  # every speaker cell is "Surname, Given": written "Given Surname"


def _name(cell: str) -> str:
    return SEPARATORS.sub(" ", NOTE_IN_NAME.sub("", cell.strip().strip('"')).casefold()).strip()


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
    """Which column is the speaker's, the text's ...; None when no column holds speech: long text, or a column the
    header names as the text holding words (short cells are normal for tables of timed segments)."""
    speakers, texts = _named(header, "speaker"), _named(header, "text")
    long = [i for i in range(len(header)) if _letters(rows, i) >= LONG_TEXT]
    named_long = [i for i in texts if i in long]
    named_words = [i for i in texts if _letters(rows, i) >= MIN_NAMED_TEXT]
    candidates = named_long or named_words or [i for i in long if i not in speakers]
    if not candidates:
        return None
    text = max(candidates, key=lambda i: _letters(rows, i))
    speaker = next((i for i in speakers if i != text), None)
    if speaker is None and not speakers:
        speaker = _name_column(header, rows, text)
    correction = next((i for i in _named(header, "correction") if i != text and _letters(rows, i) > 0), None)
    first = lambda role: next((i for i in _named(header, role) if i not in (text, speaker)), None)  # noqa: E731
    time = first("time")
    return _Columns(speaker, text, correction, time, time is not None and _milliseconds(header[time], rows, time),
                    first("date"), first("title"), speaker is not None and _inverted(rows, speaker))


def _name_like(cell: str) -> bool:
    """Does a cell read as a person's name: two to five words, each opening with a capital letter, no digits and
    no brackets ("Omar Aziz", "MARCOS ROGÉRIO", "Gašparovič, Ivan"; not "Hnutie za demokratické Slovensko")."""
    words = cell.replace(",", " ").split()
    return (NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] and not any(c.isdigit() or c in "()[]{}<>/@" for c in cell)
            and all(LETTER.match(w) and w[0].isupper() for w in words))


def _name_column(header: list[str], rows: list[tuple[int, list[str]]], text: int) -> int | None:
    """The speaker column of a table whose header names none ("nome", "fullname"), by its cells: names of people
    that recur and change from row to row.  Of several such columns, the one with the most names (a person has
    one party and one town; several people share them), then the nearest to the text column."""
    taken = {i for role in ("time", "date", "title", "correction") for i in _named(header, role)} | {text}
    found = []
    for i in range(len(header)):
        values = [cells[i].strip() for _, cells in rows if cells[i].strip()]
        distinct = set(values)
        if (i in taken or len(values) < len(rows) / 2 or not 2 <= len(distinct) < len(values)
                or sum(map(_name_like, distinct)) < NAME_SHARE * len(distinct)):
            continue
        found.append((-len(distinct), abs(i - text), i))
    if not found:
        return None
    column = min(found)[2]
    labelled = sum(cells[text].lstrip().startswith(cells[column].strip() + ":") for _, cells in rows)
    return None if labelled >= LABELLED_SHARE * len(rows) else column


def _inverted(rows: list[tuple[int, list[str]]], column: int) -> bool:
    """Are a speaker column's names written "Surname, Given" (the Slovak National Council's ``fullname``:
    "Gašparovič, Ivan"): every filled cell has that shape, and the given names differ (a repeated word after
    the comma of every cell is a role or a party, not a given name)."""
    values = {cells[column].strip() for _, cells in rows} - {""}
    found = [m for v in values if (m := INVERTED.match(v))]
    return bool(values) and len(found) == len(values) and len({m.group(2) for m in found}) >= 2


def _milliseconds(name: str, rows: list[tuple[int, list[str]]], column: int) -> bool:
    """Does a start column count milliseconds: its name says so, or its cells are integers a segment apart that
    only milliseconds make plausible (Whisper's ``--output_format tsv``: ``0  6000  text``)."""
    if MS_NAME.search(name):
        return True
    values = [cells[column].strip() for _, cells in rows]
    if not values or not all(INTEGER.match(v) for v in values):
        return False
    steps = sorted(int(b) - int(a) for a, b in zip(values, values[1:]))
    return bool(steps) and steps[len(steps) // 2] >= MS_GAP


def _clean_name(cell: str) -> str:
    return " ".join(cell.split()).rstrip(":").strip()


def _time(cell: str, milliseconds: bool = False) -> str | None:
    cell = cell.strip()
    if milliseconds and INTEGER.match(cell):
        return formats.clock(int(cell) / 1000)
    seconds = float(cell) if SECONDS.match(cell) else tables.seconds(cell) if cell else None
    return None if seconds is None else formats.clock(seconds)


def _turn(cells: list[str], columns: _Columns) -> str | None:
    corrected = cells[columns.correction].strip() if columns.correction is not None else ""
    words = corrected or cells[columns.text].strip()
    if not words:
        return None
    speaker = _clean_name(cells[columns.speaker]) if columns.speaker is not None else ""
    if columns.inverted and (match := INVERTED.match(speaker)):
        speaker = f"{match.group(2)} {match.group(1)}"
    time = _time(cells[columns.time], columns.milliseconds) if columns.time is not None else None
    reaction = REACTION.match(words)
    if reaction and len(reaction.group("note").split()) <= REACTION_WORDS_MAX:  # ("Audience", "(APPLAUSE)"): who
        words, speaker = f"({speaker}: {reaction.group('note')})" if speaker else words, ""  # reacts, in the note
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
    kept = {columns.text, columns.speaker, columns.correction}
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


def _first_lines(text: str, count: int) -> list[str]:
    """The first ``count`` lines of ``text`` (fewer in a shorter text), without splitting the rest."""
    lines, start = [], 0
    while len(lines) < count and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        lines.append(text[start:end])
        start = end + 1
    return lines


def _find_header(lines: list[str], table_suffix: bool) -> tuple[int, str, list[str]] | None:
    """(notes above it, delimiter, column names) of the header row: the first of the file's first lines whose cells
    name a speaker or a text column, else (as before) the first line where it reads as a row of column names."""
    found = []
    for notes, line in enumerate(lines[:MAX_NOTE_ROWS + 1]):
        header = _header(line) if any(d in line for d in DELIMITERS) else None
        if header and (_named(header[1], "speaker") or _named(header[1], "text")):
            return notes, *header
        found.append(header)
    if found and found[0] and (table_suffix or _says_table(found[0][1])):
        return 0, *found[0]
    return None


def read_table(text: str, suffix: str) -> TableOfTurns | None:
    """``text`` (decoded, line ends normalised, tabs kept) read as a table of turns, or None when it is not one."""
    table_suffix = suffix.lower() in TABLE_SUFFIXES
    lines = _first_lines(text, MAX_NOTE_ROWS + 1)
    if not table_suffix and not any(d in line for line in lines[:MAX_NOTE_ROWS + 1] for d in DELIMITERS):
        return None
    found = _find_header(lines, table_suffix)
    if found is None:
        return None
    notes, delimiter, header = found
    if not table_suffix and not _says_table(header):
        return None  # a .txt file is a table of turns only where its header says so
    body = text[sum(len(line) + 1 for line in lines[:notes]):]
    good, broken = _well_formed(body, delimiter, len(header))
    if not good or len(good) < ROW_SHARE * (len(good) + len(broken)):
        return None
    columns = _columns(header, good)
    if columns is None:
        return None
    turns = [turn for _, cells in good if (turn := _turn(cells, columns))]
    shift = lambda r: Removal(r.line + notes, r.text, r.reason)  # noqa: E731  (line numbers in the whole file)
    removed = [Removal(n + 1, " ".join(lines[n].replace(delimiter, " ").split()), NOTE_REASON)
               for n in range(notes) if lines[n].strip(delimiter + " ")]
    removed += [Removal(notes + 1, " | ".join(c.strip() for c in header), HEADER_REASON)]
    removed += [shift(r) for r in _dropped(header, good, columns)]
    removed += [Removal(line + notes, " | ".join(" ".join(c.split())[:80] for c in cells), ROW_REASON)
                for line, cells in broken]
    front = tuple((key, value) for key, column in (("date", columns.date), ("title", columns.title))
                  if (value := _one_value(good, column)))
    return TableOfTurns("\n\n".join(turns) + "\n", FORMATS[delimiter], tuple(removed), front)


# the column choice and the rows' turns, for the reader of pipe tables of turns (``pipe_tables``)
columns, turn, dropped = _columns, _turn, _dropped

"""Stage 1, read/decode: a file path -> ``Source``.

In: the path of one transcript file.  Out: its text decoded to ``str`` (the
encoding detected with charset-normalizer, BOMs honoured, double-encoded UTF-8 repaired with ftfy), line ends normalised
to ``\\n``, non-breaking spaces turned into spaces, zero-width and bidi control
characters dropped, and YAML front matter (``---`` ... ``---``) split off into
``Source.front_matter`` (validated by ``front_matter``, its warnings in ``Source.diagnostics``).  A table of turns
(CSV, TSV, or a .txt whose content is one) is read by ``turn_tables`` before anything else.
A file that cannot be read as text raises
``InputError`` carrying a ``Diagnostic`` that says what to do.
"""

from __future__ import annotations

import codecs
import regex as re
from dataclasses import replace
from pathlib import Path

import ftfy
import yaml
from charset_normalizer import from_bytes
from charset_normalizer.utils import is_multi_byte_encoding, unicode_range

from . import (code_pages, formats, front_matter, front_matter_entries, front_transcript, parallel_versions,
               pipe_tables, safe_yaml, speaker_attributes, speech_markup, tables, turn_tables)
from ..model import Diagnostic, Severity, Source

SUFFIXES = (".txt", ".md", ".markdown", ".text") + formats.SUBTITLES + formats.WEB_PAGES + turn_tables.TABLE_SUFFIXES

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
COMMON = ("cp1252", "latin_1", "cp1251", "utf_8")
LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
SPACES = re.compile(r"[\u00a0\u2007\u202f\u3000]")
INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u200e\u200f]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CONTROL_CHARS = "".join(map(chr, [*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f]))  # ``CONTROL``'s
LINE_END_CHARS = "\u2028\u2029\x85"  # the characters of the patterns above, for a cheap test before each
SPACE_CHARS = "\u00a0\u2007\u202f\u3000"
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff" + "".join(map(chr, range(0x202a, 0x202f))) + \
    "".join(map(chr, range(0x2066, 0x206a))) + "\u200e\u200f"
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)??(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)  # "---\n---": empty
TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(?P<toml>.*?\n)??\+\+\+[ \t]*(?:\n|\Z)", re.S)  # Hugo's TOML


class InputError(Exception):
    """A file that cannot be converted; ``diagnostic`` says why and what to do."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def _error(name: str, line: int, message: str, fix: str) -> InputError:
    return InputError(Diagnostic(name, line, message, fix, Severity.ERROR))


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` for ``raw``; raise ``InputError`` for binaries."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding.replace("-sig", "") + " (BOM)"
            except UnicodeDecodeError as exc:
                raise _error(name, 1, f"starts with a {encoding} byte-order mark but is not {encoding} ({exc.reason})",
                             "re-save the file as UTF-8") from exc
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw[:4096]:
        guess = from_bytes(raw[:65536]).best()
        if guess is None or not guess.encoding.startswith("utf_16") and not guess.encoding.startswith("utf_32"):
            raise _error(name, 1, "is a binary file, not text",
                         "remove it from the corpus folder or export it as plain text")
    best = _best_guess(raw)
    if best is None:
        raise _error(name, 1, "is not text in any encoding that could be detected",
                     "re-save the file as UTF-8 text")
    if windows := code_pages.punctuation_page(raw, best.encoding):  # curly quotes, not Mac Roman's í ì î
        return raw.decode(windows), windows
    return str(best), best.encoding


def _best_guess(raw: bytes):
    """charset-normalizer's guess; among near-equal guesses, the one that needs the fewest alphabets
    (short Western-European text is cp1252, not a Baltic code page that happens to fit as well)."""
    results = list(from_bytes(raw))
    if not results:
        return None
    top = results[0]
    close = [m for m in results if m.chaos <= top.chaos + 0.1 and m.coherence >= top.coherence - 0.05]
    distinct = bytes(sorted(set(raw)))  # (read once for all the guesses)
    return min(close, key=lambda m: (_alphabets(m, distinct), m.encoding not in COMMON, m.chaos))


def _alphabets(match, distinct: bytes | None = None) -> int:
    """``len(match.alphabets)``, from the text's distinct characters: charset-normalizer looks up the Unicode
    range of every character of the whole text (a second per megabyte), the same ranges as those of each
    distinct character.  With ``distinct`` (the distinct bytes of the text the match decodes), a single-byte
    code page's characters are those of the distinct bytes (``_byte_chars``), not read from the whole text."""
    chars = _byte_chars(match.encoding, distinct) if distinct is not None else None
    return len({r for r in map(unicode_range, set(str(match)) if chars is None else chars) if r})


def _byte_chars(encoding: str, distinct: bytes) -> set[str] | None:
    """The characters the bytes ``distinct`` stand for in a single-byte code page (which decodes a text byte by
    byte: every byte that decodes alone to one character; not a multi-byte or stateful encoding), or None for any
    other encoding (its characters are read from the decoded text)."""
    if is_multi_byte_encoding(encoding):
        return None
    chars = set()
    for byte in distinct:
        try:
            char = bytes((byte,)).decode(encoding)
        except (UnicodeDecodeError, LookupError):
            return None
        if len(char) != 1:
            return None
        chars.add(char)
    return chars


def normalise(text: str, keep_tabs: bool = False) -> str:
    """Unify line ends and spaces; drop invisible and control characters (tabs too, unless ``keep_tabs``: a
    tab-separated table needs them)."""
    # (each pattern scans the whole text; most texts hold none of its characters, which a plain search finds
    # faster: ASCII text none of the wider ones)
    if "\r" in text or not text.isascii() and any(c in text for c in LINE_END_CHARS):
        text = LINE_ENDS.sub("\n", text)
    if not text.isascii():
        if any(c in text for c in SPACE_CHARS):
            text = SPACES.sub(" ", text)
        if any(c in text for c in INVISIBLE_CHARS):
            text = INVISIBLE.sub("", text)
    if any(c in text for c in CONTROL_CHARS):  # (a search for each character is faster than one class scan)
        text = CONTROL.sub("", text)
    return text if keep_tabs else text.replace("\t", "    ")


# UTF-8 read as Latin-1 or cp1252 and saved again ("PrÃ©sident", "â€“", "Â " before a no-break space): a lead
# byte of a two- or three-byte sequence (Â..ô) followed by what a continuation byte (0x80..0xBF) becomes in those
# code pages.  A cheap test before ftfy, which reads the whole text at about 2 MB/s.
MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6"
                      "\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc"
                      "\u2122\u0161\u203a\u0153\u017e\u0178]")
MOJIBAKE_MIN = 3  # sequences: one or two are a quotation ("«café»" has one), a double-encoded page has hundreds
# ftfy's steps of a whole-text round trip through Latin-1 or cp1252 (a byte cp1252 has no character for, lost on
# saving, makes its sequence U+FFFD: "replace_lossy_sequences"); its piecewise guesses are not among them
MOJIBAKE_STEPS = {("encode", "latin-1"), ("encode", "sloppy-windows-1252"), ("encode", "windows-1252"),
                  ("transcode", "restore_byte_a0"), ("transcode", "replace_lossy_sequences"),
                  ("decode", "utf-8"), ("decode", "utf-8-variants")}


def repair_mojibake(text: str, name: str) -> tuple[str, list[Diagnostic]]:
    """``text`` with double-encoded UTF-8 repaired (ftfy), when the repair is unambiguous: the whole text
    round-trips through one code page back to UTF-8 (no piecewise guesses) and has fewer such sequences after; a
    warning says so.  Any other text is returned unchanged."""
    if text.isascii():
        return text, []
    before = sum(1 for _ in MOJIBAKE.finditer(text))
    if before < MOJIBAKE_MIN:
        return text, []
    fixed = ftfy.fix_encoding_and_explain(text)
    steps = {tuple(step) for step in fixed.explanation or ()}
    if not steps or not steps <= MOJIBAKE_STEPS or len(MOJIBAKE.findall(fixed.text)) >= before:
        return text, []
    return fixed.text, [Diagnostic(name, 1, f"is UTF-8 text that was read as Latin-1 or cp1252 and saved again "
                                   f"({before} sequences such as 'Ã©' for 'é'), so it was repaired",
                                   "re-save the file as UTF-8 from its original", Severity.WARNING)]


MAX_FRONT_MATTER = 100_000  # characters: real front matter is a few hundred; a long description a few thousand


KEY_LINE = re.compile(r"^[ \t]*(?:-[ \t]+)?[\w\"'][\w\"'.-]{0,60}:(?:[ \t]|$)")  # keys are one word
KEYED_SHARE = 0.5  # front matter is key: value lines (and their list items); prose between two rules is not


def _keyed(block: str) -> bool:
    """Does the text between two leading '---' lines read as front matter (mostly ``key: value`` lines)?"""
    lines = [line for line in block.split("\n") if line.strip() and not line.lstrip().startswith("#")]
    return bool(lines) and sum(1 for line in lines if KEY_LINE.match(line)) >= KEYED_SHARE * len(lines)


def split_front_matter(text: str, name: str) -> tuple[tuple[tuple[str, object], ...], str, int, list[Diagnostic]]:
    """Return ``(front matter items, body, body's first line number, warnings about front-matter values)``;
    ``InputError`` when the front matter is too deep, aliased or large; front matter that is not valid YAML but
    reads as ``key: value`` lines is read entry by entry, with a warning (``front_matter_entries``); a block
    that is neither is text between two horizontal rules, not front matter."""
    toml = TOML_FRONT_MATTER.match(text)
    if toml and len(toml.group("toml") or "") <= MAX_FRONT_MATTER:
        items = front_matter.parse_toml(toml.group("toml") or "")
        if items is not None:  # (not TOML: text between two "+++" lines, read as text)
            return items, text[toml.end():], text.count("\n", 0, toml.end()) + 1, []
    match = FRONT_MATTER.match(text)
    if not match:
        return (), text, 1, []
    if len(match.group("yaml") or "") > MAX_FRONT_MATTER:  # two '---' rules far apart, not front matter
        return (), text, 1, [Diagnostic(name, 1, f"the text between the first two '---' lines is longer than "
                                        f"{MAX_FRONT_MATTER:,} characters, so it was read as text, not front matter",
                                        "shorten the front matter or remove the first '---' line", Severity.WARNING)]
    try:
        items, warnings = front_matter.parse(match.group("yaml") or "", name, offset=1)
    except safe_yaml.YamlLimit as exc:
        message, fix = safe_yaml.describe(exc)
        raise _error(name, exc.line + 1, f"front matter {message}",
                     f"{fix} (in the front matter, between the two '---' lines)") from exc
    except yaml.YAMLError as exc:
        if not _keyed(match.group("yaml") or ""):  # prose between two Markdown horizontal rules
            return (), text, 1, []
        items, warnings = front_matter_entries.read(match.group("yaml") or "", name, 1, exc)
    if items is None:
        return (), text, 1, []
    return items, text[match.end():], text.count("\n", 0, match.end()) + 1, warnings


def read_source(path: Path, name: str | None = None, raw: bytes | None = None) -> Source:
    """Read and decode one transcript file; ``raw``: its bytes, when the caller has read them already (a file is
    read once, so the text converted, the bytes published and the cache key cannot come from two versions)."""
    name = name or str(path)
    try:
        raw = path.read_bytes() if raw is None else raw
    except OSError as exc:
        raise _error(name, 1, f"cannot be read ({exc.strerror or exc})",
                     "check that the file exists and is readable") from exc
    text, encoding = decode(raw, name)
    text, repaired = repair_mojibake(text, name)
    text = normalise(text, keep_tabs=True)
    if not text.strip():
        raise _error(name, 1, "is empty", "add the transcript text or remove the file")
    table = turn_tables.read_table(text, path.suffix)
    if table is not None:
        return Source(path=path, name=name, raw=raw, text=normalise(table.text), encoding=encoding,
                      front_matter=table.front_matter, format=table.format, removed=table.removed,
                      diagnostics=tuple(repaired))
    if path.suffix.lower() in turn_tables.TABLE_SUFFIXES:
        raise _error(name, 1, "is a table with no column of speech: no column is named as the speaker's or the "
                     "text's, or none holds long text, or its rows do not have the header's number of cells",
                     "name the columns in the header row ('speaker', 'text', ...) or remove the file")
    text = text.replace("\t", "    ")
    front, body, first, warnings, table_removed = ((), text, 1, [], ())
    if path.suffix.lower() not in formats.SUBTITLES + formats.WEB_PAGES:
        front, body, first, warnings = split_front_matter(text, name)
    held_removed, held_notes = (), ()
    if front:  # a transcript held in the front matter is the text; the body beside it, written notes
        header = text[:len(text) - len(body)]
        front, body, first, held_removed, held_notes = front_transcript.take(front, body, first, name, header)
    if path.suffix.lower() not in formats.SUBTITLES + formats.WEB_PAGES:
        body, pipe_removed = pipe_tables.turn_rows(body, first)  # a transcript kept as a pipe table of turns
        body, table_removed = tables.timed_tables(body, first)  # ... or of timed rows without a speaker column
        table_removed = pipe_removed + table_removed
        body, versions = parallel_versions.rewrite(body)  # (a translated turn's original folded under it)
        table_removed += tuple(replace(r, line=r.line + first - 1) for r in versions)
    body, marked = speech_markup.rewrite(body, path.suffix.lower() in formats.WEB_PAGES)  # (Akoma Ntoso, TEI)
    body, attributed = speaker_attributes.rewrite(body)  # (balloons that name their speaker in an attribute)
    attributed |= marked
    body, kind, left_out, bold = formats.to_transcript(body, path.suffix, markdown=bool(front))
    table_removed += tuple(replace(r, line=r.line + first - 1) for r in left_out)
    if not body.strip():
        raise _error(name, first, f"is a {kind} file with no transcript text in it",
                     "check that it is the right file and that it holds the transcript")
    return Source(path=path, name=name, raw=raw, text=normalise(body), encoding=encoding,
                  front_matter=front, body_line=first, format=kind, diagnostics=tuple(repaired + warnings) +
                  held_notes,
                  removed=held_removed + table_removed, bold_lines=frozenset(first + index for index in bold),
                  attributed=attributed)

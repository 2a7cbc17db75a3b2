"""Which single-byte Western code page a text is in, where charset-normalizer cannot tell (part of stage 1, read;
used by ``files.decode``).

Windows-1252 puts its typographic punctuation in bytes 0x80-0x9F: ‘ ’ “ ” at 0x91-0x94, dashes at 0x96-0x97,
the ellipsis at 0x85.  Mac Roman (and its Icelandic, Central European and other variants) puts accented letters
there (0x92 í, 0x93 ì, 0x94 î, 0x96 ñ, 0x97 ó).  A short English text with curly quotes fits both as well, and
charset-normalizer often picks a Mac page (a pandas CSV saved on Windows came out as "Hereís how", "ìthe
whistleblowerî").  The bytes' places decide: a quotation mark opens before a word and closes after one (“ after a
space, ” before a space or a stop), an apostrophe stands in a contraction, an elision or after a word (don’t,
it’s, we’ll, l’homme, members’), a dash between spaces or digits; an accented letter stands anywhere in a word, so
in a Mac text these bytes fall in those places only by chance.

In: the raw bytes and charset-normalizer's best guess.  Out: "cp1252" when the bytes are its punctuation, else None.
"""

from __future__ import annotations

import regex as re

PUNCTUATION_BYTES = re.compile(rb"[\x80-\x9f]")  # cp1252's punctuation and symbols; Mac Roman's accented letters
OPENING = re.compile(rb"(?:^|(?<=[\s(\[]))[\x91\x93](?=[A-Za-z0-9])", re.M)  # ‘ “ before a word, after a space
CLOSING = re.compile(rb"(?<=[A-Za-z0-9.,!?;:\-])[\x92\x94](?=[\s.,;:!?)\]\"]|$)", re.M)  # ’ ” after a word
APOSTROPHE = re.compile(rb"(?<=[A-Za-z])\x92(?=[A-Za-z]{1,2}(?![A-Za-z]))")  # don’t, it’s, we’ll, I’m, we’re
ELISION = re.compile(rb"(?<![A-Za-z])[A-Za-z]\x92(?=[A-Za-z])")  # French and Italian l’homme, d’accord, c’è
DASH = re.compile(rb"(?<= )[\x96\x97](?= )|(?<=[0-9])[\x96\x97](?=[0-9])")  # "agree – the", "1990–2000"
ELLIPSIS = re.compile(rb"(?<=\S)\x85(?=[\s\"')\]]|$)", re.M)  # "and so…" at the end of a word
QUOTE_SHARE = 0.9  # the share of the 0x80-0x9F bytes that must stand where punctuation stands: in a Mac text an
# accented letter lands in these places now and then (Spanish "así " ends a word with 0x92), never nine times in ten
QUOTES_MIN = 2  # one such byte in place is chance; two (a pair of quotation marks, two contractions) is a habit
MARKS = b"\x91\x92\x93\x94\x96\x97\x85"  # the bytes read as evidence


def punctuation_page(raw: bytes, guessed: str) -> str | None:
    """"cp1252" when ``guessed`` (a single-byte code page) reads cp1252's quotation marks as letters and the
    text's 0x80-0x9F bytes stand where quotation marks, apostrophes and ellipses stand (``QUOTE_SHARE``)."""
    if guessed.replace("-", "_") in ("cp1252", "windows_1252") or not _reads_marks_as_letters(guessed):
        return None
    total = len(PUNCTUATION_BYTES.findall(raw))
    placed = sum(len(p.findall(raw)) for p in (OPENING, CLOSING, APOSTROPHE, ELISION, DASH, ELLIPSIS))
    if placed < QUOTES_MIN or placed < QUOTE_SHARE * total:
        return None
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return None  # a byte cp1252 has no character for (0x81, 0x8D, 0x8F, 0x90, 0x9D): not a Windows text
    return "cp1252"


def _reads_marks_as_letters(encoding: str) -> bool:
    """Whether the single-byte code page ``encoding`` reads some of ``MARKS`` as letters (Mac Roman: í ì î)."""
    try:
        return any(bytes((b,)).decode(encoding).isalpha() for b in MARKS)
    except (UnicodeDecodeError, LookupError):
        return False

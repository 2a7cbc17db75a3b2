"""Dates as people write them -> ISO dates, never guessed.

``find_date(text)`` returns the first written date in ``text`` as
``DateMatch(text, iso, start, end)``; ``iso`` is ``YYYY-MM-DD``, ``YYYY-MM`` or
``YYYY`` when the written form says that much, and None when a part it needs is
missing (``March 29`` has no year: it stays as written).
"""

from __future__ import annotations

import regex as re
from dataclasses import dataclass
from datetime import date

from ..read.data_files import lines as data_lines

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")], 1)
    for name in names
}
_MONTH = r"(?P<{0}>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>1[6-9]\d\d|20\d\d)"


def _foreign_months() -> dict[str, int]:
    """Month names of other languages (``data/month-names.txt``) -> month number; "-" keeps a place."""
    found: dict[str, int] = {}
    for line in data_lines("month-names.txt"):
        names = line.split()[1:]
        found.update({name.casefold(): number for number, name in enumerate(names, 1) if name != "-"})
    return found


FOREIGN_MONTHS = _foreign_months()
_FOREIGN = "|".join(sorted(map(re.escape, FOREIGN_MONTHS), key=len, reverse=True))
ROC_OFFSET = 1911  # the Republic of China (Taiwan, 民國) counts years from 1912: 民國101年 is 2012
DATE = re.compile(
    "|".join([
        rf"\b{_YEAR.format('iy')}-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?:\b|(?=T\d))",  # ISO 8601, a time may follow
        rf"\b{_MONTH.format('am')}\s+{_DAY.format('ad')}(?:\s*[–-]\s*[0-3]?\d)?(?:,\s*|\s+){_YEAR.format('ay')}\b",
        rf"\b{_DAY.format('bd')}\s+(?:of\s+)?{_MONTH.format('bm')},?\s+{_YEAR.format('by')}\b",
        rf"\b{_MONTH.format('cm')},?\s+{_YEAR.format('cy')}\b",
        rf"\b{_MONTH.format('dm')}\s+{_DAY.format('dd')}\b(?!\s*+(?:,\s*+)?\d)",
        rf"\b{_DAY.format('ed')}\s+(?:of\s+)?{_MONTH.format('em')}\b(?!,?\s+\d)",
        # a full date in another language: "16 de setembro de 2025", "10 de junio del 2021", "16. September 2025",
        # "16 października 2024" (the names only here, with a day and a year: see data/month-names.txt)
        rf"\b(?P<fd>[0-3]?\d)(?:\.|º|°)?\s+(?:de\s+)?(?P<fm>{_FOREIGN})\s+(?:del?\s+)?{_YEAR.format('fy')}\b",
        # digits: "16/09/2025", "(16-10-2024)", "31.07.2013" (read only where one reading is possible: see _numeric)
        rf"\b(?P<nd>[0-3]?\d)(?P<ns>[./-])(?P<nm>[01]?\d)(?P=ns){_YEAR.format('ny')}\b",
        # the Republic of China's calendar (Taiwan's Legislative Yuan: "中華民國101年10月26日") and the Chinese and
        # Japanese "2012年10月26日"
        r"(?:中華)?民國\s*(?P<ry>\d{1,3})\s*年\s*(?P<rm>[01]?\d)\s*月\s*(?P<rd>[0-3]?\d)\s*日",
        r"(?P<jy>(?:1[6-9]|20)\d\d)\s*年\s*(?P<jm>[01]?\d)\s*月\s*(?P<jd>[0-3]?\d)\s*日",
    ]),
    re.I,
)
WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*$", re.I)


@dataclass(frozen=True)
class DateMatch:
    text: str
    iso: str | None
    start: int
    end: int


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _iso(groups: dict[str, str | None]) -> tuple[str | None, bool]:
    """Return (iso or None, plausible) from the named groups of one alternative."""
    if groups.get("iy"):
        y, m, d = int(groups["iy"]), int(groups["im"]), int(groups["id"])
        return (f"{y:04d}-{m:02d}-{d:02d}", True) if _valid(y, m, d) else (None, False)
    for prefix in "ab":
        if groups.get(prefix + "m"):
            y, m, d = int(groups[prefix + "y"]), MONTHS[groups[prefix + "m"].lower().rstrip(".")], int(groups[prefix + "d"])
            return (f"{y:04d}-{m:02d}-{d:02d}", True) if _valid(y, m, d) else (None, False)
    if groups.get("fm"):
        y, m, d = int(groups["fy"]), FOREIGN_MONTHS[groups["fm"].casefold()], int(groups["fd"])
        return (f"{y:04d}-{m:02d}-{d:02d}", True) if _valid(y, m, d) else (None, False)
    if groups.get("ns"):
        return _numeric(groups)
    for prefix, offset in (("r", ROC_OFFSET), ("j", 0)):
        if groups.get(prefix + "y"):
            y, m, d = int(groups[prefix + "y"]) + offset, int(groups[prefix + "m"]), int(groups[prefix + "d"])
            return (f"{y:04d}-{m:02d}-{d:02d}", True) if _valid(y, m, d) else (None, False)
    if groups.get("cm"):
        return f"{int(groups['cy']):04d}-{MONTHS[groups['cm'].lower().rstrip('.')]:02d}", True
    for prefix in "de":
        if groups.get(prefix + "m"):
            day = int(groups[prefix + "d"])
            return None, 1 <= day <= 31
    return None, False


def _numeric(groups: dict[str, str]) -> tuple[str | None, bool]:
    """A date in digits, read only where one reading is possible, never guessed: day first with dots
    ("31.07.2013": no one writes the month first with dots) or where the first number cannot be a month
    ("16/09/2025", "16-10-2024"); month first where the second cannot be one ("12/15/2020").  "03/04/2021" could be
    either: no date."""
    first, second, year = int(groups["nd"]), int(groups["nm"]), int(groups["ny"])
    if groups["ns"] == "." or first > 12:
        day, month = first, second
    elif second > 12:
        day, month = second, first
    else:
        return None, False
    return (f"{year:04d}-{month:02d}-{day:02d}", True) if _valid(year, month, day) else (None, False)


def find_date(text: str) -> DateMatch | None:
    """First plausible written date in ``text``."""
    for match in DATE.finditer(text):
        groups = {k: v for k, v in match.groupdict().items() if v}
        iso, plausible = _iso(groups)
        if not plausible:
            continue
        written = match.group(0).strip().rstrip(",")
        if groups.get("dm") and groups["dm"].lower() == "may" and not iso:
            # "May 7" is a date; "may 7" in a sentence is a verb
            if not groups["dm"][0].isupper():
                continue
        return DateMatch(written, iso, match.start(), match.end())
    return None


# A date field's whole value in digits with a two-digit year ("date: 12.06.22", "07/11/23"): read as a date only as a
# field's whole value (in running text "12.06.22" may be a version or a score); the century as POSIX ``%y`` reads it.
SHORT_YEAR_FIELD = re.compile(r"\s*(?P<nd>[0-3]?\d)(?P<ns>[./-])(?P<nm>[01]?\d)(?P=ns)(?P<ny>\d\d)\s*")
PIVOT_YEAR = 69  # "69" is 2069 and "70" is 1970, as POSIX strptime's %y and Python's time module read them


def field_date(text: str) -> str | None:
    """The ISO date of a date field's whole value written in digits with a two-digit year, by the same rules
    as four-digit ones (``_numeric``: day first with dots, otherwise only where one reading is possible)."""
    match = SHORT_YEAR_FIELD.fullmatch(text)
    if not match:
        return None
    groups = match.groupdict()
    short = int(groups["ny"])
    groups["ny"] = str(2000 + short if short <= PIVOT_YEAR else 1900 + short)
    return _numeric(groups)[0]


def year_only(text: str) -> str | None:
    match = re.fullmatch(r"\s*(1[6-9]\d\d|20\d\d)\s*", text)
    return match.group(1) if match else None


# A date written in digits with dots is read day first ("31.07.2013"); a US document may write it month first
# ("Meeting Date: 01.09.2024" in a Coral Gables city-commission transcript whose heading line says "January 9, 2024",
# held-out hs05).  Where both numbers can be a month, the document's own dates with a month name decide: when one of
# them is the month-first reading and none the day-first one, the month-first reading is the date.
DOTTED = re.compile(r"(?<!\d)(?P<a>[01]?\d)\.(?P<b>[0-3]?\d)\.(?P<y>\d{4})(?!\d)")


def settled(iso: str | None, written: str | None, text: str) -> str | None:
    """``iso`` read from ``written``, or the month-first reading of a dotted date that the document's dates with a
    month name confirm (see ``DOTTED``)."""
    dotted = DOTTED.search(written or "") if iso else None
    if not dotted:
        return iso
    first, second, year = int(dotted.group("a")), int(dotted.group("b")), int(dotted.group("y"))
    if not (1 <= first <= 12 and 1 <= second <= 12) or first == second or not _valid(year, first, second):
        return iso
    day_first, month_first = f"{year:04d}-{second:02d}-{first:02d}", f"{year:04d}-{first:02d}-{second:02d}"
    if iso != day_first:
        return iso
    named = {_iso(groups)[0] for match in DATE.finditer(text)
             if not (groups := {k: v for k, v in match.groupdict().items() if v}).get("nd")}
    return month_first if month_first in named and day_first not in named else iso


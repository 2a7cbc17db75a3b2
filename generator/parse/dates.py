"""Dates as people write them -> ISO dates, never guessed.

``find_date(text)`` returns the first written date in ``text`` as
``DateMatch(text, iso, start, end)``; ``iso`` is ``YYYY-MM-DD``, ``YYYY-MM`` or
``YYYY`` when the written form says that much, and None when a part it needs is
missing (``March 29`` has no year: it stays as written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

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
DATE = re.compile(
    "|".join([
        rf"\b{_YEAR.format('iy')}-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?:\b|(?=T\d))",  # ISO 8601, a time may follow
        rf"\b{_MONTH.format('am')}\s+{_DAY.format('ad')}(?:\s*[–-]\s*[0-3]?\d)?(?:,\s*|\s+){_YEAR.format('ay')}\b",
        rf"\b{_DAY.format('bd')}\s+(?:of\s+)?{_MONTH.format('bm')},?\s+{_YEAR.format('by')}\b",
        rf"\b{_MONTH.format('cm')},?\s+{_YEAR.format('cy')}\b",
        rf"\b{_MONTH.format('dm')}\s+{_DAY.format('dd')}\b(?!\s*+(?:,\s*+)?\d)",
        rf"\b{_DAY.format('ed')}\s+(?:of\s+)?{_MONTH.format('em')}\b(?!,?\s+\d)",
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
    if groups.get("cm"):
        return f"{int(groups['cy']):04d}-{MONTHS[groups['cm'].lower().rstrip('.')]:02d}", True
    for prefix in "de":
        if groups.get(prefix + "m"):
            day = int(groups[prefix + "d"])
            return None, 1 <= day <= 31
    return None, False


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


def year_only(text: str) -> str | None:
    match = re.fullmatch(r"\s*(1[6-9]\d\d|20\d\d)\s*", text)
    return match.group(1) if match else None

"""Clock-time fields: a key whose only value is a clock time written with a full stop, as parliamentary records
print a sitting's times ("Saat: 15.02", "Açılma Saati: 15.00", "Kapanma Saati:" / "17.13" on the next line:
Turkish Grand National Assembly; "Klo 14.00" in Finnish and "kl. 13.00" in Danish and Norwegian minutes).  A
clock time is no one's speech: such a line is a field, never evidence of a speaker label (``label_seen``).  Only
the occurrence is dropped: a label the document uses for speech elsewhere stays a label.
"""

from __future__ import annotations

import regex as re

# A clock time with a full stop between hours and minutes ("15.02", "9.30"), alone: a time code written with a
# colon ("0:37") is a subtitle's or an export's, and stays the timed shapes'.
CLOCK_VALUE = re.compile(r"^(?:[01]?\d|2[0-3])\.[0-5]\d$")


def clock_fields(found: list, lines: list[str]) -> list:
    """``found`` (``label_seen.Seen`` candidates) without the colon fields whose value is a clock time, on the
    key's line or alone on the next line."""
    def field(s) -> bool:
        c = s.candidate
        if c.style != "colon" or c.note:
            return False
        value = c.rest or (lines[s.index + 1].strip() if s.index + 1 < len(lines) else "")
        return bool(CLOCK_VALUE.match(value.split("\n", 1)[0].strip()))
    return [s for s in found if not field(s)]

"""Lines an accepted label opens that are no one's turn, and line starts no warning is due for (part of turn
reading, ``turns``): a note of a meeting's record ("RESOLVED: ...", "proposal: ...", a bot's "<Zakim> ..." line;
``minutes_notes``) and an oral history's cover line ("RONALD ARKIN: An Interview Conducted by Peter Asaro, ...",
"INTERVIEWEE: Ronald Arkin"; ``oral_cover``)."""

from __future__ import annotations

from . import minutes_notes, oral_cover
from .labels import LabelCandidate


def not_a_turn(found: LabelCandidate, text: str) -> bool:
    """The unit ``text`` that ``found`` opens is a note of the record or a cover line, not a turn."""
    return found.key in minutes_notes.NOTE_KEYS and minutes_notes.note_line(text) or oral_cover.cover_line(found)


def no_warning(c: LabelCandidate) -> bool:
    """A single-use label-shaped line start that is metadata or a note, about which no warning is due."""
    return oral_cover.cover_line(c) or oral_cover.role_line(c) or minutes_notes.record_word(c.label)

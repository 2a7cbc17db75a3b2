"""Who a scribe's initials and nicknames are, from the minutes' own roster (part of turn reading, ``turns``).

Minutes list the participants before the record ("Present: Ben_Francis, Dave_Raggett, ...", "Attendees:" with
one "- Ege Korkan" a line, "Chair: Michael Koster") and then label turns by initials or nickname ("mk:", "dr:",
"jthomas", "ege").  A handle names the one roster name whose initials it is ("mk" Michael Koster), or whose first
name, surname, first initial and surname or whole name it spells ("ege" Ege Korkan, "jthomas" Josh Thomas,
"benfrancis" Ben Francis); a handle that
fits no name, or fits two ("de" for David Ezell and Daniel Eads), keeps its letters.
"""

from __future__ import annotations

import regex as re

from . import labels, people

# A roster entry: two to four capitalised words joined by spaces or by the underscores of an IRC roster
# ("Ben_Francis"), perhaps after a list's bullet, one or several to a line separated by commas.
ROSTER_NAME = re.compile(r"^[^\W\d_][\w'’-]*(?:[ _](?:[^\W\d_][\w'’-]*)){1,3}$")
BULLET = re.compile(r"^\s*(?:[-*•]\s+)?")
# The roster stands before the record: the lines before the first handle's turn, at most this many (a long header
# of prose before the first turn is no roster).
ROSTER_MAX_LINES = 200


def roster(lines: list[str]) -> list[str]:
    """The person names the lines list: each comma-separated entry that is a name (spaces for underscores)."""
    found = []
    for line in lines[:ROSTER_MAX_LINES]:
        text = BULLET.sub("", line, count=1).strip()
        if ":" in text:
            text = text.split(":", 1)[1]
        for entry in text.split(","):
            entry = entry.strip()
            if ROSTER_NAME.match(entry) and entry[:1].isupper():
                name = entry.replace("_", " ")
                if people.is_name_line(name) and name not in found:
                    found.append(name)
    return found


def _spells(handle: str, name: str) -> bool:
    words = [w.casefold() for w in name.split()]
    return handle in ("".join(w[0] for w in words), words[0], words[-1], words[0][0] + words[-1], words[0] + words[-1])


def handle_names(lines: list[str], handles: set[str]) -> dict[str, str]:
    """Handle key -> the one roster name it spells (``lines``: the document's lines before its first turn)."""
    names = roster(lines)
    out = {}
    for handle in handles:
        fits = [name for name in names if _spells(handle, name)]
        if len(fits) == 1:
            out[handle] = fits[0]
    return out


def handle_names_of(text: str, found, accepted: frozenset[str]) -> dict[str, str]:
    """The roster names of a document's accepted lower-case handles (``found``: the candidates of its dialogue's
    lines); the roster is read from the source ``text`` above the first line a handle opens."""
    handles = {c.key for c in found if c and c.key in accepted and c.label.islower()}
    if not handles:
        return {}
    source = text.split("\n")
    first = next((i for i, line in enumerate(source) if (c := labels.candidate(line)) and c.key in handles), 0)
    return handle_names(source[:first], handles)

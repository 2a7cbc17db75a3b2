"""The cover block of an oral history (part of label acceptance, ``label_evidence``; rules "cover-lines" and
"cover-names").

Oral-history collections open a transcript with a cover: "RONALD ARKIN: An Interview Conducted by Peter Asaro,
IEEE History Center, 16 September 2014" (the interviewee in capitals, a credit phrase after the colon), then field
lines "INTERVIEWEE: Ronald Arkin" / "INTERVIEWER: Peter Asaro" / "DATE: ..." / "PLACE: ..." (ETHW and the IEEE
History Center), or "Leonard K. Tower" / "Interviewed by Rebecca Wright" / "Cleveland, Ohio – 4 June 2014" (NASA
JSC).  Those lines are metadata, not turns: a label whose every use opens a credit, or names one party of the
interview with a name for value, is no speaker.  The people the cover names are the interview's speakers: a
label that spells one of them (his surname, "Asaro:", "Wright:") is a speaker's label even where it is used once.
"""

from __future__ import annotations

import regex as re

from . import labels as L
from . import people, vocab
from .label_seen import Evidence, Seen

_ENTRIES = vocab.sections("oral-history-cover.txt")
CREDITS = tuple(entry for section, entry in _ENTRIES if section == "credit")
ROLES = frozenset(entry for section, entry in _ENTRIES if section == "role")
_PHRASES = "|".join(r"\s+".join(map(re.escape, c.split())) for c in CREDITS)
CREDIT = re.compile(rf"^(?:{_PHRASES})\s+(?P<name>.+)$", re.IGNORECASE)
# The interviewer a credit names: the capitalised words after the phrase, up to a comma, a date or the line's end.
CREDITED = re.compile(r"^(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})")
# A cover is read before the dialogue, in at most this many lines (a long page of prose is no cover).
COVER_MAX_LINES = 400


def _credit(rest: str) -> str | None:
    """The interviewer a credit names ("An Interview Conducted by Peter Asaro, IEEE ..." -> "Peter Asaro")."""
    found = CREDIT.match(rest.strip())
    named = found and CREDITED.match(found.group("name"))
    return named.group("name").rstrip(".") if named else None


def _role_field(s: Seen) -> bool:
    """"INTERVIEWEE: Ronald Arkin": a party of the interview, a name for value."""
    return role_line(s.candidate)


def role_line(c: L.LabelCandidate) -> bool:
    """A role field of a cover: "INTERVIEWEE: Ronald Arkin", "Interviewer: Peter Asaro" (a name for value)."""
    return c.key in ROLES and people.is_name_line(people.smart_title(c.rest) if c.rest.isupper() else c.rest)


def cover_lines(ev: Evidence, accepted: set[str]) -> set[str]:
    """Accepted keys whose every use is a cover line: a credit after the label, or a role field (rule
    "cover-lines": subtracted from the accepted labels)."""
    uses: dict[str, list[Seen]] = {}
    for s in ev.every:
        if s.key in accepted:
            uses.setdefault(s.key, []).append(s)
    return {key for key, found in uses.items()
            if all(s.index < COVER_MAX_LINES and (_credit(s.candidate.rest) or _role_field(s)) for s in found)}


def named(ev: Evidence) -> set[str]:
    """The people the cover names: the label of a credit line and the interviewer it credits, the values of the
    role fields, and a line "Interviewed by X" (with the name line above it, the interviewee)."""
    names = set()
    for s in ev.every:
        if s.index >= COVER_MAX_LINES:
            break
        if (credited := _credit(s.candidate.rest)):
            names |= {s.candidate.label, credited}
        elif _role_field(s):
            names.add(s.candidate.rest)
    for index, line in enumerate(ev.lines[:COVER_MAX_LINES]):
        if (credited := _credit(line)):
            names.add(credited)
            above = ev.lines[index - 1].strip() if index else ""
            if _written_as_name(above):  # (by its place above the credit: "Leonard K. Tower", though a tower is a venue)
                names.add(above)
    return {people.smart_title(n) if n.isupper() else n for n in names}


def _written_as_name(line: str) -> bool:
    """Two to four capitalised words or initials, nothing else ("Leonard K. Tower", "Peggy A. Whitson")."""
    words = line.split()
    return 2 <= len(words) <= 4 and all(people.NAME_TOKEN.match(w) for w in words)


def cover_line(found: L.LabelCandidate) -> bool:
    """A label line of the cover, not a turn: a credit after the label ("HERMAN BRUYNINCKX: An Interview Conducted
    by Peter Asaro, ..."), where the same name labels the interviewee's answers later."""
    return bool(found.rest) and _credit(found.rest) is not None


def _spellings(name: str) -> set[str]:
    """The label keys that name a person: the whole name, the surname, first name and surname."""
    words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w)]
    return {L.label_key(name), L.label_key(words[-1]), L.label_key(f"{words[0]} {words[-1]}")} if words else set()


def cover_names(ev: Evidence, accepted: set[str]) -> set[str]:
    """Labels that spell a person the cover names (rule "cover-names"): "Asaro:" and "Arkin:" under "INTERVIEWER:
    Peter Asaro", "Wright:" under "Interviewed by Rebecca Wright", each a speaker's label though used once, where
    a turn can open (a label line with words after it, or alone on its line)."""
    names = named(ev)
    if not names:
        return set()
    keys = set().union(*(_spellings(n) for n in names))
    return {s.key for s in ev.plain if s.key in keys and s.candidate.style == "colon" and not _credit(s.candidate.rest)
            and not _role_field(s)}


def any_cover(ev: Evidence) -> bool:
    """Whether a cover may stand in the document (the rules' cheap test): a credit phrase in its first lines."""
    head = "\n".join(ev.lines[:COVER_MAX_LINES]).casefold()
    return any(credit in head for credit in CREDITS) or any(s.key in ROLES for s in ev.every[:50])

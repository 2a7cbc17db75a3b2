"""A code legend in a transcript's header names the speakers its short labels stand for (part of turns' names).

Research interviews and oral histories label their turns with codes and say once, above the dialogue, who each code
is: ``I = Interviewer`` / ``B = Befragte`` / ``P = Protokollant`` (a German research interview, held-out hp01),
``IV = Interviewer`` / ``IP = Interviewpartner``.  Each legend line holds the code, an equals sign and the name, and
nothing else; the code must be one of the document's accepted labels, and the legend must name at least
``LEGEND_MIN_CODES`` of them (one ``x = 5`` line in a talk about algebra is no legend).
"""

from __future__ import annotations

import regex as re

from . import labels as L

LEGEND_LINE = re.compile(r"^[ \t]*(?P<code>[^\W\d_][\w.]{0,5})[ \t]*=[ \t]*(?P<name>[^\W\d_][^\W\d_'’.\- ]*"
                         r"(?:[ '’.\-][^\W\d_]+){0,4})[ \t]*$", re.M)
# A legend names at least two of the document's codes: an interview has an interviewer and a respondent.
LEGEND_MIN_CODES = 2


def pairs(text: str, accepted: frozenset[str]) -> set[tuple[str, str]]:
    """(label key, the name the document's code legend gives it), none without such a legend."""
    if "=" not in text:
        return set()
    found = {}
    for match in LEGEND_LINE.finditer(text):
        key = L.label_key(match.group("code"))
        if key in accepted and key not in found and match.group("name")[:1].isupper():
            found[key] = match.group("name").strip()
    return set(found.items()) if len(found) >= LEGEND_MIN_CODES else set()

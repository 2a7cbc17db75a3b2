"""The Spanish-language stenographic label: a courtesy title, the name, a full stop and a dash (shape "courtesy-dash").

The Latin American congresses and presidencies print each turn's label on the line of the speech, closed by ".-"
(or ".—"): the Chilean Senate and Congreso Pleno ("El señor ZALDÍVAR, don Andrés (Presidente).- Su Excelencia",
"El señor FREI (Presidente de la República).- Señor Presidente"; the surname in capitals, the given name after
"don"), the Argentine Senate and the Casa Rosada's versiones taquigráficas ("Sr. Presidente (Pampuro).- Tiene la
palabra", "Sr. GOBERNADOR (Gerardo Zamora).- Señora Presidenta", "Sra. PRESIDENTA.- Hola Gerardo"), the Peruvian
Congress ("El señor PRESIDENTE.— Tiene la palabra"), the Uruguayan Parliament ("SEÑOR PRESIDENTE (Ruben
Martínez).- Está abierto el acto").  An article perhaps, a courtesy title (``office-qualifiers.txt``: article,
courtesy; in capitals too), then the name or office -- in capitals or capitalised, a Chilean given name after a
comma and "don"/"doña" --, the office or the chair's name in brackets, the full stop and the dash.  "El señor
presidente dijo.- ..." is no label (the name in lower case).  Style "stop-dash": a pattern only where the document
writes several (``label_seen.RARE_STYLES``).
"""

from __future__ import annotations

import regex as re

from .label_rules import SHAPES, ShapeRule

COURTESY_DASH_LABEL = re.compile(
    r"^(?P<label>(?:[^\W\d_]{1,3}[ ])?[^\W\d_]{2,9}\.?[ ][^\W\d_][\w'’.\-]*(?:[ ][^\W\d_][\w'’.\-]*){0,5}?"
    r"(?:,[ ](?P<given>[^\W\d_]{2,4}[ ][^\W\d_][\w'’\-]*(?:[ ][^\W\d_][\w'’\-]*){0,2}))?)"
    r"(?:[ ]?\((?P<note>[^()\n]{1,160})\))?[ ]?\.[ ]?[-–—](?![-–—])(?:[ \t]*(?P<rest>\S.*)|[ \t]*$)", re.S)
# The given name's title after the comma (Chilean Senate: "ZALDÍVAR, don Andrés").
GIVEN_TITLES = frozenset({"don", "dona"})
# The cheap test: a full stop and a dash within a label's reach of the line start.
HINT = re.compile(r"\)?\.[ ]?[-–—]")
HINT_SPAN = 200


def _may_be(text: str) -> bool:
    return HINT.search(text, 0, HINT_SPAN) is not None


def _name_words(words: list[str]) -> bool:
    """The name or office: in capitals ("ZALDÍVAR", "PRESIDENTE DE LA REPÚBLICA" with its joining words), or
    capitalised ("Presidente", "Pichetto"); a lower-case word other than a joining one makes it a sentence."""
    from .labels import PARTICLES, is_caps

    if is_caps(" ".join(w for w in words if w.casefold() not in PARTICLES)):
        return True
    return all(w[:1].isupper() or w.casefold() in PARTICLES for w in words) and words[0][:1].isupper()


def courtesy_dash_parts(match: re.Match) -> dict | None:
    """An (article and) courtesy title, then a name: "El señor FREI", "Sr. Presidente", "SEÑOR PRESIDENTE"."""
    from .people import COURTESY_ARTICLES, COURTESY_TITLES, fold

    parts = match.groupdict()
    given = parts.pop("given")
    label = parts["label"][:len(parts["label"]) - len(given) - 2] if given else parts["label"]
    words = label.split()
    if fold(words[0]) in COURTESY_ARTICLES and words[0][:1].isupper() and len(words) > 2:
        words = words[1:]
    elif not words[0][:1].isupper():
        return None
    if fold(words[0]).strip(".") not in COURTESY_TITLES or fold(words[0]).strip(".") in GIVEN_TITLES:
        return None
    if not _name_words(words[1:]):
        return None
    if given:
        if not (fold(given.split()[0]) in GIVEN_TITLES and given.split()[1][:1].isupper()):
            return None
        parts["label"] = label  # the given name is the label's note: "El señor ZALDÍVAR" is the label the record repeats
        parts["note"] = ", ".join(p for p in (given, parts["note"]) if p)
    return parts


# before the colon shapes (80): "Sr. Pichetto.- Señor presidente: ..." opens with this label, not with a colon one
SHAPES.register(ShapeRule("stop-dash", COURTESY_DASH_LABEL, _may_be, courtesy_dash_parts, needs="-–—"),
                "courtesy-dash", 81)

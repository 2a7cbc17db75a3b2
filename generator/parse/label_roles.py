"""Full-stop labels with a role after a comma or a group in brackets (shapes of ``label_rules.SHAPES``).

Parliamentary verbatim reports write a speaker who holds an office or sits in a group with the role after the name
and a full stop: the European Parliament's CRE as pasted or translated without its dash ("Schmit, exercising
President of the Council. The Council reminds", "Martin, Hans-Peter (NI). Mr President!"; held-out he10, its bold
read off by the reader) and the Assemblée nationale's compte rendu ("Mme Agnès Buzyn, ministre des solidarités et
de la santé. Monsieur le député"; questions.assemblee-nationale.fr).  A sentence has the same shape ("Yesterday, we
met them. It was", "Vero, okay. Tengo tu CV"), so the shape reads no sentence opening (``role_stop_parts``), keeps
the role in the label's key (``labels.ROLE_KEYED``), and the untitled shape is a pattern only where one speaker's
label recurs with the same role (``label_seen``).
"""

from __future__ import annotations

import regex as re

from . import vocab

_TITLE = "|".join(sorted((re.escape(t.capitalize()) for t in vocab.words("label-titles.txt")), key=len, reverse=True))

# The role (or a given name written after the surname) and the bracketed group are the label's note.  Untitled,
# the shape is a style of its own, "role-stop"; after a courtesy title ("Mme Agnès Buzyn, ministre ...") it is
# "role-period", a full-stop label as "M. Fabrice Brun." is.  Both count as full-stop labels
# (``label_seen.PERIOD_STYLES``); both are tried last (``label_rules.SHAPES``).
_ROLE = r"[^\W\d_][^\n.:;!?*_<>()\[\]\d]{0,80}?"  # (no digit: "Berlin, Dienstag, den 28. Juni" is a dateline)
_STOP_REST = r"(?P<rest>(?:[^\W\d_]|[«\"“„‘(¿¡]).*)"  # the speech opens with a word, not a contents line's ". . . 17881 B"
ROLE_STOP_LABEL = re.compile(
    rf"^(?P<label>[^\W\d_][\w'’\-]*(?:[ ][\w'’\-]+){{0,3}}?)(?:(?:,[ ]+(?P<role>{_ROLE}))?"
    r"[ ]\((?P<note>[^()\n]{1,40})\)|,[ ]+(?P<only>" + _ROLE + r"))\.[ \t]+" + _STOP_REST + "$", re.S)
TITLE_ROLE_STOP_LABEL = re.compile(
    rf"^(?P<label>(?:{_TITLE})\.?(?:[ ][A-Z][\w'’\-]+){{1,3}}),[ ]+(?P<role>{_ROLE})\.[ \t]+{_STOP_REST}$", re.S)

# Function words never stand in a full-stop label's name ("However, the minister said no. She left").
ROLE_STOP_WORDS = frozenset(vocab.words("stop-words.txt")) | frozenset(vocab.words("interjections.txt"))
# Words of the first and second person: a role is written in the third person ("Member of the Commission").
PERSONAL = frozenset(w.strip("'") for _, line in vocab.sections("first-person.txt") for w in line.split())


def _personal(text: str) -> bool:
    """A word of the first or second person stands in ``text`` ("I'm Aaron Boodman, a software engineer.")."""
    return any(word == "I" or word in PERSONAL for word in re.findall(r"[^\W\d_]+", text))


def _bare_name(role: str) -> bool:
    """A role of capitalised words only and no office is a name: the person spoken to ("Awesome, Nicole.", "Hey,
    Lenny."); a role holds a word in lower case ("Member of the Commission", "exercising President of the
    Council", "ministre de la santé") or an office; a given name after the surname comes with the group in
    brackets ("Martin, Hans-Peter (NI).")."""
    from .people import is_office

    return all(word[:1].isupper() for word in role.split()) and not is_office(role)


def role_stop_parts(match: re.Match) -> dict | None:
    """A name, as ``_ep_parts`` reads one (capitalised words, a name's particles; not in capitals: "RATE, RECORD,
    FORWARD." is a checklist's line), that is no sentence's opening: no function word or interjection ("However, the minister said no.", "Yeah, exactly."), no office alone, which
    is the person spoken to ("Mr. Speaker, I thank the hon. member", "Madam Speaker, the hon. member"); a role
    with no first- or second-person word ("Today, my guest is ...") that does not end on an abbreviation's full
    stop ("... the hon.").  The role after the comma (or a given name written after the surname) and the
    bracketed group are the label's note."""
    from .label_rules import ABBREVIATION
    from .labels import PARTICLES
    from .people import is_office_only

    label = match.group("label")
    words = label.split()
    if label.isupper() or any(not word[:1].isupper() and word.casefold() not in PARTICLES for word in words) \
            or any(word.casefold().strip(".") in ROLE_STOP_WORDS for word in words) or is_office_only(label) \
            or _personal(label):
        return None
    parts = match.groupdict()
    role, bracket = parts.pop("role", None) or parts.pop("only", None), parts.get("note")
    parts.pop("only", None)
    if role and (_personal(role) or ABBREVIATION.match(role.split()[-1] + ".")
                 or not bracket and _bare_name(role)):
        return None
    parts["note"] = ", ".join(p.strip() for p in (role, bracket) if p and p.strip()) or None
    return parts


def office_then_holder(label: str, role: str | None) -> bool:
    """An office, then its holder's name after a comma ("DIRECTOR GENERAL DE LA COMISIÓN NACIONAL DEL AGUA, EFRAÍN
    MORALES LÓPEZ:", "SECRETARIA DE MEDIO AMBIENTE Y RECURSOS NATURALES, ALICIA BÁRCENA IBARRA:", the stenographic
    versions of Mexico's presidency): read to ``OFFICE_MAX_CHARS`` like an office with its holder in brackets."""
    from .people import display_name, is_name_line, is_office

    return role is not None and is_office(label) and is_name_line(display_name(role.strip()))

"""The words of a label: its key, its letter case, and the shapes of words that are never a speaker.

In: a label as written.  Out: its key for comparing labels (``label_key``), whether it is in capitals
(``is_caps``, ``letter_case``), an office in capitals (``article_caps``, ``portfolio_office``), a handle, a group
(``collective``), or never a speaker (``not_a_name``, ``never_a_label``).  Split from ``labels`` (which re-exports
every name) along meaning; no behaviour changed.
"""

from __future__ import annotations

import regex as re
from functools import lru_cache

from . import label_courtesy, label_rules as rules, vocab

# Keys that introduce metadata in a header or trailer; the document decides whether one is a label (see the file).
FIELD_KEYS = frozenset(vocab.words("label-field-keys.txt"))

JOINT = re.compile(r"\s(?:and|&|und|et|y|и)\s|,|/", re.I)
# Lower-case words a name or an office label may hold ("Hans de With", "Ms. JONES of Ohio", the Congressional
# Record's "The SPEAKER pro tempore").
PARTICLES = frozenset("de da del della der di du la le van von al el bin ibn ben of the y e mc mac st pro tempore".split())
DETERMINERS = frozenset(vocab.words("label-determiners.txt"))
STOP_WORDS = frozenset(vocab.words("stop-words.txt"))  # function words: never in a name
# The most words a label has: a name ("Dr. Hans Peter von der Leyen" is six with its particles), an office
# ("The Secretary of State for Transport", "O señor CONSELLEIRO DE ECONOMÍA E FACENDA" is seven).
LABEL_MAX_WORDS = 8
# A group or an office is named in one or two lower-case words ("hon. members", "vice-président", "très hon.",
# "présidente suppléante"); three or more are a sentence ("La motion dit ceci:").
COLLECTIVE_MAX_LOWER = 2
# A chat or forum handle used as a label ("darosior:", "sipa:", "kanzure:"): one lower-case word of letters,
# digits, "_", "-" or ".", at least three characters (a shorter one is an abbreviation: "ok:", "pp:").
HANDLE = re.compile(r"^[a-z][a-z0-9_.\-]{2,31}$")
LABEL_KEY_CACHE = 4096  # distinct labels remembered; a corpus file has tens, a worker sees many files

@lru_cache(maxsize=LABEL_KEY_CACHE)
def label_key(label: str) -> str:
    """Case- and spacing-insensitive key for comparing labels (cached: a document repeats its few labels on
    thousands of lines, and every stage asks for their keys)."""
    return SPACES_AND_DOTS.sub(" ", label.replace("’", "'")).strip(" .").casefold()


SPACES_AND_DOTS = re.compile(r"[\s.]+")

# A surname written in capitals keeps the lower case of its prefix ("Mr. McCAIN", "SENATOR DeFRANCISCO", "Mr.
# MacDONALD", "Mr. LaHOOD", "Mr. DeWINE", "Mr. DiNAPOLI"), as US stenographers and the Congressional Record print
# them: the prefix's lower-case letters do not make the label title case.  (Held-out ha03, nysenate/OpenLegislation.)
CAPS_PREFIX = re.compile(r"(?<![^\W\d_])(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)(?=[A-Z]{2})")


@lru_cache(maxsize=LABEL_KEY_CACHE)
def is_caps(label: str) -> bool:
    """A label written in capitals (two letters or more; a surname's "Mc"/"De" prefix may keep its lower case).
    Remembered: the stages ask about a document's few labels once for each line they open (140,000 times on 83
    real transcripts)."""
    letters = [c for c in label if c.isalpha()]
    if len(letters) < 2:
        return False
    if all(c.isupper() for c in letters):
        return True
    return bool(CAPS_PREFIX.search(label)) and is_caps(CAPS_PREFIX.sub(lambda m: m.group(0).upper(), label))


def article_caps(label: str) -> bool:
    """An office in capitals after a capitalised article, as Hansards print the chair's and ministers' labels ("The
    SPEAKER", "The CHIEF WHIP OF THE OPPOSITION", "Le PRÉSIDENT", "The MINISTER OF JUSTICE AND ...")."""
    first, _, rest = label.partition(" ")
    return bool(rest) and first[:1].isupper() and first.casefold() in ARTICLES and is_caps(rest)


ARTICLES = frozenset("the le la les el o der die das il lo".split())  # before an office in capitals


# An office whose portfolio joins two fields with "and" ("The MINISTER OF JUSTICE AND CONSTITUTIONAL DEVELOPMENT",
# "The SECRETARY OF STATE FOR FOREIGN AND COMMONWEALTH AFFAIRS"), as Hansards print ministers' labels: one person,
# though "and" joins two people in a caption ("Merkel and Putin:").  An article, the office, a preposition, then the
# fields; no article after the conjunction ("The President of Russia and the Chancellor" are two).  Written in
# capitals after the article: in title case such a line is as often a heading ("The History of War and Peace:").
PORTFOLIO_OFFICE = re.compile(
    r"^(?P<article>(?:The|La|Le|El|Der|Die|Il|Lo)[ ])?(?:[A-Z][A-Z'’\-]*[ ]){1,4}(?:OF|FOR|DE|DU|DES|FÜR|DEL|DI|DELLA)[ ]"
    r"(?:[A-Z][A-Z'’\-]*[ ]){1,4}(?:AND|&|ET|UND|Y|E)[ ](?!(?:THE|LA|LE|EL|DER|DIE)\b)[A-Z][A-Z'’\-]*(?:[ ][A-Z][A-Z'’\-]*){0,4}$")


def portfolio_office(label: str) -> bool:  # (no article: the first word an office, "SECRETARIA DE MEDIO AMBIENTE Y ...")
    from .people import is_office
    return " " in label and bool(m := PORTFOLIO_OFFICE.match(" ".join(label.split()))) and (
        m.group("article") is not None or is_office(label.split()[0]))


_is_caps = is_caps  # the name used before the split


@lru_cache(maxsize=LABEL_KEY_CACHE)
def letter_case(label: str) -> str:
    """'caps', 'title' or 'caseless' (a script without capitals: "主席", "陳志全議員")."""
    if is_caps(label):
        return "caps"
    return "title" if any(c.isupper() or c.islower() for c in label) else "caseless"


def never_a_label(label: str) -> bool:
    """Shapes that are never a speaker (``not_a_name``), and field keys ("Source", "CC") when asked without a
    document: with a document, ``accept_labels`` lets a field key through where the document uses it as one."""
    return label_key(label) in FIELD_KEYS or not_a_name(label)


def handle(label: str) -> bool:
    """A label written as a lower-case handle: ``not_a_name`` refuses it (a lower-case word), the document's
    evidence may accept it (``label_evidence``: it recurs where the other labels stand and is no word of the
    text)."""
    return bool(HANDLE.match(label)) and label not in STOP_WORDS


@lru_cache(maxsize=LABEL_KEY_CACHE)
def not_a_name(label: str) -> bool:
    """Shapes that are never a speaker: a web address, a joint caption, a phrase, too many words.  Digits do not
    decide ("C6", "BELL 7", "Dawn 1", "Ghost43" are call signs; "Part 2" once is a heading): the document's
    evidence does."""
    key = label_key(label)
    if key.split(" ")[0] in {"http", "https", "www"}:
        return True
    if JOINT.search(label) and not portfolio_office(label):
        return True
    words = label.replace(".", ". ").split()
    lowercase = [w for w in words if w[0].islower() and w.casefold() not in PARTICLES]
    return (bool(lowercase) and not collective(label) and not rules.FR_OFFICE.match(label)
            and not label_courtesy.courtesy_caps(label) or len(words) > LABEL_MAX_WORDS)


@lru_cache(maxsize=LABEL_KEY_CACHE)
def collective(label: str) -> bool:
    """A label for a group, an unnamed member or an office, written partly in lower case: a capitalised
    determiner or article, then lower-case words or abbreviations, then perhaps a name ("Some hon. members", "An
    hon. member", "Des voix", "Plusieurs voix", "Le vice-président", "Le très hon. Jean Chrétien").  The lower-case
    words are never function words ("The answer is" is a phrase)."""
    words = label.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].casefold() not in DETERMINERS \
            or not words[1][:1].islower():
        return False
    lower = [w for w in words[1:] if w[:1].islower()]
    name = words[1 + len(lower):]
    return len(lower) <= COLLECTIVE_MAX_LOWER and all(w[:1].isupper() for w in name) \
        and not any(w.casefold() in STOP_WORDS for w in lower)

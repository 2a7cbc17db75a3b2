"""Names, offices and honorifics: the shared vocabulary for finding people in text.

``people_in(text)`` -> ``Person`` records for "ROLE NAME" ("US Secretary of State
Rex Tillerson") and "NAME, ROLE" ("John Kerry, Secretary of State") phrases.
``is_name_line``, ``is_office``, ``is_venue`` classify the short lines of header
blocks.  ``display_name`` turns a label as written ("MS. PSAKI", "S.Lavrov")
into a name for readers ("Ms. Psaki", "S. Lavrov").
"""

from __future__ import annotations

import regex as re
import unicodedata
from functools import lru_cache
from difflib import SequenceMatcher

from . import vocab
from ..model import Person

OTHER_OFFICES = frozenset(vocab.words("offices.txt"))  # Präsident, Bundesministerin, ministre, Attorney-General ...

OFFICE_WORDS = frozenset(
    """minister secretary president vice prime chancellor ambassador envoy spokesperson spokesman
    spokeswoman director chairman chairwoman chair senator governor mayor representative congressman
    congresswoman commissioner chief deputy king queen prince general admiral colonel judge justice
    attorney editor host anchor correspondent professor ceo founder head premier foreign state affairs
    defense defence secretary-general leader speaker counsel adviser advisor officer commander
    press coordinator undersecretary under assistant permanent""".split()
) | OTHER_OFFICES
HONORIFICS = frozenset(
    """mr mrs ms miss dr prof sen rep gen col amb rev hon sir dame lord lady secretary president
    minister senator governor mayor ambassador chairman chair chancellor premier general admiral
    judge justice congressman congresswoman representative prime vice foreign deputy""".split()
) | OTHER_OFFICES | frozenset(vocab.words("honorifics.txt"))
VENUE_WORDS = frozenset(
    """guesthouse house hall hotel palace center centre building room office embassy ministry studio
    club institute university library museum conference forum headquarters kremlin square park airport
    base auditorium theatre theater arena stadium street avenue lodge residence chamber senate
    parliament court courthouse church cathedral school college campus plaza tower""".split()
)
CONNECTORS = frozenset({"of", "the", "for"})


# Words that may follow an office word inside an office ("VICEPRESIDENTE PRIMEIRO", "The SPEAKER pro tempore"),
# that join an office to what it is of ("PRESIDENTE DA MESA DE IDADE"), and the article and courtesy title that
# open a session diary's label ("O señor PRESIDENTE", "La señora VICEPRESIDENTA"); see the data file.
_AROUND = {part: frozenset(w for section, entry in vocab.sections("office-qualifiers.txt") if section == part
                           for w in entry.split()) for part in ("qualifier", "connector", "article", "courtesy")}
OFFICE_QUALIFIERS, OFFICE_CONNECTORS = _AROUND["qualifier"], _AROUND["connector"]
COURTESY_ARTICLES, COURTESY_TITLES = _AROUND["article"], _AROUND["courtesy"]
LOWER_INSIDE = CONNECTORS | OFFICE_CONNECTORS | OFFICE_QUALIFIERS - {"maior", "mayor", "major"} | {"and"}
PARTICLES = frozenset({"de", "van", "von", "al", "bin", "o"})  # words inside names ("Hans de With", Irish "Aengus Ó Snodaigh")
ARTICLES = frozenset("the a an this that these those".split())
LEADING_WORDS = frozenset("the a an this that these those in on at but and as if it we he she they i our their his her "
                          "when while after before former late then i'm i've i'd i'll it's that's here's there's "
                          "we're he's she's dear maybe perhaps yes no well so now okay ok "
                          # a heading or a credit before a name: "About Ronald Arkin", "Interview with Jane Doe",
                          # "How Jekaterina started freelancing", "What Alexey learned" (second large corpus)
                          "about with by from how what why where which whose".split()) \
    | frozenset(vocab.words("interjections.txt")) | frozenset(vocab.words("greetings.txt"))  # "Oh Monica", "Bonjour Julian"
WORD = r"[A-Z][\w'’.-]*"
RUN = re.compile(rf"{WORD}(?:[ \t]+(?:{WORD}|of|the|for))*")
NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?|[A-Z]\.|[A-Z][a-z]?[A-Z][a-z'’-]+|[A-Z]['’][A-Z][a-z]+)$")
# "John Kerry, Secretary of State".  Words are possessive (a word is followed by a space or the comma, never by
# more of itself); the second alternative consumes a capitalised word that starts no name-and-role, because a
# start inside it would end at the same place and fail the same way (without it a long capitalised token is
# re-read from each of its letters: quadratic).
NAME_ROLE = re.compile(rf"(?P<name>{WORD}+(?:[ \t]+{WORD}+){{1,3}}),[ \t]+(?:the[ \t]+)?"
                       rf"(?P<role>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|the|for))*)|{WORD}+")
ROLE_AFTER_COMMA = re.compile(r",[ \t]+(?:the[ \t]+)?[A-Z]")  # what NAME_ROLE needs after the name: a line
# without it holds no name and role, and is not scanned word by word
INITIAL_NAME = re.compile(r"^(?P<initials>(?:[A-Z]\.\s?){1,3})(?P<surname>[A-Z][\w'’-]+)$")
ABBREVIATION = re.compile(r"^(?:[A-Z]\.|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Jr\.|Sr\.|Prof\.|Gen\.|(?:[A-Z]\.){2,})$")
POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accent-free form for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'")


def is_office(text: str) -> bool:
    """Some word is an office ("Secretary of State", "Attorney-General", "Bundesministerin für Umwelt")."""
    return any(fold(w).strip(".,") in OFFICE_WORDS for w in re.split(r"[\s-]+", text))


@lru_cache(maxsize=4096)
def is_office_only(text: str) -> bool:
    """An office and no name: "The Prime Minister", "THE VICE PRESIDENT", "Mr Speaker", "The Home Secretary",
    "The Secretary of State for Transport", "PRESIDENTE DA MESA DE IDADE", "VICEPRESIDENTE PRIMEIRO", "The
    SPEAKER pro tempore"; not "President Biden" or "Präsident Dr. Norbert Lammert" (a name follows the office
    words) nor "John Smith"."""
    words = [fold(w).strip(".,") for w in display_name(text).split()]
    offices = [at for at, word in enumerate(words) if word in OFFICE_WORDS]
    if not offices:
        return False
    after = offices[0]
    while after < len(words) and (words[after] in OFFICE_WORDS or words[after] in OFFICE_QUALIFIERS):
        after += 1
    return after == len(words) or words[after] in CONNECTORS or words[after] in OFFICE_CONNECTORS


def is_venue(text: str) -> bool:
    return any(fold(w).strip(".,") in VENUE_WORDS for w in text.split())


def is_name_line(text: str) -> bool:
    """A line that is a person's name and nothing else: "John Kerry"."""
    tokens = text.strip().split()
    if not 2 <= len(tokens) <= 4 or is_office(text) or is_venue(text):
        return False
    return all(NAME_TOKEN.match(_unaccented(t)) or fold(t) in PARTICLES for t in tokens)


def _unaccented(word: str) -> str:
    """"Ménard" -> "Menard": an accented name has the shape of a name ("Réal Ménard", "Siôn Simon")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _split_run(tokens: list[str]) -> Person | None:
    """Split "Russian Foreign Minister Sergey Lavrov" into role and name."""
    name: list[str] = []
    for token in reversed(tokens):
        word = fold(token).strip(".")
        if token in CONNECTORS or word in OFFICE_WORDS or word in HONORIFICS or not NAME_TOKEN.match(token) \
                or (word.endswith("s") and word[:-1] in HONORIFICS):
            break  # an office or honorific ("Herr", "Mr", "Doctors Fauci and Birx") ends the name
        name.insert(0, token)
    if len(name) == 3 and len(tokens) > 3 and tokens[-4] in CONNECTORS:
        name.pop(0)  # "President of Russia Vladimir Putin": Russia belongs to the office
    if not name or len(name) > 3:
        return None
    role_tokens = tokens[: len(tokens) - len(name)]
    while name and fold(name[0]) in LEADING_WORDS:  # "I'm Lester Holt": the words before are not an office
        name.pop(0)
        role_tokens = []
    lead = max((i for i, token in enumerate(name) if fold(token) in LEADING_WORDS), default=-1)
    if lead >= 0:  # "Y'all I'm Helen" (joined caption lines): a name starts after its last leading word
        name, role_tokens = name[lead + 1:], []
    if not name:
        return None
    while role_tokens and fold(role_tokens[0]) in ARTICLES:
        role_tokens.pop(0)
    while role_tokens and _courtesy(role_tokens[-1]):  # "Präsident Dr.": the office is "Präsident"
        role_tokens.pop()
    while role_tokens and _courtesy(role_tokens[0]) and len(role_tokens) > 1:  # "Herr Abgeordneter"
        role_tokens.pop(0)
    if role_tokens and all(_courtesy(t) for t in role_tokens):  # "Mr John Smith", "Herr Weirich": no office
        role_tokens = []
    role = " ".join(role_tokens).strip()
    if role and not is_office(role):
        return None
    if len(name) == 1 and not role:
        return None
    return Person(" ".join(name), role or None)


SPLIT_CACHE = 1 << 16  # runs of capitalised words: a document repeats its few hundred thousands of times


@lru_cache(maxsize=SPLIT_CACHE)
def _split_words(tokens: tuple[str, ...]) -> Person | None:
    """``_split_run``, remembered ("The", "I" and "Mr. Smith" open thousands of runs)."""
    return _split_run(list(tokens))


def _courtesy(token: str) -> bool:
    """An honorific that is no office: "Mr", "Dr.", "Herr", "Frau"."""
    word = fold(token).strip(".")
    return word in HONORIFICS and word not in OFFICE_WORDS


def _sentence_runs(words: str, shortest: int) -> list[tuple[str, ...]]:
    """The runs of one match of ``RUN``, split where a word ends a sentence ("Tillerson. President"); runs shorter
    than ``shortest`` words are left out."""
    if "." not in words:
        run = tuple(words.split())  # no word ends a sentence: one run
        return [run] if len(run) >= shortest else []
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    for token in words.split():
        current.append(token)
        if token.endswith(".") and not ABBREVIATION.match(token):
            current[-1] = token[:-1]
            if len(current) >= shortest:
                runs.append(tuple(current))
            current = []
    if current and len(current) >= shortest:
        runs.append(tuple(current))
    return runs


@lru_cache(maxsize=4)
def _runs(text: str) -> tuple[tuple[str, ...], ...]:
    """Runs of capitalised words, split where a word ends a sentence (remembered for the last few texts).
    ``_long_runs`` reads the runs of two words or more; this reading of every run is kept for the tests that
    compare."""
    return tuple(run for words in RUN.findall(text) for run in _sentence_runs(words, 1))


@lru_cache(maxsize=4)
def _long_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """Runs of two capitalised words or more, split where a word ends a sentence ("Tillerson. President")
    (remembered for the last few texts: a document's text is read for people with offices, then for names).  A
    run of one word names no one with an office, and gives no full name; most runs are one word (a sentence's
    first), and a match without a space or tab is one word: it is not split."""
    return tuple(run for words in RUN.findall(text) if " " in words or "\t" in words
                 for run in _sentence_runs(words, 2))


def people_in(text: str) -> list[Person]:
    """People named with their office in ``text``, in order of appearance."""
    found: list[Person] = [person for run in _long_runs(text) if (person := _with_office(run))]
    # A name and its role are written on one line with a comma between them ("John Kerry, Secretary of State"):
    # only lines where a comma is followed by what a role opens with are scanned, each once, found in one search
    # of the text (neither pattern crosses a line end, so each line reads as in the text)
    position = 0
    while hit := ROLE_AFTER_COMMA.search(text, position):
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        end = len(text) if end < 0 else end
        line, position = text[start:end], end + 1
        last = line.rfind(",")  # (a name and role hold a comma after the name: no match starting after the last one does)
        for match in NAME_ROLE.finditer(line):
            if match.start() > last:
                break
            if match.group("name") and is_name_line(match.group("name")) and is_office(match.group("role")):
                found.append(Person(match.group("name"), match.group("role")))
    return found


def names_in(text: str) -> list[str]:
    """Capitalised two- and three-word names in ``text`` (no offices, no venues)."""
    return [name for run in _long_runs(text) if (name := _full_name(run))]


@lru_cache(maxsize=SPLIT_CACHE)
def _with_office(run: tuple[str, ...]) -> Person | None:
    """The person with an office that a run of capitalised words names, if any (remembered per run)."""
    tokens = list(run)
    if tokens and POSSESSIVE.search(tokens[-1]):
        tokens[-1] = POSSESSIVE.sub("", tokens[-1])
    while tokens and tokens[-1] in CONNECTORS:
        tokens.pop()
    person = _split_words(tuple(tokens))
    return person if person and person.role else None


@lru_cache(maxsize=SPLIT_CACHE)
def _full_name(run: tuple[str, ...]) -> str | None:
    """The two- or three-word name (not a venue) that a run of capitalised words gives, if any (remembered)."""
    person = _split_words(tuple(POSSESSIVE.sub("", t) for t in run))
    return person.name if person and " " in person.name and not is_venue(person.name) else None


def smart_title(word: str) -> str:
    """"O'ROURKE" -> "O'Rourke", "MCCAIN" -> "McCain", "PSAKI" -> "Psaki"."""
    if not word.isupper() or len(word) <= 1:
        return word
    lower = word.lower()
    titled = re.sub(r"(^|[-'’])(\w)", lambda m: m.group(1) + m.group(2).upper(), lower)
    if re.match(r"^Mc\w", titled):
        titled = "Mc" + titled[2:].capitalize()
    return titled


# The prefix of a surname in capitals keeps its lower case ("SENATOR DeFRANCISCO", "Mr. McCAIN"): see
# ``labels.CAPS_PREFIX``; the reader sees "Senator DeFrancisco".
CAPS_PREFIX = re.compile(r"(?<![^\W\d_])(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)(?=[A-Z]{2})")


def _title_word(word: str) -> str:
    """``smart_title``, keeping a surname prefix written in lower case ("DeFRANCISCO" -> "DeFrancisco")."""
    prefix = CAPS_PREFIX.match(word)
    return prefix.group(0) + smart_title(word[prefix.end():]) if prefix else smart_title(word)


# Capitals only Turkish (and Azerbaijani) write: a label in capitals holding one is lowered by Turkish rules, where
# "I" is dotless "ı" and "İ" is "i" (Python's ``lower`` makes "İ" an "i" with a combining dot; TBMM records' labels).
TURKISH_CAPS = re.compile("[İŞĞ]")
TURKISH_LOWER = str.maketrans({"I": "ı", "İ": "i"})
LABEL_FORMS_CACHE = 1 << 14  # distinct labels remembered: a document asks about its few hundred again and again


@lru_cache(maxsize=LABEL_FORMS_CACHE)
def display_name(label: str) -> str:
    """Reader-facing form of a label: spacing after initials (a tokenised "B . Alasdair" is "B. Alasdair"), no shouting."""
    text = re.sub(r"\.(?=[A-Za-z])|(?<=\b[A-Z])[ ]\.(?=[ ])", ". ", label.strip())
    text = re.sub(r"\s+", " ", text)
    letters = [c for c in CAPS_PREFIX.sub(lambda m: m.group(0).upper(), text) if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        words = text.split()  # "PRESIDENTE DA MESA DE IDADE" -> "Presidente da Mesa de Idade"
        if TURKISH_CAPS.search(text):  # "SEYFETTİN YILMAZ" -> "Seyfettin Yılmaz", not "Seyfetti̇n Yilmaz"
            return " ".join(w[0] + w[1:].translate(TURKISH_LOWER).lower() for w in words)
        text = " ".join([_title_word(words[0])] + [w.lower() if fold(w) in LOWER_INSIDE else _title_word(w)
                                                   for w in words[1:]])
    return _hearing_style(text)


HEARING_NAME = re.compile(r"^(?P<titles>(?:[A-Z][a-z]+\.?\s+)+)(?P<name>[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})*)"
                          r"(?P<tail>\s+pro\s+tempore|\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?$")


def _hearing_style(text: str) -> str:
    """"Mr. SMITH", "The CHAIRMAN", "Senator KENNEDY", "Ms. JONES of Ohio", "The SPEAKER pro tempore" (the
    congressional record's labels): the name in capitals after title-case words is the record's typography, not
    an acronym."""
    match = HEARING_NAME.match(text)
    if not match:
        return text
    return match.group("titles") + " ".join(smart_title(w) for w in match.group("name").split()) + (match.group("tail") or "")


@lru_cache(maxsize=LABEL_FORMS_CACHE)
def surname_and_titles(label: str) -> tuple[tuple[str, ...], str]:
    """("SECRETARY KERRY") -> (("Secretary",), "Kerry"); titles are honorifics and offices (remembered)."""
    words = display_name(label).split()
    titles = []
    while len(words) > 1 and (fold(words[0]).strip(".") in HONORIFICS or _courtesy_before_name(words)
                              or _rank_before_honorific(words)):
        titles.append(words.pop(0))
    return tuple(titles), " ".join(words)


# Words that are part of a title only before an honorific, as Westminster Hansards write a privy councillor
# ("Right Hon. Jean Chrétien", "The Right Honourable ...", "Rt. Hon. ..."; Canadian and UK Hansard); alone they
# open names and sentences ("The Chair", "Wright").
# Only before "Hon."/"Honourable" or another such word: "The Prime Minister" is an office, not a title and a name.
RANK_BEFORE_HONORIFIC = frozenset({"the", "right", "rt"})
HONOURABLE = frozenset({"hon", "honourable", "honorable"})


def _rank_before_honorific(words: list[str]) -> bool:
    following = fold(words[1]).strip(".")
    return (fold(words[0]).strip(".") in RANK_BEFORE_HONORIFIC and len(words) >= 3
            and (following in HONOURABLE or following in RANK_BEFORE_HONORIFIC - {"the"}))


# French courtesy titles that also read as an initial ("M. Smith") or hold an apostrophe ("L'hon."): a title
# only before a given name and a surname ("M. Réal Ménard", "L'hon. Allan Rock"), never before one word.
COURTESY_BEFORE_NAME = frozenset({"m.", "mm.", "l'hon.", "l'hon", "hon."})


def _courtesy_before_name(words: list[str]) -> bool:
    return (fold(words[0]) in COURTESY_BEFORE_NAME and len(words) >= 3
            and all(w[:1].isupper() and len(w.strip(".")) >= 2 for w in words[1:3]))


def inverted_name(text: str) -> str | None:
    """"Howard, John" -> "John Howard"; "John Howard" stays; an organisation ("Liberal Party of
    Australia") gives None."""
    text = text.strip()
    if "," in text:
        last, _, first = text.partition(",")
        text = f"{first.strip()} {last.strip()}"
    return text if is_name_line(text) else None


@lru_cache(maxsize=1 << 16)
def same_person(a: str, b: str) -> bool:
    """Same surname, and first names that agree: equal, an initial, a short form or a transliteration
    ("S. Lavrov", "Sergei Lavrov", "Sergey Lavrov"; "Tim May", "Timothy C May")."""
    ta, tb = name_tokens(a), name_tokens(b)
    if len(ta) < 2 or len(tb) < 2 or ta[-1] != tb[-1] or is_office_only(a) or is_office_only(b):
        return False  # "The Vice President" is not "The President": an office is no first name and surname
    if ta[-1].isdigit():  # a numbered voice's number is no surname: "Conseiller municipal 2" is not "Conseiller
        return False  # d'opposition 2" (held-out hk02), "Guest 2" not "Caller 2"
    given_a, given_b = [t for t in ta[:-1] if len(t) > 1], [t for t in tb[:-1] if len(t) > 1]
    if given_a and given_b:  # spelled-out given names decide: "M. Antoine Dubé" is "Mr. Antoine Dubé", and
        return any(_same_given(x, y) for x in given_a for y in given_b)  # "M. Greg Thompson" is not "Myron Thompson"
    return _same_given(ta[0], tb[0])


def _same_given(first_a: str, first_b: str) -> bool:
    """Two given names that may be one person's: equal, an initial, a short form or a transliteration."""
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    if first_a.startswith(first_b) or first_b.startswith(first_a):  # "Tim", "Timothy"; but a compound given
        shorter, longer = sorted((first_a, first_b), key=len)  # name is its own: "Jean" is not "Jean-Guy"
        return len(shorter) >= 3 and longer[len(shorter):len(shorter) + 1] not in ("-", "‐")
    if first_a[0] != first_b[0]:
        return False
    similar = SequenceMatcher(None, first_a, first_b)  # the quick ratios bound the ratio from above, cheaply
    return similar.real_quick_ratio() >= 0.7 and similar.quick_ratio() >= 0.7 and similar.ratio() >= 0.7


@lru_cache(maxsize=1 << 16)
def name_tokens(name: str) -> tuple[str, ...]:
    """Folded name words without honorifics: "Ms. Psaki" -> ("psaki",), "S.Lavrov" -> ("s", "lavrov")."""
    _, rest = surname_and_titles(name)
    return tuple(fold(t).strip(".") for t in rest.replace(".", ". ").split())


def initial_form(name: str) -> tuple[str, str] | None:
    """"S. Lavrov" -> ("s", "lavrov"); None for a full name."""
    match = INITIAL_NAME.match(name.replace(" ", "") if "." in name else name)
    if not match:
        return None
    return fold(match.group("initials")[0]), fold(match.group("surname"))

"""Names in the text around a monologue (part of stage 3, header; used by ``monologue``).

A person's name read from a front-matter value, a header line, a byline or a title: "Howard, John" -> "John
Howard", "Jane Doe (Acme)" -> "Jane Doe", "CHANNEL | PERSON" -> the person, "White House Press Secretary Karine
Jean-Pierre on ..." -> "Karine Jean-Pierre", "Cristina Fernández de Kirchner" with her compound surname; a name in
Chinese, Japanese or Korean script as a short run of its characters.

In: a string.  Out: the name, or None.
"""

from __future__ import annotations

import regex as re

from . import labels, people, vocab

# (bounded: a line of "[a](b[a](b..." must not make each "[" scan the rest of the line, which is quadratic)
LINK = re.compile(r"\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)|\[[^\]\n]{0,500}+")
MARKUP = re.compile(r"[*_`]+")
NAME_WORDS_MAX = 4  # "Joseph R. Biden Jr.": a name is at most four words
CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af・]{2,8}")  # "松田悟志", "김민수":
# a name in these scripts runs two to four characters, a foreign name in katakana with "・" up to eight
HEADER_COLON = re.compile(r"\s*[:：]\s*")  # a field's key and value, with a Latin or a full-width colon
FIELD_SEPARATOR = re.compile(r"\s+[|｜]\s+")  # several fields on one meta line: "Host: NAME | Date: DATE"
NAME_PARTICLES = frozenset("de da del della der di du la le van von al bin ibn ben".split())  # as labels.PARTICLES
NAME_JOINERS = frozenset(vocab.words("name-joiners.txt"))  # "NAME and NAME": two people
SURNAME_JOINERS = frozenset("de da do dos das di van von".split())  # one particle joining a second surname to
# the first ("Cristina Fernández de Kirchner", "Javier Pérez de Cuéllar", "Luiz Inácio da Silva"); an article
# after it ("de la", "del") opens a phrase of the title as often as a name ("... de la Asamblea"), so it does not join


def _plain(text: str) -> str:
    # (a link opens with "[" and markup is one of "*_`": a text without them is not scanned for them)
    if "[" in text:
        text = LINK.sub(lambda m: m.group(0) if m.group(1) is None else m.group(1), text)
    return MARKUP.sub("", text) if "*" in text or "_" in text or "`" in text else text


def _name_words(run: str, minimum: int) -> str | None:
    """The capitalised words at the start of ``run`` that make a name (at least ``minimum`` of them)."""
    words = []
    for word in run.split():
        stripped = word.strip(",.;:!?)\"”")
        if not stripped or not stripped[0].isupper() or people.fold(stripped) in people.LEADING_WORDS \
                or people.is_office(stripped) and not words:
            break
        words.append(stripped)
        if stripped != word:
            break
    return " ".join(words) if len(words) >= minimum else None


def _person(value: object) -> str | None:
    """A person's name from a front-matter value or a header-line value ("Howard, John" -> "John Howard"); a
    name in Chinese or Japanese script ("松田悟志") is a short run of its characters, with no capitals to show it."""
    if not isinstance(value, str) or not value.strip() or len(value.split()) > 8:
        return None
    if CJK_NAME.fullmatch(value.strip()):
        return value.strip()
    if CJK_NAME.fullmatch(first := value.split()[0]):
        return first  # "최정규 그룹장 (LG AI연구원)": the name, then the person's rank and organisation
    if found := people.inverted_name(value):
        return found
    name = re.split(r"\s+[(\[–—-]\s*|,\s+", value.strip())[0]  # "Jane Doe (Acme)", "Jane Doe, CEO of Acme"
    return name if _name_words(name, 1) == name and len(name.split()) <= 4 else None


def _segment_person(value: object) -> str | None:
    """``_person`` of a value, or of the one segment of "CHANNEL | PERSON" that is a person's name (a video
    archive's ``author: "AI News & Strategy Daily | Nate B Jones"``); two names among the segments are two people."""
    if not isinstance(value, str) or not FIELD_SEPARATOR.search(value):
        return _person(value)
    names = [name for part in FIELD_SEPARATOR.split(value) if (name := _person(part.strip()))]
    return names[0] if len(names) == 1 else None


def _key_value(part: str) -> tuple[str, str, str]:
    """``part.partition(":")`` for a Latin colon or a full-width one ("パーソナリティ：松田悟志")."""
    found = HEADER_COLON.search(part)
    return (part[:found.start()], found.group(), part[found.end():]) if found else (part, "", "")


def _after_office(run: str) -> str | None:
    """The name in a capitalised run that may open with an office: "White House Press Secretary Karine
    Jean-Pierre on ..." -> "Karine Jean-Pierre", "President Joseph R. Biden, Jr." -> "Joseph R. Biden"."""
    words: list[str] = []
    run_words = run.split()
    for at, word in enumerate(run_words):
        stripped = word.rstrip(",;:")
        if not words and people.is_office(stripped):  # "av statsminister Ulf Kristersson": an office in lower case
            words.append(stripped)
            continue
        if not stripped[:1].isupper() and stripped not in NAME_PARTICLES:
            if _joins_second_person(stripped, run_words[at + 1:at + 3]):
                return None  # "Vortrag von NAME und Dr. NAME": two speakers, not one
            break
        words.append(stripped)
        if stripped != word:
            break
    offices = [i for i, w in enumerate(words) if people.fold(w).strip(".") in people.HONORIFICS or people.is_office(w)]
    while words and words[-1] in NAME_PARTICLES:
        words.pop()
    name = words[offices[-1] + 1:] if offices else words
    if len(name) < (1 if offices else 2) or name[0] in NAME_PARTICLES:  # "du Président de la République": the
        return None  # office's complement, no name
    # a title in title case runs on after the name ("Joe Biden Marking Four Years ..."): first name and surname,
    # with a middle initial or particle between them ("Joseph R. Biden", "Ursula von der Leyen")
    middle = 1
    while middle < len(name) - 1 and middle < NAME_WORDS_MAX - 1 and (
            re.fullmatch(r"[A-Z]\.", name[middle]) or people.fold(name[middle]) in NAME_PARTICLES):
        middle += 1
    return " ".join(name[:_compound_surname(name, middle + 1)])


def _joins_second_person(word: str, after: list[str]) -> bool:
    """``word`` is a conjunction ("and", "und", "et": ``data/name-joiners.txt``) and a person follows it: a title of
    address or an office ("Dr. Patrick Hedfeld", "Prime Minister Modi"), or two capitalised words of a name ("Ana
    Lopez"), not a place ("och Sveriges regering")."""
    if word.casefold() not in NAME_JOINERS or not after or not after[0][:1].isupper():
        return False
    first = after[0].rstrip(",;:")
    return people.fold(first).strip(".") in people.HONORIFICS or people.is_office(first) \
        or len(after) == 2 and people.is_name_line(" ".join(w.rstrip(",;:") for w in after))


def _compound_surname(name: list[str], end: int) -> int:
    """Where a name that ends at ``end`` ends once a compound surname is joined: one particle of
    ``SURNAME_JOINERS`` and one capitalised word that closes the run of capitalised words (a word after it, or
    an office or a venue, is a phrase of the title: "Juan Pérez de Madrid Capital")."""
    if end + 2 != len(name) or people.fold(name[end]) not in SURNAME_JOINERS:
        return end
    last = name[end + 1]
    if not last[:1].isupper() or people.is_office(last) or people.is_venue(last):
        return end
    return end + 2


SIGNATURE_BLOCKS = 10  # a speech page's own head above the speech: two title lines, a subtitle, date and place, the
# office, the name (hi02: seven one-line blocks); a name further down is in the speech
HEAD_LINE_CHARS = 80  # a line of that head is short (a title, "(2019年2月16日，慕尼黑)", an office); a longer one is speech
CJK_OFFICES = tuple(sorted(vocab.words("offices-cjk.txt"), key=len, reverse=True))


def _office_line(text: str) -> bool:
    """A line that is an office: office words ("Secretary of State"), or a run of Chinese or Japanese that ends
    with one ("中央外事工作委员会办公室主任")."""
    line = _plain(text).strip()
    if CJK_NAME.search(line) and " " not in line:
        return line.endswith(CJK_OFFICES)
    return people.is_office(line) and not people.is_name_line(line)


def _name_alone(text: str) -> str | None:
    line = _plain(text).strip()
    if CJK_NAME.fullmatch(line) and len(line) <= 4:
        return line  # a Chinese or Korean name runs two to four characters
    words = [people.fold(word).strip(".,") for word in line.split()]
    return line if people.is_name_line(line) and not any(w in labels.STOP_WORDS for w in words) else None  # not
    # "For Immediate Release" under "Office of the Press Secretary": function words are never in a name


def signature(texts: list[str]) -> tuple[str, int] | None:
    """(the name, how many opening blocks are the head) where a speech page's head names its speaker the way a
    signature does: a name alone on a line beside a line of its office ("中央外事工作委员会办公室主任 / 杨洁篪",
    "Antony J. Blinken / Secretary of State"), every block down to them one short line, and text after them."""
    for at, text in enumerate(texts[:SIGNATURE_BLOCKS]):
        if "\n" in text.strip() or len(text.strip()) > HEAD_LINE_CHARS:
            return None  # the speech has begun: a signature stands above it
        name = _name_alone(text)
        if not name:
            continue
        if at and _office_line(texts[at - 1]):
            end = at + 1
        elif at + 1 < len(texts) and _office_line(texts[at + 1]) and len(texts[at + 1]) <= HEAD_LINE_CHARS:
            end = at + 2
        else:
            continue
        return (name, end) if end < len(texts) else None
    return None


AUTHOR_KEYS = ("author", "authors", "creator")  # the front-matter keys naming a page's writer (as ``monologue``'s)
INTRO_CHARS = 400  # the opening sentences, where a host introduces themselves (``monologue.OPENING_CHARS``)


def author_introduced(front_matter, text: str) -> str | None:
    """The one author the front matter names, where the opening of ``text`` has them introduce themselves by
    name with a word that follows a name in a self-introduction ("こんにちは、ナオです。": ``intro-after`` of
    ``data/monologue-evidence.txt``): a show's host speaks the text, however rarely a language that drops its
    pronouns says "I" (a Japanese podcast says 私 in one word of 250)."""
    front = dict(front_matter)
    given = [front.get(key) for key in AUTHOR_KEYS]
    values = [v for value in given for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    name = _person(values[0]) if len(values) == 1 else None
    opening = _plain(text[:INTRO_CHARS])
    after = [entry for section, entry in vocab.sections("monologue-evidence.txt") if section == "intro-after"]
    return name if name and any(re.search(rf"(?:^|[\s、,，「]){re.escape(name)}\s*{re.escape(word)}", opening)
                                for word in after) else None

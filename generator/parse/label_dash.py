"""The dash label of parliamentary records: a name or office in capitals, perhaps the member's province or
constituency in brackets, then a spaced dash, the speech after it or on the next line.

The Turkish Grand National Assembly's verbatim record (TBMM Tutanak Dergisi) writes every turn so, from the 1990s
(a hyphen: "BAŞKAN - Sayın milletvekilleri") to today (an en dash: "BAŞKAN – Kabul edenler...", "SEYFETTİN YILMAZ
(Adana) – Yok, yok.", "BAŞKAN –" alone on its line, the name or the dash wrapped to the next line); held-out
hg01 and hg02, and the sittings of 1997-2020 in ttoygar/meclis_genel_kurul_tutanaklari (tests/cases/records8).  The shape alone proves nothing: it is style
"stop-dash", a pattern only where the document writes several lines of it (``label_seen.RARE_STYLES``), and a
label only when the document's evidence accepts it (``labels.accept_labels``).

Read off here, not in ``label_rules`` (whose table registers the shape): the pattern and its checks.
"""

from __future__ import annotations

import regex as re

from . import vocab

# An en dash or a hyphen: an em dash after words in capitals is English prose hard-wrapped before an aside ("COVID
# — the pandemic — is", "EPA — they have all been": White House briefings).
# The label may be wrapped before its bracket ("TÜRKİYE BÜYÜK MİLLET MECLİSİ BAŞKANI İSMET YILMAZ" / "(Sivas) – Sayın
# Başkan"), and the speech may start on the next line ("BAŞKAN –" / "Türkiye Büyük Millet Meclisinin ...").
# Up to this many words in capitals: the chair's office and name of the longest label ("TÜRKİYE BÜYÜK MİLLET
# MECLİSİ BAŞKANI İSMET YILMAZ", seven words); a longer line start in capitals is a heading.
CAPS_DASH_WORDS = 8
# The bracket after the name holds a province, constituency or party ("(Adana)", "(İstanbul)", "(Bonn) (SPD)"):
# a few words, never a sentence.
CAPS_DASH_NOTE_CHARS = 60
CAPS_DASH_LABEL = re.compile(
    rf"^(?P<label>[^\W\d_][\w'’.\-]*(?:[ ][^\W\d_][\w'’.\-]*){{0,{CAPS_DASH_WORDS - 1}}}?)"
    rf"(?:[ \n]?\((?P<note>[^()\n]{{1,{CAPS_DASH_NOTE_CHARS}}})\))?[ ]+[–-](?:(?:[ \t]+|[ \t]*\n\s*)(?P<rest>\S.*)|[ \t]*$)",
    re.S)
# A Roman numeral, as an outline numbers the headings of a record's contents and agenda ("I.- GEÇEN TUTANAK ÖZETİ",
# "II. - GELEN KÂĞITLAR", "IV.- ÖNERİLER"): a section's number, never a speaker.
ROMAN_NUMERAL = re.compile(r"^[IVXLC]{1,6}\.?$")


def may_be_caps_dash(text: str) -> bool:
    """A cheap check: a spaced dash on the text's first two lines (the label may be wrapped before its bracket)."""
    head = text[:text.find("\n", text.find("\n") + 1)] if "\n" in text else text
    return " –" in head or " -" in head


def caps_dash_parts(match: re.Match) -> dict | None:
    """A name or office in capitals (two letters or more, no digit), not a section's Roman numeral; "OK - so I
    think" and "The USA - and Canada" are read on by the document's evidence, "Kabul edenler – evet" is not in
    capitals."""
    from .labels import is_caps

    label = match.group("label").strip()
    if not is_caps(label) or is_numeral(label) or any(c.isdigit() for c in label):
        return None
    return match.groupdict()


def is_numeral(label: str) -> bool:
    """Whether ``label`` is a section's Roman numeral ("I", "IV.", "XII")."""
    return bool(ROMAN_NUMERAL.match(label.strip()))


# A record is written in dash labels when at least this many of its line-start labels are caps-dash ones (the rarer
# shapes' own minimum, ``label_seen.RARE_STYLE_MIN_LINES``) and they outnumber its colon line starts.
DASH_RECORD_MIN_LINES = 3
# ... or when its header announces the office that speaks first: the sitting's "BAŞKAN: Başkan Vekili NAME" field
# stands at most this many lines (or turn units) above the first "BAŞKAN – ..." turn, with only the clerks' field
# and a rule between (a short sitting, adjourned for want of a quorum, holds one turn of the chair alone).
HEADER_NEAR = 6


def announced(found: list) -> set[int]:
    """Line indexes of the caps-dash candidates among ``found`` (``label_seen.Seen``) whose key a colon field just
    above names ("BAŞKAN: Başkan Vekili NAME" / ... / "BAŞKAN – Değerli milletvekilleri"): evidence enough for a
    dash label written once."""
    fields = [(s.index, s.key) for s in found if s.candidate.style == "colon"]
    return {s.index for s in found if s.candidate.style == "caps-dash"
            and any(key == s.key and 0 < s.index - at <= HEADER_NEAR for at, key in fields)}


def _dash_record(dashes: int, colons: int, named: bool) -> bool:
    return named or dashes >= DASH_RECORD_MIN_LINES and dashes > colons


def sitting_header(found: list, named: set[int] = frozenset()) -> list:
    """``found`` (``label_seen.Seen`` candidates) without the colon fields of a record written in dash labels: each
    TBMM sitting opens with its presiding officer, clerks and opening time as colon fields ("Açılma Saati: 15.00",
    "BAŞKAN: Başkan Vekili Ahmet AYDIN", "KÂTİP ÜYELER: Mehmet ... (Hatay)"), the second sitting of the day again
    in the middle of the record: the document's labels have a dash, so its colon lines are fields, not turns.
    ``named``: the dash labels a header field announces (``announced``).  Where the dash labels are not the
    document's (fewer than its colon labels, none announced), they are no labels at all."""
    dashes = sum(1 for s in found if s.candidate.style == "caps-dash")
    colons = sum(1 for s in found if s.candidate.style == "colon")
    if not dashes:
        return found
    if not _dash_record(dashes, colons, bool(named)):  # a few capitals before a dash in a colon document: text
        return [s for s in found if s.candidate.style != "caps-dash"]  # ("CHARGE - or to B": a mission's readout)
    return [s for s in found if s.candidate.style != "colon"]


def dash_lines(candidates: list) -> bool:
    """Whether a document's line-start candidates (one per line, None where there is none) make it a record
    written in dash labels: enough caps-dash lines, more than its colon lines (``_dash_record``)."""
    dashes = sum(1 for c in candidates if c is not None and c.style == "caps-dash")
    colons = sum(1 for c in candidates if c is not None and c.style == "colon")
    return _dash_record(dashes, colons, False)


def dash_record(units: list, accepted: frozenset[str]) -> bool:
    """Whether the turn parser's ``units`` are a record written in dash labels (``sitting_header``): its colon
    lines are fields, and open no turn even where a field's key is a label of the dialogue ("BAŞKAN: Başkan Vekili
    NAME" above "BAŞKAN – Sayın milletvekilleri")."""
    from .labels import candidate, wrapped

    found = [candidate(unit.text) or "\n" in unit.text and wrapped(unit.text.split("\n", 2)[:2], 0) or None
             for unit in units]
    dashes = [i for i, c in enumerate(found) if c and c.style == "caps-dash" and c.key in accepted]
    colons = [(i, c.key) for i, c in enumerate(found) if c and c.style == "colon" and c.key in accepted]
    named = any(key == found[i].key and 0 < i - at <= HEADER_NEAR for i in dashes for at, key in colons)
    return bool(dashes) and _dash_record(len(dashes), len(colons), named)


def wrapped_name(head: str, tail: str):
    """A dash label wrapped inside the name, the province in brackets on the second line ("İSMAİL FARUK" / "AKSU
    (İstanbul) – Sayın Başkan", "DENİZCİLİK VE HABERLEŞME BAKANI" / "AHMET ARSLAN (Kars) – ..."), read as one
    (joined with a space: offsets stay those of the two lines), or None.  The first line holds capitals only and
    the second is a caps-dash label with its bracket: a heading in capitals before the chair's "BAŞKAN – ..." (no
    bracket) is not joined to it.  Or the label alone, its en dash opening the next line ("BAŞKAN" / "– Sayın
    milletvekilleri, ..."): an en dash, never a hyphen (a list's items open with one under a heading in capitals)."""
    from .labels import candidate, is_caps

    words = head.split()
    if not words or len(words) >= CAPS_DASH_WORDS or not is_caps(head) \
            or not all(word.replace(".", "").isalpha() for word in words):
        return None
    if tail.startswith("–"):  # "BAŞKAN" / "– Sayın milletvekilleri": the label alone, its en dash wrapped
        found = candidate(f"{head.rstrip()} {tail}")
        return found if found and found.style == "caps-dash" and found.rest else None
    second = candidate(tail)
    if not second or second.style != "caps-dash" or not second.note:
        return None
    found = candidate(f"{head.rstrip()} {tail}")
    return found if found and found.style == "caps-dash" and found.note else None


def announced_labels(evidence, accepted: set[str]) -> set[str]:
    """An evidence rule's action (``label_evidence.EVIDENCE``): the keys of the dash labels a sitting's header field
    names just above them (``announced``), though written once ("BAŞKAN: Başkan Vekili NAME" / "BAŞKAN – Değerli
    milletvekilleri, ..." in a sitting adjourned at once)."""
    named = announced(evidence.every)
    return {s.key for s in evidence.found if s.index in named}


def header_unit(text: str) -> bool:
    """Whether a turn unit opened by a colon field of a dash record is the sitting's header alone (the field, the
    clerks' field wrapped over a line or two, a rule): at most ``HEADER_NEAR`` lines, none of them a sentence."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) <= HEADER_NEAR and not any(line.rstrip().endswith((".", "?", "!")) for line in lines)


# The words of an office's end (``data/label-offices-tr.txt``), and the holder's name after it: two to four words.
OFFICE_ENDS = frozenset(vocab.words("label-offices-tr.txt"))
HOLDER_WORDS = (2, 4)
TURKISH_FOLD = str.maketrans({"I": "ı", "İ": "i"})


def office_and_holder(label: str) -> tuple[str, str] | None:
    """(office, holder) of a TBMM label in capitals that names an office, then its holder ("MİLLÎ SAVUNMA BAKANI
    İSMET YILMAZ" -> ("MİLLÎ SAVUNMA BAKANI", "İSMET YILMAZ")), or None: the holder is the person who speaks, the
    office is the role."""
    words = label.split()
    ends = [i for i, word in enumerate(words) if word.translate(TURKISH_FOLD).lower() in OFFICE_ENDS]
    if not ends:
        return None
    holder = words[ends[-1] + 1:]
    if not HOLDER_WORDS[0] <= len(holder) <= HOLDER_WORDS[1]:
        return None
    return " ".join(words[:ends[-1] + 1]), " ".join(holder)

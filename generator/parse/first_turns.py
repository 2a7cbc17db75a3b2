"""Labels the document writes once where its dialogue starts or where a speaker first speaks.

The label evidence (``label_evidence``) accepts a label written once on its shape only after the dialogue has
started, so that a header field ("地点：英国议会下院") is not a speaker.  Three layouts put a speaker's first turn
before that point or in a form the short labels do not share, and the turn then went to the introduction or to
the previous speaker:

1. **A full form introducing a short label** (government and parliamentary records): the first turn of each
   speaker writes the office and the name ("President of Russia Vladimir Putin:", "World's first woman cosmonaut
   Valentina Tereshkova:", "Mr David Hanson (Delyn) (Lab):"), later turns the name only ("Vladimir Putin:",
   "Mr Hanson:").  A label written once whose words end with a recurring label's name, or that writes the
   same honorific and surname, is that speaker's label.
2. **The opening label** (transcripts after a header of fields): the first turn's label is written once, in
   the markup, style and case of the document's recurring labels, with a sentence of speech after it, and it
   is the last label-shaped line start before the first recurring label ("**David Burnside:** I join ...").
3. **A question asked on notice** (parliamentary question time): "HON. RATU N.T. LALABALAVU asked the
   Government, upon notice:" on a line of its own: the member named in the case of the document's labels
   speaks the question that follows.
4. **An unlabelled opening statement** (press conferences, chambers): the principal speaks before the first
   label and the record gives the opening no label, because the page names the principal in its title or lead
   ("Выступление ... С.В.Лаврова" then "> Уважаемые дамы и господа, ..." then "> Вопрос: ..."; "May I call for
   a new speaker please? The Honourable Member Tepai Tepai." then "MR T. TEPAI: ...").  The opening is the run
   of blocks just before the first label that are spoken (first person) or set in the same blockquote as the
   dialogue; it is the principal's, the label the dialogue itself shows taking the floor between the others
   (``principal``): the one who answers when the first label asks, or the chair who gives the floor when the
   opening calls the first speaker by name.  Never the questioner's; without such evidence it stays narration.
"""

from __future__ import annotations

import regex as re
from collections import Counter

from . import labels, line_table, monologue, turn_rules
from . import label_evidence  # (after labels, which imports it)
from ..model import Block, CleanDoc, Paragraph, RawTurn, TurnType

# The opening label's speech on its line: at least this many words, a sentence (a field's value, "Location:
# House of Commons", is a few words).
OPENING_SPEECH_WORDS = 8
# A paragraph of at least this many characters that no label opens, before the opening label, is prose (a talk
# or an introduction): the label-shaped line after it may be a phrase of that prose ("...的地方在于：").  Header
# fields are a line of a few words.
PROSE_CHARS = 80
# A short label a full form may introduce: at least this many words of a name ("Vladimir Putin"); one word
# ("Putin") ends too many phrases ("The President Putin:" aside, "According to Putin:").
SHORT_MIN_WORDS = 2

ASKED = re.compile(
    r"^(?:\*\*|<(?:strong|b)>)?(?P<label>[^\W\d_][\w.'’ -]{1,60}?)(?:\*\*|</(?:strong|b)>)?[ \t]+"
    r"(?P<verb>asked|to ask)[ \t]+(?:the|whether|if)\b[^:\n]{0,160}:\s*$")


def _name_words(key: str) -> list[str]:
    return [w for w in key.split() if w]


def _introduces(label: str, note: str | None, short: str) -> bool:
    """Whether a full label ("president of russia vladimir putin", "mr david hanson" (Delyn)) writes out the
    speaker a short label ("vladimir putin", "mr hanson") names."""
    return _introduces_words(_name_words(labels.label_key(label)), note, _short_form(short))


def _short_form(short: str) -> tuple[list[str], bool]:
    """A short label's words, and whether it opens with an honorific ("mr hanson")."""
    return _name_words(short), bool(labels.HONORIFIC.match(short + " "))


def _introduces_words(words: list[str], note: str | None, short_form: tuple[list[str], bool]) -> bool:
    """``_introduces`` with the full label's words and the short label's form read once (``introduced_labels``
    asks about every pair of a single-use label and a recurring one)."""
    short_words, honorific = short_form
    if len(words) <= len(short_words):
        return False
    if len(short_words) >= SHORT_MIN_WORDS and words[-len(short_words):] == short_words and not honorific:
        return True
    if not (honorific and len(short_words) == 2):
        return False
    for full in (words, _name_words(labels.label_key(note or ""))):
        if len(full) >= 3 and full[0] == short_words[0] and full[-1] == short_words[1]:
            return True
    return False


FULL_LABEL_MAX_CHARS = 200  # an office and a name before the colon: Kremlin labels run to ~130 characters
SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")  # a sentence ends before the colon: text, not a label


DECORATED = "#*_<"  # the first characters of ``labels.DECORATION``


def _full_form(line: str) -> tuple[str, str] | None:
    """The words before a line's first colon when they can be a long label: (as written, key)."""
    colon = line.find(":")
    head = line[:colon] if 0 < colon <= FULL_LABEL_MAX_CHARS else ""
    if head[:1] in DECORATED:  # (a decoration opens with one of these: other heads are not matched)
        head = labels.DECORATION.sub("", head)
    head = head.rstrip("*").strip()
    if not head or not head[:1].isupper() or SENTENCE_INSIDE.search(head.replace("Mr. ", "").replace("Dr. ", "")):
        return None
    return head, labels.label_key(head)


def introduced_labels(lines: list[str], accepted: frozenset[str]) -> dict[str, str]:
    """Labels written once that write out in full a speaker whom a recurring accepted label names for short:
    full key -> short key (only where exactly one short label fits)."""
    found = [c for c in line_table.candidates(lines) if c and c.style == "colon"]
    uses = Counter(c.key for c in found)
    # (a short label of one word writes out no one, ``_introduces_words``: "CC:", "Q:" are not read against the lines)
    shorts = [(key, form) for key in accepted if uses[key] >= 2
              and len((form := _short_form(key))[0]) >= min(SHORT_MIN_WORDS, 2)]
    if not shorts:
        return {}  # (no recurring label for a full one to write out: the lines are not read for full forms)
    # (a full form that fits a short label ends with its last word, and a candidate that fits is skipped where its
    # key opens two heads: only the lines that hold one of these words are read for heads, ``_lines_holding``)
    fitting = {c.key for c in found if uses[c.key] <= 1 and c.key not in accepted and
               any(_introduces_words(_name_words(c.key), c.note, form) for _, form in shorts)}
    needles = {form[0][-1] for _, form in shorts if form[0]} | {key.split()[-1] for key in fitting if key.split()}
    heads = [f for line in _lines_holding(lines, needles) if ":" in line and (f := _full_form(line))]
    head_uses = Counter(key for _, key in heads)
    out = {}
    for label, note, key in [(c.label, c.note, c.key) for c in found] + [(h, None, k) for h, k in heads]:
        if uses[key] > 1 or head_uses[key] > 1 or key in accepted or key in labels.FIELD_KEYS or key in out:
            continue
        words = _name_words(labels.label_key(label))
        fits = [short for short, form in shorts if _introduces_words(words, note, form)]
        if len(fits) == 1:
            out[key] = fits[0]
    return out


NEEDLE_MIN_CHARS = 3  # a shorter word is found at too many places of a text to select its lines by searching it


def _lines_holding(lines: list[str], words: set[str]) -> list[str]:
    """Those of ``lines`` (in order) whose text, case-folded with "’" read as "'" (as ``labels.label_key`` reads a
    label), holds one of ``words``: a key's word is a case-folded run of its text, so a line whose key ends with
    the word holds it.  Found by a literal search of the joined, folded text (case folding maps no character to
    a line end, so its lines are those of the text); every line when a word is shorter than ``NEEDLE_MIN_CHARS``."""
    if any(len(word) < NEEDLE_MIN_CHARS for word in words):
        return lines
    folded = "\n".join(lines).replace("’", "'").casefold()
    hits = set()
    for word in words:
        at = folded.find(word)
        while at >= 0:
            hits.add(at)
            at = folded.find(word, at + 1)
    indexes, index, last = set(), 0, 0
    for at in sorted(hits):
        index += folded.count("\n", last, at)
        last = at
        indexes.add(index)
    return [lines[i] for i in sorted(indexes)]


def introduced_candidate(line: str, introduced: dict[str, str], shorts: dict[str, str]) -> labels.LabelCandidate | None:
    """A line opened by a full label (``introduced_labels``) as a candidate: the name the short label writes,
    with the office before it as the note ("President of Russia" for "Vladimir Putin")."""
    form = _full_form(line)
    if not form or form[1] not in introduced:
        return None
    head, key = form
    short = shorts.get(introduced[key])
    words = head.split()
    size = len(introduced[key].split())
    if not short or labels.label_key(" ".join(words[-size:])) != introduced[key]:
        return None
    office = " ".join(words[:-size]).rstrip(",").strip() or None
    end = line.find(":") + 1
    return labels.LabelCandidate(" ".join(words[-size:]), office, line[end:].lstrip("* ").strip(),
                                 end + len(line[end:]) - len(line[end:].lstrip("* ")))


def _shape(line: str, c: labels.LabelCandidate) -> tuple:
    return c.style, labels.DECORATION.match(line).group(0).strip(), labels.letter_case(c.label)


def opening_label(blocks_lines: list[list[str]], accepted: frozenset[str]) -> str | None:
    """The key of the first turn's label written once before the first recurring label (see the module's
    point 2), or None.  ``blocks_lines``: each block's lines."""
    starts = [(lines[0], c) for lines in blocks_lines if lines and (c := labels.candidate(lines[0]))]
    uses = Counter(c.key for _, c in starts)
    first = next((i for i, (_, c) in enumerate(starts) if c.key in accepted and uses[c.key] >= 2), None)
    if not first:
        return None
    line, c = starts[first - 1]
    before = blocks_lines[:next(i for i, lines in enumerate(blocks_lines) if lines and lines[0] == line)]
    if any(len(" ".join(lines)) >= PROSE_CHARS and not labels.candidate(lines[0]) for lines in before):
        return None
    shapes = {_shape(line2, c2) for line2, c2 in starts[first:] if c2.key in accepted and uses[c2.key] >= 2}
    if (c.key in accepted or uses[c.key] != 1 or c.key in labels.FIELD_KEYS or labels.not_a_name(c.label)
            or _shape(line, c) not in shapes or len(c.rest.split()) < OPENING_SPEECH_WORDS
            or (_shape(line, c)[2] == "title" and len(c.label.split()) < label_evidence.SHAPE_MIN_WORDS)):
        # (one capitalised word written once is a field: "**Description:** ...", as label_evidence says)
        return None
    return c.key


def asked_label(text: str, accepted_cases: set[str]) -> str | None:
    """The member who asks a question on notice ("HON. A. SMITH asked the Government, upon notice:"), when
    the block is that one line and the name is written in the case of the document's labels."""
    found = ASKED.match(text.strip())
    if not found or "\n" in text.strip():
        return None
    label = found.group("label").strip()
    if len(label.split()) < SHORT_MIN_WORDS or labels.not_a_name(label) or labels.letter_case(label) not in accepted_cases \
            or not labels.candidate(f"{label}: x"):
        return None
    return label


# A label whose turns mostly ask (a question mark in at least this share of them, two turns or more) is a
# questioner: the journalists of a press conference ("Вопрос:", "Q:", a reporter's name).  The answers at a
# press conference carry no question mark or a rhetorical one now and then.
QUESTION_SHARE = 0.5
QUESTION_MIN_TURNS = 2
# The chair gives the floor to the members one after another: its turns sit next to the turns of at least this
# many other labels, more than any other label's (a member speaks next to the chair, now and then to another).
CHAIR_MIN_PARTNERS = 3
NAME_WORD_MIN = 3  # a surname the opening calls ("Tepai"); an initial or "Mr" names no one


def _key(turn: RawTurn) -> str:
    return labels.label_key(turn.label or "")


def _asks(speech: list[RawTurn], key: str) -> bool:
    own = [t for t in speech if _key(t) == key]
    asked = sum("?" in " ".join(s.text for p in t.paragraphs for s in p) for t in own)
    return len(own) >= QUESTION_MIN_TURNS and asked >= QUESTION_SHARE * len(own)


def _answerer(speech: list[RawTurn], asker: str) -> str | None:
    """The label that most often speaks right after ``asker``'s turns, when it does so after at least half."""
    after = Counter(_key(b) for a, b in zip(speech, speech[1:]) if _key(a) == asker and _key(b) != asker)
    best = after.most_common(2)
    if not best or best[0][1] * 2 < sum(after.values()) or len(best) > 1 and best[1][1] == best[0][1]:
        return None
    return best[0][0]


def _chair(speech: list[RawTurn]) -> str | None:
    """The label whose turns sit next to the most other labels (``CHAIR_MIN_PARTNERS``), alone at the top."""
    partners: dict[str, set[str]] = {}
    for a, b in zip(speech, speech[1:]):
        if _key(a) != _key(b):
            partners.setdefault(_key(a), set()).add(_key(b))
            partners.setdefault(_key(b), set()).add(_key(a))
    ranked = sorted(partners.items(), key=lambda item: -len(item[1]))
    if not ranked or len(ranked[0][1]) < CHAIR_MIN_PARTNERS or len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]):
        return None
    return ranked[0][0]


def _name_word(key: str) -> str | None:
    """The word a page writes for the speaker of a label key: its last word ("tepai" of "mr t tepai", "лавров"
    of "с в лавров", "president" of "the president")."""
    words = key.split()
    return words[-1] if words and len(words[-1]) >= NAME_WORD_MIN else None


def _names(text: str, key: str) -> bool:
    """Whether ``text`` writes the name word of ``key`` (as a word, any case)."""
    word = _name_word(key)
    return bool(word) and f" {word} " in f" {labels.label_key(text)} "


def _to_answerer(speech: list[RawTurn], opening: str, page: str) -> tuple[str, str] | None:
    """The one who answers, when the first labelled turn is a question and the page, not the opening, names them."""
    first = _key(speech[0])
    asks = "?" in " ".join(s.text for p in speech[0].paragraphs for s in p)  # the first labelled turn is a question
    if not asks or not (first in labels.GENERIC and labels.GENERIC[first] in labels.QUESTIONERS or _asks(speech, first)):
        return None
    found = _answerer(speech, first)
    if not found or not _names(page, found) or _names(opening, found):
        return None  # the page does not name the one who answers, or the opening speaks of them (an editor)
    return found, f"an opening statement before the first question; '{speech[0].label}' asks, this speaker answers"


def _to_chair(speech: list[RawTurn], opening: str, page: str) -> tuple[str, str] | None:
    """The chair, when the opening calls the first labelled speaker by name."""
    found = _chair(speech) if _names(opening, _key(speech[0])) else None
    return (found, f"the opening gives the floor to '{speech[0].label}', as this speaker (the chair) does between "
            "the other speakers") if found else None


TO_ANSWERER = turn_rules.register("opening to the answerer", 60, "body", _to_answerer,
                                  "press conferences: the principal's unlabelled statement before the first question")
TO_CHAIR = turn_rules.register("opening to the chair", 50, "body", _to_chair,
                               "chambers: the chair's unlabelled call before the first member's label")


def principal(turns: list[RawTurn], opening: str, page: str) -> tuple[str, str] | None:
    """(label as written, why) of the speaker whose unlabelled ``opening`` comes before the first labelled turn
    (the module's point 4), or None when the dialogue does not show one.  ``page``: the title, front matter and
    lead before the opening, where a press conference's page names its principal."""
    speech = [t for t in turns if t.type is TurnType.SPEECH and t.label]
    if len(speech) < 2:
        return None
    rule, found = turn_rules.TURN_STARTS.first("body", speech, opening, page)
    if not found or found[0] == _key(speech[0]):
        return None
    return next(t.label for t in speech if _key(t) == found[0]), found[1]


QUOTED = re.compile(r"^[ \t]*>")


def _quoted_line(doc: CleanDoc, source: list[str], unit: Block) -> bool:
    """Whether the source (``source``: its lines) writes the unit's first line in a ``>`` blockquote that the
    cleaner unquoted (a quoted dialogue: ``structure``)."""
    index = unit.line - doc.source.body_line
    return 0 <= index < len(source) and bool(QUOTED.match(source[index])) and not QUOTED.match(unit.text)


def opening_statement(before: list[tuple[Block, tuple[Paragraph, ...]]], turns: list[RawTurn], doc: CleanDoc,
                      front: list[str]) -> tuple[list[Paragraph], list[RawTurn]]:
    """The introduction, and the turns with the principal's unlabelled opening statement first when the blocks
    just before the first turn are one (point 4): spoken in the first person, or quoted with the dialogue.
    ``before``: the blocks before the first turn with their paragraphs; ``front``: the title and front matter."""
    intro = [p for _, paras in before for p in paras]
    if not before or not turns:
        return intro, turns
    source = doc.source.text.split("\n")
    quoted = _quoted_line(doc, source, Block(turns[0].line, "", 0))
    start = len(before)
    while start and (monologue.first_person_share(before[start - 1][0].text) >= monologue.FIRST_PERSON_MIN
                     or quoted and _quoted_line(doc, source, before[start - 1][0])):
        start -= 1
    if start == len(before):
        return intro, turns
    opening = "\n".join(unit.text for unit, _ in before[start:])
    page = "\n".join(front + [unit.text for unit, _ in before[:start]])
    found = principal(turns, opening, page)
    if not found:
        return intro, turns
    paras = tuple(p for _, ps in before[start:] for p in ps)
    return ([p for _, ps in before[:start] for p in ps],
            [RawTurn(before[start][0].line, TurnType.SPEECH, found[0], None, paras, found[1])] + turns)

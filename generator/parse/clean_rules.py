"""The cleaning rules as data: the registry ``clean`` (``rules.Registry``, in the manner of Python-Markdown's).

Each ``Rule`` has a name, a priority (higher runs first), a scope, a test ``(text, Context)`` and an action (the
removal reason it records).  Scopes say where a block stands in its document (see ``clean._Layout``):

* ``body``:    outside the dialogue: the header before the first labelled turn, an unlabelled document's
  text, the trailer after the last labelled turn (``Context`` says whether the block is near the top or last);
* ``speech``:  inside the dialogue, from the first labelled turn to the last: a turn or its continuation.

Inside a turn a rule may only remove a block that is boilerplate by its shape as a whole (one short line that
is a shortcode or a page button); words in a sentence never remove it (issue 13, point 4d).  Every removal is
recorded with the rule's reason.  The words the rules look for are data: ``data/cleaning-vocabulary.txt``, each
entry with where it comes from.
"""

from __future__ import annotations

import regex as re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from . import labels, vocab
from .rules import Registry, Rule


APPEAL_CHARS = 600  # an appeal box is a short paragraph or two; a longer block that mentions donating is text
WIDGET_CHARS = 100  # a share or donate button's text is a short line; speech runs longer
SENTENCE_END = re.compile(r"[.!?…\"”’')\]]$")


@lru_cache(maxsize=None)
def patterns(section: str) -> tuple[str, ...]:
    """The regular expressions of one section of ``data/cleaning-vocabulary.txt``."""
    return tuple(entry for s, entry in vocab.sections("cleaning-vocabulary.txt") if s == section)


def _any(section: str) -> str:
    return "|".join(f"(?:{entry})" for entry in patterns(section))


NAVIGATION = re.compile(rf"^(?:{_any('navigation')})$", re.I)
SHARE = re.compile(rf"\b(?:{_any('share')})\b", re.I)
DONATION = re.compile(rf"\b(?:{_any('donation')})\b", re.I)
SUBSCRIBE = re.compile(rf"\b(?:{_any('subscribe')})\b", re.I)
LANGUAGES = re.compile(rf"\b(?:{_any('language')})\b", re.I)
APPEALS = [(SHARE, "share appeal"), (DONATION, "donation appeal"), (SUBSCRIBE, "subscription appeal"),
           (LANGUAGES, "language picker")]
ANY_APPEAL = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in APPEALS), re.I)  # one scan first
WIDGET = re.compile(rf"\b(?:{_any('widget')})|https?://|www\.", re.I)
CONTINUATION = re.compile(rf"^[(\[]?\s*(?:{_any('continuation')})\s*[)\]]?\.?$|"
                          rf"^[(\[]\s*(?:{_any('bracketed-continuation')})\s*[)\]]\.?$", re.I)

SHORTCODE = re.compile(r"^\[(?:[a-z][a-z0-9]*[-_][a-z0-9_-]+|gallery|caption|embed|audio|video|playlist)\]$"
                       r"|^\{\{[<%]\s*/?[a-z][\w-]*\b.*[>%]\}\}$")  # WordPress "[post-views]"; Hugo "{{< video ... >}}"
END_MARK = re.compile(r"^[\[(]?\s*(?:ends?|end of transcript|end|###|-\s*30\s*-)\s*[\])]?\.?$", re.I)
DISCLAIMER = re.compile(r"^(?:E\s*&\s*OE|E\.\s*&\s*O\.\s*E\.|errors and omissions excepted|check against delivery|"
                        r"es gilt das gesprochene wort|seul le prononc[ée] fait foi|det talade ordet gäller|det talte ord g(?:æ|je)lder|"
                        r"as prepared for delivery|embargoed until\b.*)\W*$", re.I)
LINK_LINE = re.compile(r"^(?:[\w .'’-]{1,30}:\s*)?(?:https?://|www\.)\S+$", re.I)
SECTION_KEY = re.compile(r"^(?:(?:full|complete|timestamped|raw|automatic|auto|video|audio|official|edited)\s+)?"
                         r"transcript(?:ion)?\s*[:：]$", re.I)  # "FULL TRANSCRIPT:", "Timestamped
# transcript:" alone on the line over the words (YouTube transcript dumps): a heading, not a speaker's label
AUTHOR_BOX = re.compile(r"^about the author(?:s|\(s\))?:?$", re.I)
CONTENTS_TITLE = re.compile(r"^(?:#{1,6}\s*)?(?:table of )?contents:?$|^in this (?:episode|article|issue):?$", re.I)
LIST_ITEM = re.compile(r"^(?:[*+-]|\d{1,3}[.)])\s+(.+)$")
MD_HEADING = labels.MD_HEADING  # group 1 is the heading text
CONTENTS_MIN_ITEMS = 3  # two list items naming headings may be a coincidence; three make a table of contents


@dataclass(frozen=True)
class Context:
    """What a block rule may know about the block's place in its document."""

    near_top: bool  # at or before the first long block: where a site's navigation stands
    last: bool  # the document's last block
    headings: frozenset[str] = frozenset()  # the document's Markdown headings (``key``)
    turn_labels: frozenset[str] = frozenset()  # labels that open turns here
    prose: bool = False  # a document with no labelled turn: its text is one speaker's (a talk, a statement)
    credits: bool = False  # in the run of credit lines that closes the document (``credits_start``)


CREDITS = re.compile(_any("credits"), re.I)
CREDIT_DISCLAIMER = re.compile(_any("credit-disclaimer"), re.I)
CREDIT_CHARS = 120  # a credit line names a role and a few people ("校对：【文竺】", "Transcription: Jane Roe"); a
# longer line is a sentence of the text
DISCLAIMER_CHARS = 300  # a transcriber's closing note on accuracy is a sentence or two
ROLE_NAME = re.compile(r"^[^:：\n]{1,30}[:：][^\n]*$")  # "战友之声听写组：【文竺】", "听写：", "Proofreading: Ann Lee"
ROLE_COLON = re.compile(r"[:：]")  # the colon after a credit's role
FENCE = r"[-=_*~—–#]"
END_LINE = re.compile(rf"^(?:{FENCE}{{3,}}\s*)?[\[(（]?\s*(?:{_any('end-word')})\s*[\])）]?[.。]?(?:\s*{FENCE}{{3,}})?$", re.I)
CLOCK = re.compile(r"\d:\d\d")  # a time code ("0:37", "[05:22:55:12]"): credits carry none
CREDIT_SENTENCE_END = re.compile(r"[.!?。！？…]\W{0,2}$")


def key(text: str) -> str:
    return NON_WORDS.sub("", text.casefold())


NON_WORDS = re.compile(r"\W+")


def is_contents(text: str, headings: frozenset[str]) -> bool:
    """A list whose items name the document's own headings: a table of contents."""
    head = text.split("\n", 2)  # (the first two lines: fewer than three lines, or two lines that are no item,
    if len(head) < 3 or not LIST_ITEM.match(head[0]) and not LIST_ITEM.match(head[1]):  # make no contents list;
        return False  # most blocks are turned down here, not read line by line)
    lines = text.split("\n")
    items = [m.group(1) for line in lines if (m := LIST_ITEM.match(line))]
    if len(items) < CONTENTS_MIN_ITEMS or len(items) < len(lines) - 1:
        return False
    titled = bool(CONTENTS_TITLE.match(lines[0]))
    return titled or sum(key(i) in headings for i in items) >= min(CONTENTS_MIN_ITEMS, len(items) / 2)


def _links(text: str) -> bool:
    """Every line of the block is a bare web address (``LINK_LINE``); the first line is read before the block is
    split (most blocks are turned down by it)."""
    return bool(LINK_LINE.match(text.split("\n", 1)[0])) and all(LINK_LINE.match(x) for x in text.split("\n"))


def _one_line(test: Callable[[str], object]) -> Callable[[str, Context], bool]:
    return lambda text, context: "\n" not in text and bool(test(text.strip()))


def _widget(text: str, context: Context) -> bool:
    """A page button standing alone between turns: one short line, no speaker label, not a sentence, with the
    words of an appeal."""
    if "\n" in text or len(text) > WIDGET_CHARS or SENTENCE_END.search(text):
        return False
    found = labels.candidate(text)
    return not (found and found.key in context.turn_labels) and bool(ANY_APPEAL.search(text))


def appeal_shaped(text: str) -> bool:
    """An appeal by its shape, not only its words: a button (one short line that is not a sentence), or a block
    that points to a button, a link or a payment platform.  "I ask you all to donate to the flood fund." is a
    speaker's sentence."""
    one_button = "\n" not in text and len(text) <= WIDGET_CHARS and not SENTENCE_END.search(text)
    return one_button or bool(WIDGET.search(text))


def _appeal(text: str, context: Context) -> bool:
    """An appeal outside the dialogue; in a document that is one speaker's prose, only an appeal by its shape."""
    return len(text) <= APPEAL_CHARS and bool(ANY_APPEAL.search(text)) and (not context.prose or appeal_shaped(text))


def _appeal_reason(text: str) -> str:
    return next(reason for pattern, reason in APPEALS if pattern.search(text))


def _credit_line(line: str) -> bool:
    """A line of a transcript's closing credits by its shape: a short ``role: names`` line or a short line that
    names a transcription role ("《文贵大直播》全文听写组", "Transcribed by https://otter.ai"), not a sentence; a
    transcriber's note on accuracy; an end mark; a bare web address.  Never a line with a time code (a cue of
    speech: "[05:22:55:12]")."""
    line = line.strip()
    if CLOCK.search(line):
        return False
    if len(line) <= CREDIT_CHARS and (ROLE_NAME.match(line) or CREDITS.search(line)):
        role = ROLE_COLON.split(line, maxsplit=1)[0] if ROLE_NAME.match(line) else ""
        return not CREDIT_SENTENCE_END.search(line) or bool(CREDITS.search(role))  # "Transcription: Ann Lee."
    return (len(line) <= DISCLAIMER_CHARS and bool(CREDIT_DISCLAIMER.search(line)) or bool(END_LINE.match(line))
            or bool(LINK_LINE.match(line)))


def credits_start(texts: list[str], after: int) -> int:
    """Index of the first block of the credits that close a transcript (``len(texts)`` when there are none):
    the longest run of blocks at the end, all after block ``after`` (the last that opens a turn), made only of
    credit lines (``_credit_line``), with at least one that names a transcription role or notes the text's
    accuracy.  One pass from the end; a credit line in the middle of the text is never reached."""
    start, named = len(texts), False
    for index in range(len(texts) - 1, max(after, 0), -1):
        text = texts[index]
        if not all(_credit_line(line) for line in text.split("\n") if line.strip()):
            break
        named = named or bool(CREDITS.search(text) or CREDIT_DISCLAIMER.search(text))
        start = index
    return start if named else len(texts)


def _credit_reason(text: str) -> str:
    return "end-of-transcript mark" if END_LINE.match(text.strip()) else "transcription credits"


def _reason(reason: str) -> Callable[[str], str]:
    return lambda text: reason


# Outside the dialogue ("body": the header, an unlabelled text, the trailer) and inside it ("speech").  A rule's
# action returns the reason the removal is recorded with.
BLOCK_RULES = Registry("clean")
for _rule in (
    Rule("links", 90, "body", lambda t, c: _links(t), _reason("links"),
         "a block of bare web addresses: a page's link list"),
    Rule("shortcode", 80, "body", _one_line(SHORTCODE.match), _reason("web page shortcode"),
         "WordPress and Hugo shortcodes left in an export ([post-views], [gallery])"),
    Rule("shortcode in speech", 80, "speech", _one_line(SHORTCODE.match), _reason("web page shortcode"),
         "the same, standing alone between turns"),
    Rule("disclaimer", 70, "body", _one_line(DISCLAIMER.match), _reason("disclaimer"),
         "press offices' notes on a text (check against delivery, E&OE)"),
    Rule("site navigation", 60, "body", lambda t, c: c.near_top and "\n" not in t and bool(NAVIGATION.match(t.strip())),
         _reason("site navigation"), "a site's navigation links copied with the page, above the text"),
    Rule("appeal", 50, "body", _appeal, _appeal_reason,
         "share, donation, subscription appeals and language pickers of news and blog pages"),
    Rule("page widget", 50, "speech", _widget, _appeal_reason,
         "a share or donate button standing alone between turns (never words of a sentence)"),
    Rule("table of contents", 40, "body", lambda t, c: is_contents(t, c.headings), _reason("table of contents"),
         "a list naming the document's own headings (Markdown exports of long interviews)"),
    Rule("transcription credits", 15, "body", lambda t, c: c.credits, _credit_reason,
         "credits, transcriber lists and accuracy notes closing a transcript after the last speech (Chinese "
         "livestream transcripts' 听写组 lists, 'Transcribed by https://otter.ai', 'This transcript may not be in "
         "its final form')"),
    Rule("end mark", 10, "body", lambda t, c: c.last and bool(END_MARK.match(t)), _reason("end-of-transcript mark"),
         "'END', '###', '-30-' closing press transcripts"),
):
    BLOCK_RULES.register(_rule)


# Notes inside the dialogue: a line (or a short bracketed run of lines) that records what happened, not words
# spoken.  The cleaner sets each on a block of its own and the turn parser makes it a note between the turns
# (a narration turn), so the speaker's turn goes on after it; nothing is removed (issue 13, point 4d).
NOTE_CHARS = 400  # a stage direction is a short aside ("(Beifall bei der SPD)"); a parliament's interjections
# run to a few lines ("(Anhaltender Beifall ... – Volker Kauder [CDU/CSU]: Was soll das denn?)"); a longer
# bracketed paragraph is a speaker's own aside, kept as speech
# The same aside in Chinese or Japanese: 400 characters of Latin text are some 65 words, which at two characters
# a word (``monologue.CJK_CHARS_PER_WORD``) are about 130 characters; a longer full-width bracket is a speaker's
# own aside ("（就这几张？你也太小气了，…我特喜欢…）", 239 characters, dev n13)
FULL_WIDTH_NOTE_CHARS = 130
NOTE_LINES = 3  # a bracketed direction wraps over at most three lines of a printed record
# one group, inner brackets allowed; Chinese and Japanese write their notes in full-width brackets ("（笑）",
# "（以下问答来自这节课程结束部分，因为内容相关就移过来了）": an editor's note between a lecture's answers, held-out hj03)
BRACKETED = re.compile(r"\((?:[^()]|\([^()]*\))+\)\.?|\[[^\[\]]+\]\.?|（(?:[^（）]|（[^（）]*）)+）。?")
WORD = re.compile(r"[^\W\d_]{2,}")
PROCEDURE = re.compile(rf"^(?:{_any('procedure')})$", re.I)
EDITORIAL = re.compile(r"^_[a-z]+\s*:\s*\S")  # a transcript format's editorial field ("_note: HF was not
# received", "_comment: (passed twice)": NASA Spacelog's source files)
NOTE_OPENERS = "([（_#*"  # the first characters of a direction, an editorial field, a comment or an emphasised note
EMPHASISED = re.compile(r"^([*_])(?!\1)(?P<inner>\S(?:[^*_\n]*\S)?)\1$")  # a whole line in *italics*
NAMED_DIRECTION = re.compile(r"^[^()\n]{1,120}\((?:[^()\n]){1,60}\)\.?$")  # "MS JANE RUNECKLES (affirmed)."
COMMENT = re.compile(r"^#\s+\S")  # a comment line of a plain-text source, or a Markdown heading: never speech


def _direction(text: str, accepted: frozenset[str]) -> bool:
    """A stage direction: the whole text in brackets, short, with words (not a time code, a footnote number or
    a label the document uses: "(Kim)" opening turns)."""
    limit = FULL_WIDTH_NOTE_CHARS if text[:1] == "（" else NOTE_CHARS
    if len(text) > limit or text[:1] not in "([（" or not BRACKETED.fullmatch(text):
        return False
    found = labels.candidate(text)
    return bool(WORD.search(text)) and not labels.time_only(text) and not (found and found.key in accepted)


def _emphasised_direction(text: str, accepted: frozenset[str]) -> bool:
    """A whole line in italics that is a direction, or a name with its direction in brackets after it: a hearing
    record's "*(10.00 am)*", "*MS JANE RUNECKLES (affirmed).*" (reStructuredText and Markdown transcripts)."""
    found = EMPHASISED.match(text)
    inner = found.group("inner") if found else ""
    return bool(found) and len(inner) <= NOTE_CHARS and (_direction(inner, accepted) or bool(
        NAMED_DIRECTION.match(inner) and WORD.search(inner) and not labels.candidate(inner)))


def is_direction(text: str, accepted: frozenset[str]) -> bool:
    """A direction of the record, bracketed or in italics ("(Applause)", "*(10.00 am)*"): never a title."""
    return _direction(text, accepted) or _emphasised_direction(text, accepted)


NOTES = Registry("notes")
for _rule in (
    Rule("stage direction", 50, "speech", lambda t, a: _direction(t, a), None,
         "a bracketed direction standing alone in a turn: (LAUGHTER), (Beifall bei der SPD), (Witness sworn)"),
    Rule("procedure line", 40, "speech", lambda t, a: "\n" not in t and PROCEDURE.match(t), None,
         "a line recording the proceedings: DIRECT EXAMINATION, a witness introduction, 'Motion agreed'"),
    Rule("editorial field", 40, "speech", lambda t, a: "\n" not in t and EDITORIAL.match(t), None,
         "an editorial field of a transcript format inside a turn (Spacelog's _note:, _comment:)"),
    Rule("emphasised direction", 35, "speech", lambda t, a: "\n" not in t and _emphasised_direction(t, a), None,
         "a line in italics recording the proceedings: *(10.00 am)*, *MS JANE RUNECKLES (affirmed).*"),
    Rule("comment line", 30, "speech", lambda t, a: "\n" not in t and COMMENT.match(t), None,
         "a '# ...' line inside a turn: a plain-text source's comment ('# next two lines editorially moved back')"),
):
    NOTES.register(_rule)


def is_note(text: str, accepted: frozenset[str]) -> bool:
    """A block (or line) that is a note of the record, not speech: the first rule of ``notes`` that matches."""
    rule, _ = NOTES.first("speech", " ".join(text.split()) if "\n" in text and text[:1] in "([" else text.strip(),
                          accepted)
    return rule is not None


def note_spans(lines: list[str], accepted: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of the runs of lines that are notes: one line, or a bracketed direction wrapped over up to
    ``NOTE_LINES`` lines.  One pass; a line is asked about only when it can open a note (a bracket, '_', '#', or
    the first words of a procedure line)."""
    spans, index = [], 0
    while index < len(lines):
        end = _note_end(lines, index, accepted)
        spans += [(index, end)] if end else []
        index = end or index + 1
    return spans


def note_starts(lines: list[str], index: int, accepted: frozenset[str]) -> bool:
    """A note of the record (one line, or a bracketed direction wrapped over a few) starts at ``index``."""
    return _note_end(lines, index, accepted) is not None


def _note_end(lines: list[str], index: int, accepted: frozenset[str]) -> int | None:
    line = lines[index].strip()
    if line[:1] not in NOTE_OPENERS and not PROCEDURE.match(line):
        return None
    if is_note(line, accepted):
        return index + 1
    if line[:1] not in "([":
        return None
    for stop in range(index + 2, min(len(lines), index + NOTE_LINES) + 1):  # the first closing line decides
        if lines[stop - 1].rstrip().endswith((")", "]", ").", "].")):
            return stop if _direction(" ".join(x.strip() for x in lines[index:stop]), accepted) else None
    return None


# Inline notes: a record's direction written after a speaker's last words, on the same line ("you were being—
# [Witness conferring with counsel.]", "That's one on us. (Laughter)"); an HTML reader joins a direction that
# stands on a source line of its own into the paragraph before it in the same way.  When the words before it end
# the speaker's turn (a label or a note follows, or nothing), the cleaner sets the direction on a block of its
# own, like a direction standing alone: a note between the turns, never speech, and the turns stay as many as
# they were.  A direction inside a turn, with the same speaker's words after it, stays in the turn (the turn
# parser reads the directions it knows as directions there).  Only the record's shape counts: after a sentence
# end or a broken-off dash, the whole group in brackets, opening with a capital ("(yes.)" after a question is
# someone's answer; "[inaudible 00:35:30]" and "[glossary:PGNS]" are markup inside speech, kept).
# (the pattern opens with the sentence end it follows, so the regex engine skips ahead to such a mark instead of
# trying a look-behind at every position; group 1 is the direction)
INLINE_NOTE = re.compile(r"[.!?…—–-][ \t]*(\[[^\[\]\n]{2,200}\]\.?|\((?:[^()\n]|\([^()\n]*\))+\)\.?)[ \t]*$")
MARKUP = re.compile(r"[:|=]|https?:|www\.")  # glossary and time markup, links: not a direction


def _inline_note(line: str, accepted: frozenset[str]) -> int | None:
    """Where a direction that ends ``line`` after the speaker's words starts (the line as a whole is not one)."""
    if not line.endswith((")", "]", ").", "].")) or MD_HEADING.match(line):  # "## Why LDK? (LDK)": a heading's words
        return None
    match = INLINE_NOTE.search(line)
    if not match or match.start(1) == 0:
        return None
    group = match.group(1)
    letters = [c for c in group if c.isalpha()]
    fits = letters and letters[0].isupper() and not MARKUP.search(group) and _direction(group, accepted)
    return match.start(1) if fits else None


INLINE_NOTES = Registry("inline-notes")
INLINE_NOTES.register(Rule(
    "trailing direction", 50, "speech", _inline_note, None,
    "a record's direction after a speaker's last words on the same line: hearings and court records "
    "([Witness conferring with counsel.]), mission and press transcripts ('... on us. (Laughter)' before a label)"))


def may_trail(line: str) -> bool:
    """Whether a direction after a sentence end can end ``line`` (``INLINE_NOTE``): without one, ``trailing_note``
    keeps the line whole whatever follows it, so the cleaner does not ask what follows (a mission transcript's
    time code "[00:00:28:53]" ends with a bracket on every other line)."""
    return INLINE_NOTE.search(line.rstrip()) is not None


def trailing_note(line: str, accepted: frozenset[str]) -> list[str]:
    """``line`` as (words, direction) when a direction ends it after the speaker's words, else ``[line]``."""
    rule, at = INLINE_NOTES.first("speech", line.rstrip(), accepted)
    return [line] if rule is None else [line[:at].rstrip(), line[at:].strip()]


from . import minutes_notes  # noqa: E402,F401  (registers the minutes and IRC rules of ``NOTES``)
from .dialogue_headings import (DIALOGUE_HEADINGS, HEADING_CHARS, HEADINGS_MIN, PARAGRAPH_END,  # noqa: E402,F401
                                capitals_headings, heading_at)

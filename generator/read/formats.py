"""Input formats other than plain text -> plain transcript text (part of stage 1, read).

``to_transcript(text, suffix)`` turns subtitles (``.srt``, ``.vtt``) and web pages
(``.html``, ``.htm``) into the plain form the rest of the pipeline reads:

* subtitles (SubRip, WebVTT, YouTube's SubViewer ``.sbv``): cues are merged into turns; the speaker comes from
  a WebVTT voice tag (``<v Name>``), a label inside the cue (``Name:``, ``[SPEAKER_03]:``) or an SDH voice tag
  (``[Es] ...``, ``[director] ...``; see ``subtitles``); a cue of sound descriptions only is left out, listed;
  each turn starts with the time of its first cue: ``[00:01:02] Name: text``;
  a pause of ``PAUSE`` seconds or more inside one speaker's run starts a new
  paragraph.
* web pages: the main text (``<main>`` or ``<article>`` when there is one) with
  scripts, styles, navigation, headers, footers and forms left out; block
  elements become paragraphs, ``<b>``/``<strong>`` labels stay at the start of
  their paragraph, character entities are decoded.

Plain text and Markdown pass through unchanged.
"""

from __future__ import annotations

import ast
import html
import regex as re
from collections import Counter
from dataclasses import dataclass, replace

from . import comment_sections, embeds, md_escapes, subtitles, untimed_cues
from .html_text import _closed, _sub_closed, html_to_text, html_with_bold  # noqa: F401  (part of this module's interface)
from ..model import Removal

SUBTITLES = (".srt", ".vtt", ".sbv")
WEB_PAGES = (".html", ".htm")
PAUSE = 2.0
RARE_LABEL_SHARE = 0.05  # labelled cues under this share, none used twice: words before a colon, not speakers
# (a lecture's "Therefore: ..." once in 400 cues; a dialogue in captions labels most cues, and its labels recur)

TIMING = re.compile(
    r"^(?P<start>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?P<end>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})")
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>", re.I)
TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>", re.I)
# Captioners mark a change of speaker with ">>" before the new speaker's words, with or without the name (">> Ken
# Orr: Good morning.", ">> Thank you."; US broadcast and conference captions, written "&gt;&gt;" in WebVTT cue text).
# The mark is no word of the speech: it opens a new turn, named where a label follows it.
CHANGE = re.compile(r">{2,3}\s*")
NEW_VOICE = ""  # a cue's speaker when ">>" opens it with no name: someone else speaks, unnamed
UNNAMED = "Unknown speaker"  # the label of such a voice where other cues name theirs (``label-generic.txt``); in
# captions that name nobody, the voices run on unlabelled, as one unknown speaker's words
CUE_LABEL = re.compile(r"^(?:-\s*)?(?P<label>\[[^\]\n]{1,40}\]|[^\W\d_][\w'’. -]{0,40}?)\s*:\s+(?P<rest>\S.*)$", re.S)
BLOCK_SPLIT = re.compile(r"\n\s*\n")
# The Markdown and tag patterns below run on untrusted text, so each is linear.  A pattern that fails at an
# opening bracket would fail the same way from every later opening before the same closing bracket (or line end);
# the second alternative consumes that stretch in one step, so a line of "[[[[" or "![![![" is read once, not once
# per bracket.  A tag ends at the next ">": after the last ">" of a text no tag can start (see ``_closed``).
# (a destination in angle brackets may hold brackets: "![](<../.gitbook/assets/image (345).png>)", GitBook exports)
MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?:<[^<>\n]*>[ \t]*|[^)\n]*)(?P<end>\))|!\[[^\]\n]*+(?:\]\([^)\n]*+)?")
# (MD_LINK opens with its bracket and looks behind it for the "!" of an image: the regex engine skips ahead to
# each "[" instead of trying a look-behind at every position of the text)
MD_LINK = re.compile(r"\[(?<!!\[)(?:(?P<text>[^\]\n]+)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"\n]*\")?\)"
                     r"|[^\]\n]++(?:\]\([^)\s]*+)?)")
# (a tag's attributes hold no "<": "x <a few more -> y" is text, not a tag that swallows what stands between; nor a
# blank line, which ends a raw HTML block in Markdown: "<b<p>alpha>" read as "<b", a paragraph break and "alpha>"
# is no tag around "alpha")
ATTRIBUTES = r"(?:[^<>\n]|\n(?![ \t]*\n))*"
IMAGE_TAG = re.compile(rf"<img\b{ATTRIBUTES}>", re.I)
# raw HTML block elements inside Markdown: a paragraph break, as a browser shows them
BLOCK_TAG = re.compile(rf"</?(?:p|div|center|section|article|blockquote|table|tr|td|th|ul|ol|li|h[1-6]|hr|details|summary)\b"
                       rf"{ATTRIBUTES}>", re.I)
INLINE_TAG = re.compile(rf"</?(?:a|b|strong|i|em|u|code|span|small|big|sup|sub|mark|br|font|abbr|cite|kbd|q|s)\b"
                        rf"{ATTRIBUTES}>", re.I)
# A heading's attribute block, as pandoc writes it and Python-Markdown's attr_list and kramdown read it: ``## Full
# Transcript {#transcript}``, ``# Title {#title .unnumbered}``, ``## Q&A {: #qa }``, ``### Notes {-}``.  It is markup
# for the tool that made the page (an anchor, a class), not words of the heading: a title or a section read with it
# would carry "{#nl_protocol_tweede_kamer_2005_02_10}".  ``HEADED`` finds a heading line ending in braces (each try
# reads only to the next brace, so the scan stays linear); ``ATTRIBUTES`` says whether the braces hold attributes
# only (``# Sets {a, b}`` and ``# Budget {2024}`` keep their braces).
HEADED = re.compile(r"^([ ]{0,3}#{1,6}[ \t][^\n]*?)[ \t]*(\{[^{}\n]*\})[ \t]*$", re.M)
ATTRIBUTES = re.compile(r"\{:?[ \t]*(?:(?:[#.][\w:.-]+|-|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s\"'}]+))[ \t]*)+\}")
EMPHASIS_OPEN = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)")
EMPHASIS_CLOSE = {mark: re.compile(rf"(?<=\S){re.escape(mark)}(?![\w*])") for mark in ("**", "__")}
# A line set wholly in bold ("**How did you start?**", "#### **What was your background?**", "- __Q__"): one mark
# pair around the whole line, after heading or list marks.  Print and web interviews set the interviewer's questions
# so; the reader takes the marks out, so the lines are kept by number (``Source.bold_lines``).
# ... and a line that is one <b> or <strong> element (raw HTML inside Markdown: "<p><strong>How did you land the
# job?</strong></p>" once the paragraph tags are line breaks), read before the inline tags are taken out.
WHOLE_BOLD_TAG = re.compile(r"^[ \t]*<(b|strong)\b[^>\n]*>(?:(?!</?(?:b|strong)\b)[^\n])*</\1[ \t]*>[ \t]*$", re.M | re.I)
WHOLE_BOLD = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?(\*\*|__)(?=\S)(?:(?!\1)[^\n])+(?<=\S)\1[ \t]*$", re.M)

# A name alone on its line in bold, the speech below it ("**Tim Beiko**" / "Okay welcome everyone"; ethereum/pm call
# notes): the line keeps its emphasis, as a single-mark one ("*Tim Beiko*"), so that the label evidence can read
# it as it reads "*Adam*" (``parse/label_alone``); one to four words, no sentence punctuation.
BOLD_NAME_LINE = re.compile(r"^([ \t]*)(?:\*\*|__)([^\W\d_][\w'’.\-]*(?:[ ][\w'’.\-]+){0,3})(?:\*\*|__)([ \t]*)$", re.M)

BYTES_LINE = re.compile(r"""^b(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")[ \t]*$""", re.M)
BYTES_ESCAPES_MIN = 3  # a scraper's repr of a page has its line ends written "\n"; one or two escapes are a quotation


def _unrepr(text: str) -> str:
    """Lines that are a Python bytes literal (``b'<div>...\\n...'``, a scraper saved ``repr(page)`` instead of the
    page) decoded as UTF-8, so the page inside is read like any other."""
    def decode(match: re.Match) -> str:
        literal = match.group()
        if literal.count("\\n") + literal.count("\\x") < BYTES_ESCAPES_MIN:
            return literal
        try:
            return ast.literal_eval(literal.strip()).decode("utf-8", "replace")
        except (ValueError, SyntaxError, UnicodeError):
            return literal
    return BYTES_LINE.sub(decode, text) if "b'" in text or 'b"' in text else text


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    speaker: str | None
    text: str


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    return sum(float(p) * 60 ** i for i, p in enumerate(reversed(parts)))


def clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def _cue_speaker(text: str, tags: subtitles.Tags | None = None) -> tuple[str | None, str]:
    voice = VOICE.search(text, 0, _closed(text))
    if voice:
        return voice.group("name").strip(), _sub_closed(TAG, "", text).strip()
    text = html.unescape(_sub_closed(TAG, "", text)).strip()
    change = CHANGE.match(text)
    text = text[change.end():] if change else text
    if named := subtitles.role_label(text):
        return named
    label = CUE_LABEL.match(text)
    if label and (label.group("label").startswith("[") or len(label.group("label").split()) <= 4):
        name = label.group("label").strip("[] ")
        if name and not name[0].islower():
            return name, label.group("rest").strip()
    speaker, words = tags.speaker(text) if tags is not None else (None, text)
    return (NEW_VOICE if change and speaker is None else speaker), words


def _timing(line: str) -> re.Match | None:
    line = line.strip()
    return TIMING.match(line) or subtitles.SBV_TIMING.match(line)


def _raw_cues(text: str):
    """(line of the cue's text, timing, text lines) of each cue: a timing line and the lines after it, up to a
    blank line or the next timing line (cues written without a blank line between them: the next cue's SRT
    number, the digits just before its timing, is no text); and (first line, None, lines) of each block with no
    timing that is not the WebVTT header or styling (``subtitles.TECHNICAL_BLOCK``): a NOTE, a description."""
    position, line = 0, 1
    for gap in [*BLOCK_SPLIT.finditer(text), None]:
        block = text[position:gap.start() if gap else len(text)]
        first = line + block[:len(block) - len(block.lstrip())].count("\n")
        lines = block.strip().split("\n")
        marks = [i for i, each in enumerate(lines) if _timing(each)]
        if not marks and block.strip() and not subtitles.TECHNICAL_BLOCK.match(block.strip()):
            yield first, None, [each.strip() for each in lines if each.strip()]
        for index, stop in zip(marks, marks[1:] + [len(lines)]):
            body = [each.strip() for each in lines[index + 1:stop] if each.strip()]
            if stop < len(lines) and body and body[-1].isdigit():
                body.pop()
            if body:
                yield first + index + 1, _timing(lines[index]), body
        if gap:
            line += text.count("\n", position, gap.end())
            position = gap.end()


def _voices(start: float, end: float, lines: list[str], tags: subtitles.Tags) -> list[Cue]:
    """One cue, or one per line where each line opens with a dash and a line names its voice ("-[man] What?" /
    "-[woman] Nothing."): two speakers in one subtitle."""
    if len(lines) >= 2 and all(each.startswith("-") for each in lines):
        parts = [_cue_speaker(each.lstrip("-").strip(), tags) for each in lines]
        if any(speaker for speaker, _ in parts):
            return [Cue(start, end, speaker, html.unescape(words)) for speaker, words in parts]
    speaker, words = _cue_speaker(" ".join(lines), tags)
    return [Cue(start, end, speaker, html.unescape(words))]


def _written_label(plain: str, made: list[Cue]) -> bool:
    """Was the cue's speaker read from a ``Name:`` written in its text (not a voice tag)?"""
    if len(made) != 1 or not made[0].speaker:
        return False
    label = CUE_LABEL.match(plain)
    if label and label.group("label").strip("[] ") == made[0].speaker:
        return True
    named = subtitles.role_label(plain)
    return bool(named) and named[0] == made[0].speaker


def _rare_labels_as_text(cues: list[Cue], written: list[str | None]) -> list[Cue]:
    """Cues whose ``Name:`` is used once, in a document where no such label recurs and labelled cues are rare
    ("Therefore: not weakly alive." in a lecture's captions), with the words as written and no speaker; the
    first cue keeps its label (a speaker named once, where the captions start)."""
    counts = Counter(cue.speaker for cue, text in zip(cues, written) if text is not None)
    if not counts or max(counts.values()) > 1 or sum(counts.values()) >= RARE_LABEL_SHARE * len(cues):
        return cues
    return [replace(cue, speaker=None, text=text) if text is not None and index else cue
            for index, (cue, text) in enumerate(zip(cues, written))]


def read_cues(text: str) -> tuple[list[Cue], list[Removal]]:
    """Cues of an SRT, WebVTT or SubViewer file, in order, and what was left out: the blocks outside the cues
    (``subtitles.UNTIMED_REASON``), then the cues of sounds only."""
    raw = []
    removed = []
    for line, timing, lines in _raw_cues(text):
        if timing is None:  # a description or a comment outside the cues: listed, never silently dropped
            removed.append(Removal(line, "\n".join(lines), subtitles.UNTIMED_REASON))
        else:
            raw.append((line, timing, lines))
    plains = [html.unescape(_sub_closed(TAG, "", " ".join(lines))).strip() for _, _, lines in raw]
    tags = subtitles.Tags.of(plains)
    cues, written = [], []
    sound_openings = subtitles.rare_opening_sounds([lines[0] for _, _, lines in raw], tags)
    for (line, timing, lines), plain in zip(raw, plains):
        if subtitles.sounds_only(plain):
            removed.append(Removal(line, plain, subtitles.SOUND_REASON))
            continue
        sound, first = tags.opening_sound(lines[0]) if sound_openings and not cues else (None, lines[0])
        if sound:  # "[Music] What is ROOT?" opening the captions: the sound is listed as removed, the words stay
            removed.append(Removal(line, sound, subtitles.OPENING_SOUND_REASON))
            lines, plain = [first, *lines[1:]], plain[plain.index("]") + 1:].strip()
        made = _voices(_seconds(timing.group("start")), _seconds(timing.group("end")), lines, tags)
        cues += made
        written += [html.unescape(plain) if _written_label(plain, made) else None] * len(made)
    return _rare_labels_as_text(cues, written), removed


def parse_cues(text: str) -> list[Cue]:
    """Cues of an SRT, WebVTT or SubViewer file, in order; NOTE, STYLE and REGION blocks are skipped."""
    return read_cues(text)[0]


def subtitles_to_text(text: str) -> tuple[str, list[Removal]]:
    """Merge cues into turns: ``[hh:mm:ss] Speaker: text`` blocks, paragraphs at long pauses; and the cues of
    sounds only, left out."""
    cues, removed = read_cues(text)
    return cues_to_text(cues), removed


def cues_to_text(cues: list[Cue]) -> str:
    """Timed cues (subtitles, rows of a timed table) as ``[hh:mm:ss] Speaker: text`` blocks: one speaker's
    cues run on until a pause of ``PAUSE`` seconds or more, which starts a new paragraph; an unnamed voice
    (``NEW_VOICE``: ">>" with no name) starts a block of ``UNNAMED`` where other cues name their voices, else a
    block with no label."""
    blocks: list[list[str]] = []  # the pieces of each block, joined at the end (adding to a string is quadratic)
    speaker: str | None = None
    previous_end = 0.0
    unnamed = UNNAMED if any(cue.speaker for cue in cues) else None
    for cue in cues:
        continues = cue.speaker is None or cue.speaker == speaker
        if blocks and continues and cue.start - previous_end < PAUSE:
            blocks[-1].append(cue.text)
        else:
            speaker = unnamed if cue.speaker == NEW_VOICE else cue.speaker or speaker
            label = f" {speaker}:" if speaker else ""  # repeated at each paragraph: the parser joins them
            blocks.append([f"[{clock(cue.start)}]{label} {cue.text}"])
        previous_end = cue.end
    return "\n\n".join(" ".join(block) for block in blocks) + "\n"


def _unemphasise(text: str) -> str:
    """``**bold**`` and ``__bold__`` -> their text: an opening mark (not inside a word) and the nearest closing
    mark of the same kind on the same line, with text between.  An opening without a closing after it is left as
    written, and so is every later opening of that kind on that line: none of them can close either."""
    if "**" not in text and "__" not in text:
        return text  # no mark (the opening's look-behind is tried at every position of a text searched for one)
    out, position, search_from = [], 0, 0
    dead: dict[str, int] = {}  # mark -> line end before which no opening of that kind can close
    while (opening := EMPHASIS_OPEN.search(text, search_from)) is not None:
        mark, start = opening.group(1), opening.start()
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        closing = None if dead.get(mark, -1) == line_end else EMPHASIS_CLOSE[mark].search(text, start + 3, line_end)
        if closing is None:
            dead[mark] = line_end
            search_from = start + 1
            continue
        out.append(text[position:start] + text[start + 2:closing.start()])
        position = search_from = closing.end()
    return "".join(out) + text[position:]


def _without_heading_attributes(text: str) -> str:
    """Each heading's attribute block (``HEADED``, ``ATTRIBUTES``) taken off; any other text as it is."""
    if "{" not in text:
        return text
    return HEADED.sub(lambda m: m.group(1) if ATTRIBUTES.fullmatch(m.group(2)) else m.group(0), text)


def markdown_to_text(text: str) -> str:
    """Markdown and inline HTML markup -> the text a reader sees; block structure (#, >, lists) stays.

    Links keep their text, images and embedded media go (they hold no transcript words), inline
    tags are dropped, headings lose their attribute blocks and character entities are decoded.
    """
    return markdown_with_bold(text)[0]


def markdown_with_bold(text: str) -> tuple[str, frozenset[int]]:
    """``markdown_to_text`` and the indexes (from 0) of its lines that were set wholly in bold (``WHOLE_BOLD``)."""
    return markdown_read(text)[:2]


def markdown_read(text: str) -> tuple[str, frozenset[int], list[Removal]]:
    """``markdown_with_bold`` and the embedded media and scripts taken out (``embeds``), listed."""
    text, removed = comment_sections.strip(text)
    text, embedded = embeds.strip(text)
    removed += embedded
    text = _without_heading_attributes(text)
    # (each pattern only on a text with the characters it opens with)
    if "![" in text:
        text = MD_IMAGE.sub(lambda m: "" if m.group("end") else m.group(0), text)
    text = _sub_closed(IMAGE_TAG, "", text) if "<" in text else text
    if "[" in text:
        text = MD_LINK.sub(lambda m: m.group("text") or m.group(0), text)
    text = _sub_closed(BLOCK_TAG, "\n\n", text) if BLOCK_TAG.search(text, 0, _closed(text)) else text
    tagged = frozenset(text.count("\n", 0, m.start()) for m in WHOLE_BOLD_TAG.finditer(text)) \
        if "<b" in text or "<B" in text or "<strong" in text or "<STRONG" in text else frozenset()
    text = _sub_closed(INLINE_TAG, "", text)
    bold = frozenset(text.count("\n", 0, m.start()) for m in WHOLE_BOLD.finditer(text)) \
        if "**" in text or "__" in text else frozenset()
    bold |= tagged
    if "**" in text or "__" in text:
        text = BOLD_NAME_LINE.sub(r"\1*\2*\3", text)
    text = _unemphasise(text)
    return html.unescape(md_escapes.unescape(text)), bold, removed


def to_transcript(text: str, suffix: str, markdown: bool = False) -> tuple[str, str, list[Removal], frozenset[int]]:
    """Return ``(plain transcript text, format name, what was left out, indexes of its lines set wholly in bold)``
    for a decoded file (lines of ``text``)."""
    suffix = suffix.lower()
    if suffix == ".sbv" or suffix not in SUBTITLES + WEB_PAGES and subtitles.is_sbv(text):
        body, removed = subtitles_to_text(text)
        return body, "SubViewer subtitles", removed, frozenset()
    if suffix in SUBTITLES or text.lstrip().startswith("WEBVTT"):
        body, removed = subtitles_to_text(text)
        if not body.strip() and removed and all(r.reason == subtitles.UNTIMED_REASON for r in removed):
            body, removed = untimed_cues.as_text([(r.line, r.text.split("\n")) for r in removed])
            return body, untimed_cues.FORMAT, removed, frozenset()  # no cue is timed: the blocks are the text
        return body, "WebVTT subtitles" if suffix == ".vtt" else "SubRip subtitles", removed, frozenset()
    if suffix in WEB_PAGES:
        body, bold = html_with_bold(_unrepr(text))
        return body, "HTML page", [], bold
    if markdown or suffix in (".md", ".markdown"):
        body, bold, removed = markdown_read(text)
        return body, "Markdown", removed, bold
    return text, "plain text", [], frozenset()

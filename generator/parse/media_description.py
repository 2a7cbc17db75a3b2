"""An AI model's description of a video or a recording (part of stage 2, clean; rule "model-description").

Asked to "divide the video into sections (with times), describe the picture and transcribe the audio", a model
(Gemini, GPT, a Whisper pipeline) answers in Markdown, and people save the answer as it came:

    - model: gemini-1.5-pro-latest          the head: the model, the video, the prompt as a '>' quote
    > 動画の内容を ... 文字起こしを添えて出力してください。
    承知しました。...                          the model's reply
    [00:00:05-00:00:21] 雨が降る夜 ...          a section: its time range, then the picture described,
    Okay, so you know how sometimes ...        then the words said (and their translation), one a line
    **0:05 - 0:21** / **映像:** ... / **音声:** Okay, ...    (or fields: picture, audio, gloss)
    少しでもお役に立てれば幸いです。             the model's closing line

The document's own evidence decides: at least ``SECTIONS_MIN`` lines open with a time range (a section), and the
head before the first section names the model (a ``model`` line of ``data/media-description-fields.txt``) or
quotes the prompt.  Then the head, each section's time-range line, its picture fields (and glosses, bold section
titles) and the model's one-line closing are no one's words: their blocks are kept as narration (``described``);
the lines after a time range and the audio fields' text are the words said, by voices no label names.  An audio
field's key ("**音声:**") opening the words is listed as removed; the field keys are no speaker labels.

In: the document's blocks.  Out: the blocks, split where a note line and a spoken line share one, the first lines
of the blocks that are notes, the field keys read, and the removals.
"""

from __future__ import annotations

import regex as re
from dataclasses import dataclass
from functools import lru_cache

from . import rules, vocab
from .label_rules import TIMESTAMP
from ..model import Block, Removal

SECTIONS_MIN = 3  # time-range sections a description runs through (a one-minute video makes four or more); one
# or two time ranges are a subtitle's or a chapter list's, read as they are
# "[00:00:05-00:00:21]", "0:05 - 0:21", "[0:00 to 0:04]", "(00:04-00:07)"
RANGE = rf"[\[(（]?\s*{TIMESTAMP}\s*(?:-|–|—|~|〜|to)\s*{TIMESTAMP}\s*[\])）]?"
# a list mark, a heading mark, bold (possessive: a line of spaces is read once, not once per way to split it)
MARKS = r"\s*+(?:[-*+•][ \t]++)?(?:#{1,6}[ \t]++)?(?:\*\*|__)?\s*+"
OPENER = re.compile(rf"^{MARKS}{RANGE}")
TIME_MARK = re.compile(r"\d[:：]\d")
FIELD = re.compile(rf"^{MARKS}(?P<key>[^\W\d_][^*:：\n]{{0,30}}?)\s*+(?:\*\*|__)?\s*+[:：]\s*+(?:\*\*|__)?\s*+(?P<rest>.*)$")
BOLD_LINE = re.compile(r"^\s*(?:[-*+•][ \t]+)?\*\*[^*]+\*\*\s*$")  # "**Section 38: Outro**": a section's title
RULE_LINE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")  # "---" between sections
HEAD_BLOCKS = 6  # the head names the model and quotes the prompt in its first blocks (two to four of them)
SECTIONS_FILLED = 0.5  # at least this share of the sections holds lines below the time range (the picture's
# fields, the words said): a transcription's timed lines hold their words on the time's line, and read as they are
LIST_MARK = re.compile(r"^\s*[-*+•][ \t]+")
PROMPT = re.compile(r"^\s*>\s*\S")
BRACKETED = re.compile(r"^\s*[(（\[［【].*[)）\]］】]\s*$")  # "(BGMのみ)", "(Silence)": a note on the sound, no words


@dataclass(frozen=True)
class Description:
    blocks: list[Block]
    described: frozenset[int]  # first lines of the blocks that are notes (the head, pictures, the closing)
    keys: frozenset[str]  # the field keys read (folded): notes' and the audio's, never speaker labels
    removed: list[Removal]


@lru_cache(maxsize=1)
def _keys() -> dict[str, frozenset[str]]:
    entries = vocab.sections("media-description-fields.txt")
    return {section: frozenset(e.casefold() for s, e in entries if s == section)
            for section in ("model", "audio", "picture", "silent")}


def _field(line: str) -> tuple[str, str] | None:
    found = FIELD.match(line)
    return (found.group("key").strip().casefold(), found.group("rest")) if found else None


def _opener(line: str) -> bool:
    if not TIME_MARK.search(line):  # (most lines hold no time code: asked once, cheaply)
        return False
    if OPENER.match(line):
        return True
    found = _field(line)  # "*   **Time:** 8:53 - 9:01": the range as a field
    return bool(found and found[0] in _keys()["picture"] and OPENER.match(found[1]))


def _head_names_model(head: list[Block]) -> bool:
    lines = [line for block in head for line in block.text.split("\n")]
    return any(PROMPT.match(line) or ((found := _field(line)) and found[0] in _keys()["model"]) for line in lines)


def _opens_more(blocks: list[Block], index: int) -> bool:
    """Whether the section opened in block ``index`` holds more than its time-range line: lines below it in its
    block, or a next block before the next section."""
    lines = [line for line in blocks[index].text.split("\n") if line.strip()]
    if len(lines) > 1:
        return True
    return index + 1 < len(blocks) and not _opener(blocks[index + 1].text.split("\n", 1)[0])


def _role(line: str, keys: set[str]) -> tuple[str, str]:
    """("note" | "said", the text said) of a line inside the sections (see the module)."""
    if _opener(line) or BOLD_LINE.match(line) or RULE_LINE.match(line):
        return "note", ""
    found = _field(line)
    if found and found[0] in _keys()["audio"]:
        keys.add(found[0])
        rest = found[1].strip(" .。")
        silent = not rest or BRACKETED.match(rest) or rest.casefold() in _keys()["silent"]
        return ("note", "") if silent else ("key", found[1])
    if found and found[0] in _keys()["picture"]:
        keys.add(found[0])
        return "note", ""
    return "said", LIST_MARK.sub("", line)  # "*   Speaker 1: Okay, ...": a list of the words said, label first


def read(blocks: list[Block], format: str = "Markdown") -> Description:
    """The document read as a model's description of a recording; its blocks as they are, no notes, when it is not
    one (see the module: a Markdown answer of a model)."""
    none = Description(blocks, frozenset(), frozenset(), [])
    if format != "Markdown":
        return none
    if not _head_names_model(blocks[:HEAD_BLOCKS]):  # (asked first: most documents end here, unread)
        return none
    openers = [i for i, block in enumerate(blocks) for line in block.text.split("\n") if _opener(line)]
    if len(openers) < SECTIONS_MIN or not _head_names_model(blocks[:openers[0]]):
        return none
    if sum(_opens_more(blocks, i) for i in set(openers)) < SECTIONS_FILLED * len(set(openers)):
        return none  # "[00:00-00:15] words" a line: a transcription's timed lines, the words on the time's line
    keys: set[str] = set()
    out, described, removed = [], set(), []
    for index, block in enumerate(blocks):
        if index < openers[0] or (index == len(blocks) - 1 > openers[-1] and "\n" not in block.text.strip()
                                  and not _field(block.text)):
            out.append(block)  # the head (the model, the prompt, the reply) and the model's closing line
            described.add(block.line)
            continue
        runs: list[tuple[str, int, list[str]]] = []  # (role, first line, lines)
        for offset, line in enumerate(block.text.split("\n")):
            role, said = _role(line, keys)
            if role == "key":
                removed.append(Removal(block.line + offset, line[:len(line) - len(said)].strip(),
                                       "field key of a model's description of a recording (the words said follow it)"))
                role = "said"
            line = said if role == "said" else line
            if runs and runs[-1][0] == role:
                runs[-1][2].append(line)
            else:
                runs.append((role, block.line + offset, [line]))
        for number, (role, line, texts) in enumerate(runs):
            out.append(Block(line, "\n".join(texts), block.gap_before if number == 0 else 0))
            if role == "note":
                described.add(line)
    if not any(block.line not in described for block in out[openers[0]:]):
        return none  # no words said: a chapter list, not a transcript
    rules.fired(DESCRIPTION, DESCRIPTION["model-description"])
    return Description(out, frozenset(described), frozenset(keys), removed)


DESCRIPTION = rules.Registry("media_description")
DESCRIPTION.register(rules.Rule("model-description", 0, "body", read, None,
                                "an AI model's description of a video in Markdown: its head, time-range sections, "
                                "picture fields and closing are notes; the words said are one unnamed voice's"))

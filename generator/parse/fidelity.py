"""Fidelity accounting: is every word of a source somewhere a reader sees it as what it is?

In: a source text and its record in ``corpus.json`` (a dict, at the edge).  Out:
the words of the source (with their counts) that the page does not show as what
they are.  A word counts as kept where it is speech or narration (turns,
attributions, the introduction), a speaker label as written, or in the "Removed
from the source" list, anywhere in the source; and as metadata (title, header
lines, place, fields ...) only against the source's header and trailer lines,
so that speech moved into a metadata field shows up as lost.  A field whose key
the source uses as a speaker label ("Interviewer: ..." twice) is a turn, never
metadata.  An empty result means nothing was lost.
"""

from __future__ import annotations

import regex as re
from collections import Counter

from .labels import label_key, never_a_label

WORD = re.compile(r"\w+")
KEY_AT_START = re.compile(r"^[ \t>*#_]*(?P<key>[^\W\d_][\w'’.\- ]{0,40}?)[ \t]*(?:[(\[][^)\]\n]*[)\]])?[ \t]*:")
# Without speaker labels, a document's header is read from its first blocks and its trailer from its last
# lines; a labelled document's header ends at its first label and its trailer starts after its last one.
HEADER_BLOCKS = 6  # the header stage reads at most six opening blocks (title, subtitle, header block, intro)
HEADER_BLOCK_LINES = 12  # lines of each that the cleaner left: a header block's 8, or a hard-wrapped intro
EDGE_LINES = 15  # non-blank lines at the bottom that trailer fields and a licence line can come from
LABEL_KEY_MIN = 2  # a key that opens this many lines is a speaker label ("Interviewer:", "SPEAKER:")


def words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text.casefold()))


def speech_text(record: dict) -> str:
    """What a reader sees as the document's text: turns, the introduction and the removed list."""
    parts = list(record.get("introduction", []))
    for turn in record["turns"]:
        parts += [turn["text"], turn.get("label") or "", turn.get("note") or "", turn.get("time") or ""]
        parts += turn.get("attributions", []) + turn.get("times", [])
    parts += [removed["text"] for removed in record["removed"]]
    return "\n".join(parts)


def header_text(record: dict) -> str:
    """Metadata read from the opening of the document."""
    parts = [record["title"] or "", record.get("subtitle") or "", record.get("date_text") or "",
             record.get("place") or ""]
    return "\n".join(parts + list(record.get("header_lines", [])))


def field_text(record: dict, label_keys: set[str]) -> str:
    """Metadata fields (and the source name) whose key is not one of the source's speaker labels."""
    parts = [record.get("source_name") or ""]
    parts += [f"{field['key']} {field['value']}" for field in record.get("fields", [])
              if label_key(field["key"]) not in label_keys]
    return "\n".join(parts)


def field_lines(source_text: str, record: dict, label_keys: set[str]) -> list[str]:
    """The source lines the metadata fields were read from, wherever they stand.  The cleaner reads fields before
    the label stage has weighed labels used once, so a field line may end up between two turns (``Source: X``
    after a single-use label): listed as a field, it is kept, not lost."""
    lines = source_text.split("\n")
    return [lines[field["line"] - 1] for field in record.get("fields", [])
            if 0 < field.get("line", 0) <= len(lines) and label_key(field["key"]) not in label_keys]


def _label_pattern(label: str) -> re.Pattern:
    return re.compile(rf"^[ \t>*#]*(?:[\[(]?[\d:.,]+[\])]?[ \t]+)?[*_\[]*{re.escape(label)}\b")


def label_words(source_text: str, record: dict) -> Counter[str]:
    """Words of every speaker label as written, once per time the source writes it as a label (at a line's
    start, or inside a paragraph after a sentence end).

    Labels are metadata: each one is shown with its speaker ("as SECRETARY KERRY"),
    including the repeats that joining consecutive turns of one speaker leaves out.
    """
    found: Counter[str] = Counter()
    for speaker in record["speakers"]:
        for label in speaker["labels"]:
            times = len(re.findall(rf"(?m){_label_pattern(label).pattern}", source_text))
            times += len(re.findall(rf"(?<=[.!?…\"”)\]—-])[ \t]+{re.escape(label)}(?:[ ]\([^)\n]{{1,80}}\))?:",
                                    source_text))  # a label inside a paragraph ("... away. COOPER: Do you")
            for word, count in words(label).items():
                found[word] += count * times
    return found


def label_keys(source_text: str, record: dict) -> set[str]:
    """Keys of the speaker labels of this source: the record's, and any key opening two or more lines that
    could be a speaker label (not a field key, not two names)."""
    keys = {label_key(label) for speaker in record["speakers"] for label in speaker["labels"]}
    openers = Counter(m.group("key").strip() for line in source_text.split("\n") if (m := KEY_AT_START.match(line)))
    return keys | {label_key(key) for key, count in openers.items()
                   if count >= LABEL_KEY_MIN and not never_a_label(key)}


def _label_line_pattern(label: str) -> re.Pattern:
    """The label written as a label: followed by a note in brackets, if any, then ":", "." or "]"."""
    return re.compile(rf"{_label_pattern(label).pattern}(?:\*\*|__)?[ \t]*(?:[(\[][^)\]\n]*[)\]])?[ \t]*[:.\]]")


def _is_label_line(line: str, keys: set[str], patterns: list[re.Pattern]) -> bool:
    match = KEY_AT_START.match(line)
    return bool(match and label_key(match.group("key")) in keys) or any(p.match(line) for p in patterns)


def edge_lines(source_text: str, record: dict, keys: set[str]) -> tuple[list[str], list[str]]:
    """(header lines, trailer lines) of the source: before its first speaker label and after the paragraph of
    its last one; in a document without labels, its opening blocks and its last ``EDGE_LINES`` non-blank
    lines."""
    patterns = [_label_line_pattern(label) for speaker in record["speakers"] for label in speaker["labels"]]
    lines = source_text.split("\n")
    shown = {line.strip() for text in record.get("header_lines", []) for line in text.split("\n")}
    marked = [i for i, line in enumerate(lines)  # a label line shown as written in the header lines is shown
              if _is_label_line(line, keys, patterns) and line.strip() not in shown]
    if not marked:
        filled = [line for line in lines if line.strip()]
        return _opening_blocks(lines, record), filled[-EDGE_LINES:]
    end = marked[-1]
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1  # the last turn's paragraph
    return lines[:marked[0]], lines[end + 1:]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text.casefold())


def _opening_blocks(lines: list[str], record: dict) -> list[str]:
    """The first ``HEADER_BLOCKS`` runs of non-blank lines, each cut at ``HEADER_BLOCK_LINES`` lines, not
    counting the runs the cleaner took out whole (removed, or made fields) before the header was read."""
    taken = {_squeezed(r["text"]) for r in record["removed"]}
    taken |= {_squeezed(f"{f['key']}:{f['value']}") for f in record.get("fields", [])}
    blocks: list[list[str]] = [[]]
    opening: list[str] = []
    for line in lines + [""]:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            if _squeezed("\n".join(blocks[-1])) in taken:
                opening += blocks.pop()
                blocks.append([])
            elif len(blocks) == HEADER_BLOCKS:
                break
            else:
                blocks.append([])
    return opening + [line for block in blocks for line in _first_lines(block, taken)]


def _first_lines(block: list[str], taken: set[str]) -> list[str]:
    """The lines of a block up to its ``HEADER_BLOCK_LINES``-th line that the cleaner left in place."""
    found, left = [], 0
    for line in block:
        found.append(line)
        left += _squeezed(line) not in taken
        if left == HEADER_BLOCK_LINES:
            break
    return found


def unaccounted(source_text: str, record: dict) -> Counter[str]:
    """Words of ``source_text`` missing from the published record (empty when none is lost)."""
    missing = words(source_text) - words(speech_text(record)) - label_words(source_text, record)
    keys = label_keys(source_text, record)
    top, bottom = edge_lines(source_text, record, keys)
    missing -= words(header_text(record)) & words("\n".join(top))
    missing -= words(field_text(record, keys)) & words("\n".join(top + bottom + field_lines(source_text, record, keys)))
    return missing

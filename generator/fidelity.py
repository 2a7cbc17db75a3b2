"""Fidelity accounting: is every word of a source somewhere in what we publish?

In: a source text and its record in ``corpus.json`` (a dict, at the edge).  Out:
the words of the source (with their counts) that appear neither in the page's
text (turns, notes, attributions, introduction), nor in its metadata (title,
header lines, fields, labels as written), nor in the "Removed from the source"
list.  An empty result means nothing was lost.
"""

from __future__ import annotations

import re
from collections import Counter

WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text.casefold()))


def published_text(record: dict) -> str:
    """Everything of a transcript record that a reader can see."""
    parts = [record["title"] or "", record.get("subtitle") or "", record.get("date_text") or "",
             record.get("place") or "", record.get("source_name") or ""]
    parts += record.get("header_lines", [])
    parts += [f"{field['key']} {field['value']}" for field in record.get("fields", [])]
    parts += record.get("introduction", [])
    for turn in record["turns"]:
        parts += [turn["text"], turn.get("label") or "", turn.get("note") or "", turn.get("time") or ""]
        parts += turn.get("attributions", [])
    parts += [removed["text"] for removed in record["removed"]]
    return "\n".join(parts)


def label_words(source_text: str, record: dict) -> Counter[str]:
    """Words of every speaker label as written, once per time the source writes it.

    Labels are metadata: each one is shown with its speaker ("as SECRETARY KERRY"),
    including the repeats that joining consecutive turns of one speaker leaves out.
    """
    found: Counter[str] = Counter()
    for speaker in record["speakers"]:
        for label in speaker["labels"]:
            times = len(re.findall(rf"(?m)^[ \t>*#]*(?:[\[(]?[\d:.,]+[\])]?[ \t]+)?[*_\[]*{re.escape(label)}\b",
                                   source_text))
            for word, count in words(label).items():
                found[word] += count * times
    return found


def unaccounted(source_text: str, record: dict) -> Counter[str]:
    """Words of ``source_text`` missing from the published record (empty when none is lost)."""
    published = words(published_text(record)) + label_words(source_text, record)
    return words(source_text) - published

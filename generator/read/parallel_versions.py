"""A paragraph's other version folded away in a ``<details>`` element after it (read stage, Markdown and text).

Translated transcripts give each turn in the reader's language and its original in a disclosure element under it::

    **特朗普总统**: 我们正在……

    <details>
    <summary>Original English</summary>

    **President Trump**: We are ...

    </details>

(held-out ho04 and the other pages of its publisher, podcasts translated into Chinese; translated documentation
and tweet readers write ``<details><summary>原文</summary>...`` the same way).  The original is the same turn, not
a second one: ``rewrite`` takes out the element's tags, its caption (the ``<summary>``) and, when the paragraph
before opens with a label, the label the original repeats (both listed as removed), so its words follow in that turn.
A ``<details>`` element that holds more than one paragraph (a whole transcript folded under "View Full
Transcription"), holds no words, or follows no paragraph of text is left as it is.
"""

from __future__ import annotations

import regex as re

from ..model import Removal

DETAILS = re.compile(r"^[ \t]*<details\b[^<>\n]*>[ \t]*\n(?P<inner>(?:(?![ \t]*</?details\b).*\n){1,40}?)"
                     r"[ \t]*</details>[ \t]*$", re.M | re.I)
SUMMARY = re.compile(r"\A\s*<summary\b[^<>\n]*>(?P<caption>[^<>\n]{1,80})</summary>[ \t]*\n", re.I)
LABEL = re.compile(r"^(?:\*\*\[?[^*\n]{1,80}?\]?\*\*[ \t]*[:：]|\*\*[^*\n]{1,80}?[:：]\*\*)[ \t]*")  # "**Name**:"
# and "**Name:**", the bold labels of the translated pages; the original repeats the label in its own language
COMMENT = re.compile(r"<!--.*?-->", re.S)
CAPTION_WHY = "the caption of a paragraph's other version (a translation's original)"
LABEL_WHY = "the label a paragraph's other version repeats (its speaker's, in the original's language)"


def rewrite(text: str) -> tuple[str, list[Removal]]:
    """``text`` with each paragraph's other version in a ``<details>`` element after it written as a paragraph of
    the same turn, and the captions and the repeated labels taken out (as ``Removal``, numbered by line of
    ``text``)."""
    if "<details" not in text and "<DETAILS" not in text:
        return text, []
    out, removed, position = [], [], 0
    for element in DETAILS.finditer(text):
        version = _version(text, element)
        if version is None:
            continue
        caption, label, words = version
        line = text.count("\n", 0, element.start()) + 1
        if caption:
            removed.append(Removal(line + 1, caption, CAPTION_WHY))
        if label:
            inner = element.group("inner")
            removed.append(Removal(line + 1 + inner.count("\n", 0, inner.find(label)), label, LABEL_WHY))
        out.append(text[position:element.start()] + words)
        position = element.end()
    return "".join(out) + text[position:], removed


def _version(text: str, element: re.Match) -> tuple[str, str, str] | None:
    """The caption, the repeated label and the words of a ``<details>`` element that holds one paragraph and follows
    a paragraph of text (the label taken off the words when that paragraph opens with one too), or None."""
    inner = element.group("inner")
    summary = SUMMARY.match(inner)
    body = inner[summary.end():] if summary else inner
    words = COMMENT.sub("", body).strip()
    if not any(c.isalnum() for c in words) or "\n\n" in words.replace("\r", "") or words.startswith("<"):
        return None
    stop = element.start()
    while stop and text[stop - 1] in " \t\n":
        stop -= 1
    before = text[text.rfind("\n\n", 0, stop) + 1:stop].strip()
    if not before or before.startswith(("<", "#", "|", "```")):
        return None
    repeated = LABEL.match(words) if LABEL.match(before) else None
    return (summary.group("caption").strip() if summary else ""), (repeated.group().strip() if repeated else ""), \
        words[repeated.end():] if repeated else words

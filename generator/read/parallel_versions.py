"""A paragraph's other version folded away in a ``<details>`` element after it (read stage, Markdown and text).

Translated transcripts give each turn in the reader's language and its original in a disclosure element under it::

    **特朗普总统**: 我们正在……

    <details>
    <summary>Original English</summary>

    **President Trump**: We are ...

    </details>

(held-out ho04 and the other pages of its publisher, podcasts translated into Chinese; translated documentation
and tweet readers write ``<details><summary>原文</summary>...`` the same way).  The original is the same turn, not
a second one: ``rewrite`` takes out the element's tags and its caption (the ``<summary>``, listed as removed) and,
when the paragraph before opens with a label, the label the original repeats, so its words follow in that turn.
A ``<details>`` element that holds more than one paragraph (a whole transcript folded under "View Full
Transcription"), holds no words, or follows no paragraph of text is left as it is.
"""

from __future__ import annotations

import re

from ..model import Removal

DETAILS = re.compile(r"^[ \t]*<details\b[^<>\n]*>[ \t]*\n(?P<inner>(?:(?![ \t]*</?details\b).*\n){1,40}?)"
                     r"[ \t]*</details>[ \t]*$", re.M | re.I)
SUMMARY = re.compile(r"\A\s*<summary\b[^<>\n]*>(?P<caption>[^<>\n]{1,80})</summary>[ \t]*\n", re.I)
LABEL = re.compile(r"^(?:\*\*\[?[^*\n]{1,80}?\]?\*\*[ \t]*[:：]|\*\*[^*\n]{1,80}?[:：]\*\*)[ \t]*")  # "**Name**:"
# and "**Name:**", the bold labels of the translated pages; the original repeats the label in its own language
COMMENT = re.compile(r"<!--.*?-->", re.S)


def rewrite(text: str) -> tuple[str, list[Removal]]:
    """``text`` with each paragraph's other version in a ``<details>`` element after it written as a paragraph of
    the same turn, and the captions taken out (as ``Removal``, numbered by line of ``text``)."""
    if "<details" not in text and "<DETAILS" not in text:
        return text, []
    out, removed, position = [], [], 0
    for element in DETAILS.finditer(text):
        version = _version(text, element)
        if version is None:
            continue
        caption, words = version
        if caption:
            removed.append(Removal(text.count("\n", 0, element.start()) + 2, caption,
                                   "the caption of a paragraph's other version (a translation's original)"))
        out.append(text[position:element.start()] + words)
        position = element.end()
    return "".join(out) + text[position:], removed


def _version(text: str, element: re.Match) -> tuple[str, str] | None:
    """The caption and the words of a ``<details>`` element that holds one paragraph and follows a paragraph of
    text (with the repeated label taken off when that paragraph opens with one), or None."""
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
    if LABEL.match(before):
        words = LABEL.sub("", words, count=1)
    return (summary.group("caption").strip() if summary else ""), words

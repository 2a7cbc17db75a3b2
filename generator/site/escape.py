"""Escaping for the places transcript text lands: HTML, Markdown inline text, front matter, URLs.

Transcript text is data, never markup: in the pages it is written inside raw HTML
blocks (HTML-escaped, so Markdown leaves it alone); the few strings that must be
Markdown (headings, link texts) are backslash-escaped.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

# Characters that are markup anywhere in a line (code, emphasis, links, attribute lists, headings' closing
# hashes, table cells), and those that are markup only where a paragraph starts (a list, a numbered list).
# Escaping only these keeps pages light for Python-Markdown: every escape is one more inline node to process.
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|])")
MD_LINE_START = re.compile(r"^(\s*)(?:([+\-])|(\d+)([.)]))")
TOC_UNSAFE = re.compile(r"[<>&\"{}\\\[\]`*_]")
# ``md`` in one ``str.translate``: the characters of ``MD_SPECIAL`` backslash-escaped and "&", "<", ">" made
# entities in the same pass (neither step makes a character the other or ``MD_LINE_START`` reads, so the order of
# the three steps does not matter).  Most texts hold none of these characters (``MD_ANY``: 86% of the segments of
# 83 real transcripts) and start with no line-start rule's character: they are returned as they are.
MD_ANY = re.compile(r"[\\`*_{}\[\]#|&<>]").search
MD_LINE_START_ANY = MD_LINE_START.match
MD_TABLE = str.maketrans({**{c: "\\" + c for c in "\\`*_{}[]#|"}, "&": "&amp;", "<": "&lt;", ">": "&gt;"})


def h(text: object) -> str:
    """HTML-escape text for element content and attribute values; braces too, so that no template syntax
    (``{{ ... }}``, an attribute list ``{: ...}``) of the input is left in a page for any tool to read."""
    return html.escape(str(text), quote=True).replace("{", "&#123;").replace("}", "&#125;")


def meta(text: str) -> str:
    """A value for a generated page's front matter (title, description, tags).  MkDocs and Material print these
    without escaping (into ``<title>``, the header, the description's attribute, the tags and the tags page),
    so they are stored HTML-escaped: every such insertion is then text, which the browser shows as written."""
    return h(text)


def md(text: str) -> str:
    """Escape text for Markdown inline context (paragraphs, headings, link texts): what Python-Markdown would
    read as markup is backslash-escaped, "<", ">" and "&" become entities, the rest is left as written."""
    escaped = text.translate(MD_TABLE) if MD_ANY(text) else text
    return MD_LINE_START.sub(_escape_start, escaped, 1) if MD_LINE_START_ANY(escaped) else escaped


def _escape_start(match: re.Match) -> str:
    space, sign, number, dot = match.groups()
    return f"{space}\\{sign}" if sign else f"{space}{number}\\{dot}"


def toc_label(text: str, limit: int = 70) -> str:
    """A short, attribute-safe label for the table of contents."""
    text = TOC_UNSAFE.sub("", " ".join(text.split()))
    if len(text) > limit:
        text = text[: limit].rsplit(" ", 1)[0] + "…"
    return text


def url(path: str) -> str:
    """Percent-encode a relative path for a Markdown link."""
    return quote(path, safe="/")

"""A web page's reader comments kept in Markdown as raw HTML, taken out and listed (part of stage 1, read; used by
``formats``).

A magazine or blog article archived as Markdown may keep the page's comment section as raw HTML after the text
(``<h5 class="comments-h">9 Kommentare</h5><ul class="commentlist"><li class="comment ...">``: the Publico magazine
archived by a static-site template, held-out ht03).  Read as text, the readers' comments joined the last answer of
the interview.  The section is marked by its class or id (``data/comment-section-classes.txt``); it comes after the
article, so from its first element to the end of the text everything is the comments, the reply form and the page's
footer: taken out and listed as one removed block with its reason.  A marked element in the first half of the text
is left alone (a link to the comments under a title is no section).
"""

from __future__ import annotations

import regex as re

from ..model import Removal
from . import data_files, embeds

CLASSES = frozenset(word for word in data_files.lines("comment-section-classes.txt") if word)
OPENING = re.compile(r"<[a-z][a-z0-9]*\b[^<>]*?\b(?:class|id)\s*=\s*[\"'](?P<names>[^\"'<>]*)[\"'][^<>]*>", re.I)
ARTICLE_SHARE = 0.5  # of the text before the section: the article comes first
REASON = "the page's reader comments (raw HTML marked as its comment section) and what follows them: not the transcript"


def strip(text: str) -> tuple[str, list[Removal]]:
    """``text`` without its comment section, and the section as removed (line numbers from 1)."""
    if "comment" not in text.casefold() and "disqus" not in text.casefold():
        return text, []
    for found in OPENING.finditer(text, int(len(text) * ARTICLE_SHARE)):
        if any(name.casefold() in CLASSES for name in found.group("names").split()) \
                and not embeds._as_code(text, found.start()):
            line = text.count("\n", 0, found.start()) + 1
            return text[:found.start()], [Removal(line, text[found.start():].strip(), REASON)]
    return text, []

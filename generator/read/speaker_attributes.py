"""Speakers named only in an HTML attribute of the element that holds their words (read stage).

Blogs and council-watch pages set a dialogue as speech balloons: ``<div class="bln bleft" data-speaker="健康福祉部長
（滝澤）">`` above the words, the name shown by the page's style sheet and written nowhere in the text (held-out
hk07, a Kodaira city councillor's report of a committee's questions; chat-bubble themes of WordPress and Hugo write
``data-speaker`` or ``data-name`` the same way; alpheus, which renders Canadian Hansard and committee records as
HTML, writes ``data-person-speaking-attribution``).  ``rewrite`` writes each such element's name as a label line
(``健康福祉部長（滝澤）:``) where its opening tag stood, and returns the names: the document's markup says they are
speakers, so the parser takes them as labels (as it takes a speaker heading's name) though some speak once.  A
decoration before the name (an emoji a page puts before its author: "⭐️ 安竹洋平議員") is not part of it.
"""

from __future__ import annotations

import html
import regex as re

SPEAKER_TAG = re.compile(
    r"<(?:div|p|section|article|blockquote|li|span|figure)\b[^>\n]*?\bdata-(?:speaker|name|(?:person-)?speak(?:er|ing)"
    r"-attribution)\s*=\s*"
    r"(?:\"(?P<double>[^\"\n<>]{1,80})\"|'(?P<single>[^'\n<>]{1,80})')[^>\n]*>", re.I)
DECORATION = re.compile(r"^[^\p{L}\p{N}(（\[]+")  # emoji (with their variation selectors), stars and bullets before a name
WIDE_BRACKETS = str.maketrans("（）", "()")  # "部長（滝澤）": the role's holder in brackets, as a label writes it
# A bracket inside a bracket, as a committee record's attribute names the chair with his riding ("The Chair (Mr.
# Royal Galipeau (Ottawa—Orléans, CPC))", alpheus HTML of Canadian Hansard): written as two notes one after the
# other ("The Chair (Mr. Royal Galipeau) (Ottawa—Orléans, CPC)"), as a label line writes a name's notes.
NESTED = re.compile(r"\(([^()]+)\(([^()]+)\)\)")
MIN_TAGS = 2  # elements so named: one is a widget's or a player's attribute, a dialogue has two turns or more


def rewrite(text: str) -> tuple[str, frozenset[str]]:
    """``text`` with each speaker-named element's opening tag written as a label line, and the names so written;
    ``text`` itself and no names when fewer than ``MIN_TAGS`` elements name a speaker."""
    if "data-" not in text:
        return text, frozenset()
    found = list(SPEAKER_TAG.finditer(text))
    if len(found) < MIN_TAGS:
        return text, frozenset()
    names: set[str] = set()

    def label(match: re.Match) -> str:
        name = DECORATION.sub("", html.unescape(match.group("double") or match.group("single") or ""))
        name = NESTED.sub(r"(\1) (\2)", " ".join(name.translate(WIDE_BRACKETS).split())).replace(" )", ")")
        if not name:
            return match.group(0)
        names.add(name)
        return f"\n\n{name}:\n\n"

    return SPEAKER_TAG.sub(label, text), frozenset(names)

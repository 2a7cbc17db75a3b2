"""A transcript held in the front matter (part of stage 1, read).

Some sites keep the spoken text in the page's data and write only show notes in the body: an Astro podcast page
with ``transcription:`` as a list of ``{time, text}`` items, a CMS export with the whole text under ``content:``.
In: the front matter's items (``front_matter.parse``, which reads a list of mappings under a transcript key as
one text an item) and the body.  Out: the transcript's text as the body, the written body listed as removed,
and a diagnostic saying so.  A value is the transcript when its key says so (``data/front-matter-transcript.txt``)
or by shape: a text or list of texts far longer than a field (``FIELD_WORDS_MAX``), under a key that names no
field; and only when it holds more words than the body (a body that is the transcript keeps its place, and a long
description beside it stays a description).
"""

from __future__ import annotations


from . import data_files
from ..model import Diagnostic, Removal, Severity

MIN_WORDS = 40  # fewer words under a transcript key are a note about the transcript, not its text
FIELD_WORDS_MAX = 300  # a field is a line and a description a paragraph (the longest seen: ~150 words); a value
# under an unknown key with more words than this is a text of its own
FIELD_KEYS = frozenset({"title", "subtitle", "description", "summary", "excerpt", "abstract", "teaser", "notes",
                        "show_notes", "shownotes", "lead", "intro"})  # written about the episode, never its words


def keys() -> dict[str, tuple[str, ...]]:
    """The data file's sections: ``transcript``, ``text``, ``speaker`` and ``heading`` keys, in the file's order."""
    return data_files.sections("front-matter-transcript.txt")


def item_text(item: dict[str, str]) -> str | None:
    """One spoken line from an item of a transcript list: its text key's words, after ``Name:`` where the item
    names its speaker; an item holding only a section title (``header:``) is a ``## Title`` heading line; without
    a text key, its longest value of several words."""
    folded = {k.casefold(): v for k, v in item.items() if isinstance(v, str) and v.strip()}
    words = next((folded[k] for k in keys()["text"] if k in folded), None)
    title = next((folded[k] for k in keys()["heading"] if k in folded), None)
    if words is None and title is not None:
        return f"## {' '.join(title.split())}"
    if words is None:
        longest = max(folded.values(), key=len, default="")
        words = longest if len(longest.split()) > 1 else None
    if words is None:
        return None
    who = next((folded[k] for k in keys()["speaker"] if k in folded), None)
    words = " ".join(words.split())
    return f"{who.strip()}: {words}" if who and len(who.split()) <= 6 else words


def _words(value: object) -> int:
    texts = value if isinstance(value, list) else [value]
    return sum(len(t.split()) for t in texts if isinstance(t, str))


def held(front: tuple[tuple[str, object], ...], body: str) -> tuple[str, str] | None:
    """(key, text) of the front-matter value that is the transcript, or None."""
    body_words = len(body.split())
    for key, value in front:
        folded = key.casefold()
        named = folded in keys()["transcript"]
        if folded in FIELD_KEYS or not (named or _words(value) > FIELD_WORDS_MAX):
            continue
        words = _words(value)
        if words >= MIN_WORDS and words > body_words:
            texts = value if isinstance(value, list) else [value]
            return key, "\n\n".join(t.strip() for t in texts if isinstance(t, str) and t.strip())
    return None


def take(front: tuple[tuple[str, object], ...], body: str, first: int, name: str, header: str
         ) -> tuple[tuple[tuple[str, object], ...], str, int, tuple[Removal, ...], tuple[Diagnostic, ...]]:
    """(front matter without the transcript, the new body, its first line, removals, diagnostics).  ``header``
    is the front matter's text, to find the key's line."""
    found = held(front, body)
    if found is None:
        return front, body, first, (), ()
    key, text = found
    line = next((n for n, l in enumerate(header.split("\n"), 1) if l.startswith(f"{key}:")), 1)
    removed = (Removal(first, body.strip(), f"written notes beside the transcript held in front matter '{key}'"),) \
        if body.strip() else ()
    note = Diagnostic(name, line, f"the transcript is held in front matter '{key}' ({_words(text)} words), so it "
                      "was read as the text" + (" and the body's written notes were listed as removed"
                                                 if removed else ""),
                      "move the transcript below the front matter to keep it as written", Severity.WARNING)
    return tuple((k, v) for k, v in front if k != key), text, line + 1, removed, (note,)

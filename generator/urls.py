"""Every name the site writes: page ids (transcripts, speakers, themes) and the published originals.

A generated page lives at ``FOLDER/<id>.md`` beside that folder's index page (``index.md``) and, for
transcripts, the per-year index pages (``year_2017.md``); the site's hand-written pages are at the top
(``index.md``, ``tags.md``, ``about.md``).  ``free_id`` is the one rule that keeps a page id off all of
those names; ``source_paths`` is the one rule for where an original is published.  Both are pure: the
same inputs in the same order give the same names.
"""

from __future__ import annotations

import posixpath
import regex as re
from functools import lru_cache
from pathlib import PurePath
from typing import Iterable

# Names a generated page must never take, in any folder: the folder's index page, and the names of the
# site's hand-written and special pages (so that moving a folder's pages up a level can never clash either).
RESERVED = frozenset({"index", "tags", "about", "search", "404", "sitemap", "site-offline"})
# Generated index pages that are not slugs: ``year_2017.md`` (slugs have no "_", so none matches this).
RESERVED_PATTERN = re.compile(r"^year_(?:\d+|undated)$", re.I)
SOURCES = "sources"
# Every original is published with this suffix appended (``notes.md.txt``; a ``.txt`` keeps its name): served
# and opened as plain text, a file MkDocs copies and never parses as a page, and two originals that differ only
# in their suffix (``notes.md``, ``notes.html``) keep names of their own.
SOURCE_SUFFIX = ".txt"
# Characters a file name cannot hold on Windows (the site is also a zip to unpack anywhere), control
# characters, and a leading dot (MkDocs skips dot-files): each becomes "_" in the published name.
UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]|^\.')
# The longest page id: a file name is at most 255 bytes on common file systems and the page adds ".md" or
# ".html", a number ("-12") and, on theme and speaker pages, nothing else; 80 also keeps URLs readable (a
# 3,000-word speaker name in speakers.yml made a file name the system refused, and the run stopped).
MAX_ID = 80
# The longest published original's name in bytes (UTF-8): room under 255 for the ".txt" suffix and a
# transcript id put in front of a name taken twice.
MAX_SOURCE_NAME = 150


def shorten(slug: str, limit: int = MAX_ID) -> str:
    """``slug`` cut to ``limit`` characters at a hyphen where there is one in its second half."""
    if len(slug) <= limit:
        return slug
    cut = slug.rfind("-", 0, limit + 1)
    return slug[: cut if cut > limit // 2 else limit]


def _short_name(name: str) -> str:
    """A file name cut to ``MAX_SOURCE_NAME`` UTF-8 bytes, its suffix kept."""
    if len(name.encode("utf-8")) <= MAX_SOURCE_NAME:
        return name
    stem, dot, suffix = name.rpartition(".")
    stem, suffix = (stem, dot + suffix) if dot and len(suffix) <= 10 else (name, "")
    room = MAX_SOURCE_NAME - len(suffix.encode("utf-8"))
    return stem.encode("utf-8")[:room].decode("utf-8", "ignore") + suffix


def is_reserved(name: str) -> bool:
    """Is ``name`` (a page id, without ``.md``) the name of an index or hand-written page?"""
    return not name or name.casefold() in RESERVED or bool(RESERVED_PATTERN.match(name))


def free_id(base: str, taken: set[str], counters: dict[str, int] | None = None) -> str:
    """``base``, or ``base-2``, ``base-3`` ... : the first that is neither reserved nor in ``taken``
    (compared without case, so the pages also stay apart on case-insensitive disks); it is added to
    ``taken``.  A base longer than ``MAX_ID`` is shortened first.  ``counters`` remembers the next number per base, so many equal bases cost one step each."""
    base = shorten(base) or "page"
    counters = {} if counters is None else counters
    candidate, number = base, counters.get(base, 2)
    if candidate.casefold() in taken or is_reserved(candidate):
        candidate = f"{base}-{number}"
    while candidate.casefold() in taken or is_reserved(candidate):
        number += 1
        candidate = f"{base}-{number}"
    counters[base] = number + 1 if candidate != base else number
    taken.add(candidate.casefold())
    return candidate


def source_paths(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(transcript id, the original's name as given) -> ``sources/<file name>.txt`` (``notes.md.txt``,
    ``notes.txt``).  An original whose file
    name another one already took (the same name in two folders) gets its transcript id in front."""
    paths: dict[str, str] = {}
    taken: set[str] = set()
    for tid, name in names:
        file_name = _short_name(UNSAFE_NAME.sub("_", PurePath(name).name))
        file_name += "" if file_name.endswith(SOURCE_SUFFIX) else SOURCE_SUFFIX  # a .txt keeps its name and URL
        candidate, prefix = file_name, tid
        number = 2
        while candidate.casefold() in taken:
            candidate = f"{prefix}-{file_name}"
            prefix = f"{tid}-{number}"
            number += 1
        taken.add(candidate.casefold())
        paths[tid] = f"{SOURCES}/{candidate}"
    return paths


# Where each kind of page lives; every path the site writes or links to is made by the functions below.
TRANSCRIPTS, SPEAKERS, THEMES = "transcripts", "speakers", "themes"
OVERVIEW = "_overview.md"  # the home page's generated part, included by the hand-written index.md
CORPUS_JSON, TURNS_CSV, SEARCH_INDEX = "corpus.json", "turns.csv", "search-index"


def page(folder: str, page_id: str) -> str:
    """The Markdown page of a transcript, speaker or theme: ``transcripts/<id>.md``."""
    return f"{folder}/{page_id}.md"


def index(folder: str) -> str:
    """A folder's index page: ``themes/index.md``."""
    return f"{folder}/index.md"


def year_index(year: str | None) -> str:
    """The transcripts of one year (``transcripts/year_2017.md``), or of no known date (``year_undated``)."""
    return f"{TRANSCRIPTS}/year_{year or 'undated'}.md"


def link(here: str, target: str, anchor: str = "") -> str:
    """The relative link from page ``here`` to ``target`` (both paths under the docs folder), with ``#anchor``."""
    relative = _relative(target, posixpath.dirname(here) or ".")
    return relative + (f"#{anchor}" if anchor else "")


@lru_cache(maxsize=1 << 16)
def _relative(target: str, start: str) -> str:
    """``posixpath.relpath``, remembered: pages link to the same few thousand pages from a few folders, and
    relpath (two abspath calls) was the site's largest single cost."""
    return posixpath.relpath(target, start)


def published(markdown_page: str) -> str:
    """The URL MkDocs publishes a page at (``use_directory_urls: false``): ``transcripts/x.md`` -> ``.html``."""
    return markdown_page.removesuffix(".md") + ".html"

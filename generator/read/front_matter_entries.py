"""Front matter that is not valid YAML, read entry by entry (part of stage 1, read).

Crawlers and hand editors write front matter that YAML refuses although every line reads as ``key: value``: a
value wrapped onto an unindented line (``author: Producer`` / ``99pi``, a crawled podcast page), a colon inside an
unquoted title (``title: Episode 12: The Dial``), an unclosed bracket or quote (``title: [unclosed``).  Jekyll
warns and goes on; losing the whole transcript for one slip would be worse than the slip.  So such front matter is
read one top-level entry at a time:

* a line that opens no entry (not ``key:`` at the line's start) continues the value above it, as YAML continues
  a plain value onto an indented line;
* an entry YAML still refuses is read as written: the text after ``key:`` (lines joined by spaces) as one value;
* one warning at the line YAML stopped at says so and names the entries read as written.

The values then go through ``front_matter.parse`` like any others (placeholders, dates, lists).  Front matter that
breaks a limit of ``safe_yaml`` (depth, aliases, size) as a whole stays an error (``files.split_front_matter``).
"""

from __future__ import annotations

import json
import regex as re

import yaml

from . import front_matter, safe_yaml
from ..model import Diagnostic, Severity

ENTRY = re.compile(r"^(?P<key>[\w\"'][\w\"'. -]{0,60}?)[ \t]*:(?:[ \t]+(?P<value>.*)|$)")  # a key at the line start


def read(text: str, name: str, offset: int, error: yaml.YAMLError) -> tuple[tuple[tuple[str, object], ...],
                                                                            list[Diagnostic]]:
    """(items, warnings) of front matter ``text`` that YAML refused with ``error``; its first line is line
    ``offset + 1`` of file ``name``."""
    items: dict[str, object] = {}
    warnings: list[Diagnostic] = []
    as_written: list[str] = []
    for first, lines in _entries(text.split("\n")):
        found, problems = _entry(lines, name, offset + first)
        if found is None:
            key = ENTRY.match(lines[0]).group("key").strip()  # (an entry opens with a key line)
            found, problems = _entry([f"{key}: {json.dumps(_written(lines))}"], name, offset + first)
            as_written.append(key)
        items.update(found or ())
        warnings += problems
    message, _ = safe_yaml.describe(error)
    written = f"; read as written: {', '.join(as_written)}" if as_written else ""
    warnings.insert(0, Diagnostic(
        name, safe_yaml.line_of(error) + offset, f"front matter {message}, so it was read entry by entry{written}",
        "fix the YAML syntax at that line (quote a value that holds ': ', indent a value's next line)",
        Severity.WARNING))
    return tuple(items.items()), warnings


def _entries(lines: list[str]) -> list[tuple[int, list[str]]]:
    """(index of the entry's first line, its lines): a key at a line's start opens an entry; every other line,
    blank and comment lines before the first key aside, belongs to the entry above it."""
    entries: list[tuple[int, list[str]]] = []
    for index, line in enumerate(lines):
        if ENTRY.match(line):
            entries.append((index, [line]))
        elif entries:
            entries[-1][1].append(line if line[:1] in " \t-#" or not line.strip() else "  " + line)
    return entries


def _entry(lines: list[str], name: str, offset: int):
    try:
        return front_matter.parse("\n".join(lines), name, offset)
    except yaml.YAMLError:  # (a limit too: the entry is then read as written, one text)
        return None, []


def _written(lines: list[str]) -> str:
    first = ENTRY.match(lines[0]).group("value") or ""
    rest = [line.strip() for line in lines[1:] if line.strip() and not line.lstrip().startswith("#")]
    return " ".join([first.strip(), *rest]).strip()

"""YAML front matter -> validated values (part of stage 1, read).

Real exports write front matter loosely: ``tags: press-briefings`` (one text where a list is meant),
``date: 2021-02-30`` (unquoted, so PyYAML's timestamp constructor raises; dropped here), ``title: 1984`` (a number),
``title: [a, b]``.  Every value is read as written, never through PyYAML's constructors, and normalised to the
type the reader expects:

* ``TEXT_KEYS``: one text (numbers, dates and booleans as written); a list or mapping is reported and dropped;
* ``LIST_KEYS``: a list of texts; one text becomes a one-item list; nested entries are reported and dropped;
* other keys, which nothing reads, are kept when they are a text or a list of texts and dropped otherwise.

Nulls and empty values are dropped.  ``parse`` returns the items and warnings (``path:line``, the line in the
file); a text that is not YAML, or is too deep, aliased or large (``safe_yaml``), raises ``yaml.YAMLError``.

``parse_toml`` reads the TOML front matter of Hugo pages (between two ``+++`` lines: ``title = "Transkrip -
Episode 12"``, ``date = "2020-03-14"``) into the same items: the top-level texts, numbers, dates and lists of them
(tables are nothing the reader uses); None when the text is not TOML.
"""

from __future__ import annotations

import regex as re
import tomllib
from datetime import date

import yaml

from . import data_files, front_transcript, safe_yaml
from ..model import Diagnostic, Severity

TEXT_KEYS = frozenset({"title", "subtitle", "description", "date", "place", "location", "kind", "type", "source",
                       "source_name", "publisher", "url", "source_url", "permalink", "language"})
LIST_KEYS = frozenset({"tags", "categories", "keywords", "author", "authors", "creator", "creators", "speaker",
                       "speakers", "subjects", "topics", "presenter", "presenters", "lecturer", "guest", "guests",
                       "interviewee", "narrator"})  # the speaker keys of data/monologue-evidence.txt, as lists
# Values that stand for "no value" (an exporter's None, null, nil ...): read as empty, with a warning.
PLACEHOLDERS = frozenset(word.casefold() for word in data_files.lines("front-matter-placeholders.txt") if word)
ISO_DAY = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\b")


def parse(text: str, name: str, offset: int) -> tuple[tuple[tuple[str, object], ...] | None, list[Diagnostic]]:
    """(items, warnings) of the front matter ``text``, whose first line is line ``offset + 1`` of file ``name``;
    items is None when the front matter is not a mapping (then it is not front matter)."""
    root = safe_yaml.compose(text)
    if root is None:
        return (), []
    if not isinstance(root, yaml.MappingNode):
        return None, []
    found: list[Diagnostic] = []

    def warn(node: yaml.Node, message: str, fix: str) -> None:
        found.append(Diagnostic(name, node.start_mark.line + 1 + offset, message, fix, Severity.WARNING))

    items: dict[str, object] = {}
    for key_node, node in root.value:
        key = safe_yaml.text(key_node)
        if key is None or not key.strip():
            warn(key_node, "front matter has a key that is not a word", "write each entry as 'key: value'")
            continue
        value = _without_placeholders(key.strip(), node, _value(key.strip(), node, warn), warn)
        if value not in (None, "", []):
            items[key.strip()] = value
    return tuple(items.items()), found


def _without_placeholders(key: str, node: yaml.Node, value: object, warn) -> object:
    """``value`` without the texts that stand for no value (``PLACEHOLDERS``: "author: None"), each reported."""
    texts = value if isinstance(value, list) else [value]
    empty = [t for t in texts if isinstance(t, str) and t.casefold() in PLACEHOLDERS]
    if not empty:
        return value
    warn(node, f"front matter '{key}' is '{empty[0]}', a placeholder for no value, so it was ignored",
         f"remove '{key}' or write its real value")
    return [t for t in texts if t not in empty] if isinstance(value, list) else None


def _value(key: str, node: yaml.Node, warn) -> object:
    kind = key.lower()
    if kind in LIST_KEYS or kind not in TEXT_KEYS and isinstance(node, yaml.SequenceNode):
        return _texts(key, node, warn, kind in LIST_KEYS)
    value = safe_yaml.text(node)
    if value is None and not safe_yaml.is_null(node):
        if kind in TEXT_KEYS:
            warn(node, f"front matter '{key}' is a list or mapping, not a text, so it was ignored",
                 f"write '{key}: ...' with one text")
        return None
    value = (value or "").strip()
    if kind == "date" and not real_date(value):
        warn(node, f"front matter date '{value}' is not a day of the calendar, so it was ignored",
             "write the date as YYYY-MM-DD, e.g. 2021-02-28")
        return None
    return value


def _texts(key: str, node: yaml.Node, warn, known: bool) -> list[str] | None:
    """A list of texts from a text or a list of texts."""
    if isinstance(node, yaml.ScalarNode):
        value = safe_yaml.text(node)
        return [value.strip()] if value and value.strip() else None
    if isinstance(node, yaml.MappingNode):
        if known:
            warn(node, f"front matter '{key}' is a mapping, not a list, so it was ignored",
                 f"write '{key}: [first, second]'")
        return None
    if key.casefold() in front_transcript.keys()["transcript"]:  # spoken lines as items: {time, text}, {speaker, text}
        texts = [_spoken(item) for item in node.value]
        return [t for t in texts if t]
    texts = [safe_yaml.text(item) for item in node.value]
    if known and any(t is None and not safe_yaml.is_null(item) for t, item in zip(texts, node.value)):
        warn(node, f"front matter '{key}' holds lists or mappings inside the list; those entries were ignored",
             f"write '{key}: [first, second]' with one text per entry")
    return [t.strip() for t in texts if t and t.strip()]


def _spoken(node: yaml.Node) -> str | None:
    """An item of a transcript held in front matter as one line of text (``front_transcript.item_text``)."""
    if not isinstance(node, yaml.MappingNode):
        return safe_yaml.text(node)
    item = {safe_yaml.text(k) or "": safe_yaml.text(v) for k, v in node.value}
    return front_transcript.item_text({k: v for k, v in item.items() if v})


def real_date(value: str) -> bool:
    """False for a day that is not in the calendar (2021-02-30); True for anything else."""
    match = ISO_DAY.match(value)
    if not match:
        return True
    try:
        date(*(int(g) for g in match.groups()))
    except ValueError:
        return False
    return True


def parse_toml(text: str) -> tuple[tuple[str, object], ...] | None:
    """The items of TOML front matter (see the module's note), or None when ``text`` is not TOML."""
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None
    items: dict[str, object] = {}
    for key, value in table.items():
        if isinstance(value, list):
            texts = [_toml_text(v) for v in value if not isinstance(v, (list, dict))]
            value = [t for t in texts if t]
            value = value[0] if value and key.lower() in TEXT_KEYS else value
        elif not isinstance(value, dict):
            value = _toml_text(value)
            value = [value] if value and key.lower() in LIST_KEYS else value
        if value and not isinstance(value, dict) and key.strip():
            items[key.strip()] = value
    return tuple(items.items())


def _toml_text(value: object) -> str:
    """A TOML value as written: a text as it is, a date as YYYY-MM-DD, a boolean as 'true' or 'false'."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if isinstance(value, date) else str(value).strip()

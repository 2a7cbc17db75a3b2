"""User configuration files, validated with file:line errors (dicts only at this edge).

* ``speakers.yml`` in the corpus folder: one entry per person, to fix anything the
  converter got wrong::

      speakers:
        - name: Sergey Lavrov            # the canonical name shown everywhere
          aliases: [S.Lavrov, Sergei Lavrov, Lavrov]
          role: Russian Foreign Minister
          bio: Foreign Minister of Russia since 2004.

* ``NAME.yml`` (or ``.yaml``) next to ``NAME.txt``: overrides for that transcript::

      title: Interview with CBS News
      date: 2013-06-16                   # YYYY-MM-DD, YYYY-MM or YYYY
      place: Moscow
      kind: interview
      source_name: CBS News
      speakers:                           # label as written -> name
        CBS: Margaret Brennan

Errors name the file and line and say how to fix them; ``load_*`` return the
parsed records and the list of problems.
"""

from __future__ import annotations

import regex as re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from . import safe_yaml, user_patterns
from ..model import Diagnostic, Severity

KINDS = ("interview", "press-conference", "briefing", "debate", "speech", "article", "hearing", "podcast",
         "meeting", "other")
ISO_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
SIDECAR_KEYS = {"title": str, "subtitle": str, "date": str, "place": str, "kind": str, "source_name": str,
                "speakers": dict}
SPEAKER_KEYS = {"name": str, "aliases": list, "role": str, "bio": str}
THEME_KEYS = ("id", "name", "aliases", "patterns", "description", "parent")
MAX_CONFIG_BYTES = 1_000_000  # a speakers.yml for 5,000 people is ~400 KB; a larger file is not a configuration
THEME_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class SpeakerEntry:
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    bio: str | None = None


@dataclass(frozen=True)
class Sidecar:
    values: tuple[tuple[str, str], ...] = ()
    speakers: tuple[tuple[str, str], ...] = ()  # label as written -> name

    def get(self, key: str) -> str | None:
        return dict(self.values).get(key)


@dataclass
class _Problems:
    path: str
    found: list[Diagnostic] = field(default_factory=list)

    def add(self, node: yaml.Node | None, message: str, fix: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.found.append(Diagnostic(self.path, line, message, fix, Severity.ERROR))


def _compose(path: Path, problems: _Problems) -> yaml.Node | None:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.found.append(Diagnostic(str(path), 1, f"cannot be read ({exc.strerror or exc})",
                                         "check that the file exists and is readable", Severity.ERROR))
        return None
    if len(raw) > MAX_CONFIG_BYTES:
        problems.found.append(Diagnostic(str(path), 1, f"is {len(raw):,} bytes, more than a configuration file "
                                         f"needs ({MAX_CONFIG_BYTES:,})", "check that it is the right file, or "
                                         "split it", Severity.ERROR))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        problems.found.append(Diagnostic(str(path), line, f"is not UTF-8 text ({exc.reason} at byte {exc.start})",
                                         "save it as UTF-8 text", Severity.ERROR))
        return None
    try:
        return safe_yaml.compose(text)
    except yaml.YAMLError as exc:
        message, fix = safe_yaml.describe(exc)
        problems.found.append(Diagnostic(str(path), safe_yaml.line_of(exc), message, fix, Severity.ERROR))
        return None


def _key(node: yaml.Node, problems: _Problems) -> str | None:
    """A mapping key as text; a list or mapping used as a key is reported."""
    if isinstance(node, yaml.ScalarNode):
        return str(node.value)
    problems.add(node, "a key must be a plain word, not a list or mapping", "write the key as 'name:'")
    return None


def _scalar(node: yaml.Node, problems: _Problems, what: str) -> str | None:
    value = safe_yaml.text(node)
    if value is not None and value.strip():
        return value.strip()
    problems.add(node, f"{what} must be a non-empty text", f"write {what} as plain text")
    return None


def _mapping(node: yaml.Node | None, problems: _Problems, what: str) -> list[tuple[yaml.Node, yaml.Node]]:
    if isinstance(node, yaml.MappingNode):
        return list(node.value)
    problems.add(node, f"{what} must be a mapping of keys to values", "write it as 'key: value' lines")
    return []


def load_speakers(path: Path) -> tuple[tuple[SpeakerEntry, ...], list[Diagnostic]]:
    """Read ``speakers.yml``; entries with problems are left out and reported."""
    problems = _Problems(str(path))
    root = _compose(path, problems)
    if root is None:
        return (), problems.found
    top = {_key(k, problems): v for k, v in _mapping(root, problems, "the file")}
    items = top.get("speakers")
    if not isinstance(items, yaml.SequenceNode):
        problems.add(items or root, "needs a 'speakers:' list", "start the file with 'speakers:' and list entries")
        return (), problems.found
    entries = []
    for item in items.value:
        entry = _speaker_entry(item, problems)
        if entry:
            entries.append(entry)
    return tuple(entries), problems.found


def _fields(item: yaml.Node, problems: _Problems, what: str, keys, lists: tuple[str, ...]) -> dict[str, object]:
    """An entry's known keys: lists for ``lists``, texts for the rest; unknown keys are reported."""
    values: dict[str, object] = {}
    for key, value in _mapping(item, problems, what):
        name = _key(key, problems)
        if name is None:
            continue
        if name not in keys:
            problems.add(key, f"unknown key '{name}'", f"use one of: {', '.join(keys)}")
        elif name in lists:
            values[name] = _texts(value, problems, name)
        else:
            values[name] = _scalar(value, problems, name)
    return values


def _speaker_entry(item: yaml.Node, problems: _Problems) -> SpeakerEntry | None:
    before = len(problems.found)
    values = _fields(item, problems, "a speaker entry", SPEAKER_KEYS, ("aliases",))
    if "name" not in values:
        problems.add(item, "a speaker entry needs a name", "add 'name: Full Name' to the entry")
    if len(problems.found) > before:
        return None
    return SpeakerEntry(str(values["name"]), values.get("aliases", ()), values.get("role"), values.get("bio"))


@dataclass(frozen=True)
class ThemeEntry:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()  # regular expressions, matched case-sensitively
    description: str | None = None
    parent: str | None = None
    path: str = "themes.yml"  # where its patterns are written, for errors found when they run
    line: int = 1


@dataclass(frozen=True)
class ThemeConfig:
    themes: tuple[ThemeEntry, ...] = ()
    exclude: tuple[str, ...] = ()  # names or forms that discovery must not propose


def _texts(node: yaml.Node, problems: _Problems, what: str) -> tuple[str, ...]:
    if not isinstance(node, yaml.SequenceNode):
        problems.add(node, f"{what} must be a list", f"write {what}: [first, second]")
        return ()
    return tuple(t for t in (_scalar(v, problems, f"an entry of {what}") for v in node.value) if t)


def _theme_entry(item: yaml.Node, problems: _Problems) -> ThemeEntry | None:
    before = len(problems.found)
    values = _fields(item, problems, "a theme entry", THEME_KEYS, ("aliases", "patterns"))
    written = _pattern_nodes(item)
    for pattern in values.get("patterns", ()):
        wrong = user_patterns.problem(pattern)
        if wrong:
            problems.add(written.get(pattern, item), f"pattern '{pattern}' {wrong[0]}", wrong[1])
    if "id" in values and values["id"] and not THEME_ID.match(str(values["id"])):
        problems.add(item, f"theme id '{values['id']}' is not lower-case words joined by hyphens",
                     "write an id such as chemical-weapons")
    if not values.get("id") or not values.get("name"):
        problems.add(item, "a theme entry needs an id and a name", "add 'id: some-id' and 'name: Some Name'")
    if len(problems.found) > before:
        return None
    return ThemeEntry(str(values["id"]), str(values["name"]), values.get("aliases", ()), values.get("patterns", ()),
                      values.get("description"), values.get("parent"), problems.path,
                      min((n.start_mark.line for n in written.values()), default=item.start_mark.line) + 1)


def _pattern_nodes(item: yaml.Node) -> dict[str, yaml.Node]:
    """Each pattern of a theme entry -> its node (for its line)."""
    if not isinstance(item, yaml.MappingNode):
        return {}
    lists = [v for k, v in item.value if safe_yaml.text(k) == "patterns" and isinstance(v, yaml.SequenceNode)]
    return {str(n.value).strip(): n for seq in lists for n in seq.value if isinstance(n, yaml.ScalarNode)}


def load_themes(path: Path) -> tuple[ThemeConfig, list[Diagnostic]]:
    """Read ``themes.yml``: curated themes and exclusions; entries with problems are left out and reported."""
    problems = _Problems(str(path))
    root = _compose(path, problems)
    if root is None:
        return ThemeConfig(), problems.found
    themes: list[ThemeEntry] = []
    exclude: tuple[str, ...] = ()
    for key, value in _mapping(root, problems, "the file"):
        name = _key(key, problems)
        if name is None:
            continue
        if name == "themes":
            items = value.value if isinstance(value, yaml.SequenceNode) else []
            if not isinstance(value, yaml.SequenceNode):
                problems.add(value, "themes must be a list", "write each theme as '- id: ...' under 'themes:'")
            themes.extend(e for e in (_theme_entry(item, problems) for item in items) if e)
        elif name == "exclude":
            exclude = _texts(value, problems, "exclude")
        else:
            problems.add(key, f"unknown key '{name}'", "use 'themes' and 'exclude'")
    ids = [t.id for t in themes]
    for theme in themes:
        if ids.count(theme.id) > 1:
            problems.found.append(Diagnostic(str(path), 1, f"theme id '{theme.id}' is used twice",
                                             "give each theme its own id", Severity.ERROR))
            break
        if theme.parent and theme.parent not in ids:
            problems.found.append(Diagnostic(str(path), 1, f"theme '{theme.id}' names parent '{theme.parent}', "
                                             "which is not a theme", "add that theme or remove the parent",
                                             Severity.ERROR))
    return ThemeConfig(tuple(themes), exclude), problems.found


def _calendar_day(text: str) -> bool:
    """False for a YYYY-MM-DD that is not in the calendar (2021-02-30)."""
    try:
        date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return False
    return True


def sidecar_path(transcript: Path) -> Path | None:
    for suffix in (".yml", ".yaml"):
        candidate = transcript.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def load_sidecar(path: Path) -> tuple[Sidecar, list[Diagnostic]]:
    """Read a transcript's ``NAME.yml``; a key with a problem is left out and reported."""
    problems = _Problems(str(path))
    root = _compose(path, problems)
    if root is None:
        return Sidecar(), problems.found
    values, speakers = [], []
    for key, value in _mapping(root, problems, "the file"):
        name = _key(key, problems)
        if name is None:
            continue
        if name not in SIDECAR_KEYS:
            problems.add(key, f"unknown key '{name}'", f"use one of: {', '.join(SIDECAR_KEYS)}")
        elif name == "speakers":
            for label, person in _mapping(value, problems, "speakers"):
                written = _key(label, problems)
                target = _scalar(person, problems, f"the name for '{written}'") if written else None
                if target:
                    speakers.append((written, target))
        elif (text := _scalar(value, problems, name)) is not None:
            if name == "date" and not (ISO_DATE.match(text) and _calendar_day(text)):
                problems.add(value, f"date '{text}' is not YYYY-MM-DD, YYYY-MM or YYYY of the calendar",
                             "write the date as 2013-05-07")
            elif name == "kind" and text not in KINDS:
                problems.add(value, f"kind '{text}' is not known", f"use one of: {', '.join(KINDS)}")
            else:
                values.append((name, text))
    return Sidecar(tuple(values), tuple(speakers)), problems.found

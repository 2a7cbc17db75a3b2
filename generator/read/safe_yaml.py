"""Untrusted YAML -> nodes, within limits (shared by read.py for front matter and config.py for the YAML files).

PyYAML's safe loader refuses tags that build objects, but not the rest: its composer recurses once per level,
so 10,000 ``[`` end in a ``RecursionError``; an alias is a shared node, so a few lines of aliases stand for
billions of nodes ("billion laughs") that anything walking the data expands; an alias inside its own anchor
makes a cycle; and its constructors raise ``ValueError`` on an unquoted ``2021-02-30`` or a 5,000-digit
number.  ``compose`` therefore composes with the pure-Python loader, counting levels and aliases as it goes,
measures the composed graph without recursion, and raises ``YamlLimit`` (a ``yaml.YAMLError`` with a line
and a fix) past any limit.  Callers read scalars as written (``node.value``), never through PyYAML's
constructors, so no value can raise.
"""

from __future__ import annotations

import regex as re

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent
from yaml.resolver import Resolver

try:  # libyaml's parser, where the wheel has it: six times faster; its own composer recurses, so Python's is used
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser):  # type: ignore[no-redef]
        def __init__(self, text: str):
            Reader.__init__(self, text)
            Scanner.__init__(self)
            Parser.__init__(self)

MAX_DEPTH = 20  # real files nest 3 levels (themes: - patterns: - ...); far below Python's recursion limit
MAX_ALIASES = 50  # hand-written files use a few anchors, if any; more is generated or hostile
MAX_NODES = 100_000  # values, aliases expanded: a speakers.yml for 10,000 people has ~80,000; composing 100,000
# takes ~2 s (Python's composer), so a 1 MB file of "a," is refused early instead of composed for 11 s

SURROGATE = re.compile("[\ud800-\udfff]")


class YamlLimit(yaml.YAMLError):
    """A YAML text past one of the limits; ``line`` is 1-based in the text given."""

    def __init__(self, line: int, message: str, fix: str):
        super().__init__(message)
        self.line, self.message, self.fix = line, message, fix


class _Loader(Composer, _Parser, Resolver):
    """Parser, composer and the safe resolver (no constructor: nothing is built from tags), with a depth and an
    alias budget checked as nodes are composed."""

    def __init__(self, text: str):
        _Parser.__init__(self, text)
        Composer.__init__(self)
        Resolver.__init__(self)
        self.depth = 0
        self.aliases = 0
        self.nodes = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise YamlLimit(event.start_mark.line + 1, f"uses more than {MAX_ALIASES} aliases (*name)",
                                "write the values out instead of referring to anchors")
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise YamlLimit(event.start_mark.line + 1, f"holds more than {MAX_NODES:,} values",
                            "split the file, or check that it is the right file")
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise YamlLimit(event.start_mark.line + 1, f"nests lists or mappings more than {MAX_DEPTH} deep",
                                "flatten the structure")
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def line_of(error: yaml.YAMLError) -> int:
    """The 1-based line a YAML error points at (1 if it points nowhere)."""
    if isinstance(error, YamlLimit):
        return error.line
    mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
    return mark.line + 1 if mark is not None else 1


def describe(error: yaml.YAMLError) -> tuple[str, str]:
    """(what is wrong, how to fix it) for a YAML error."""
    if isinstance(error, YamlLimit):
        return error.message, error.fix
    return f"is not valid YAML ({getattr(error, 'problem', None) or error})", "fix the YAML syntax at that line"


def compose(text: str) -> yaml.Node | None:
    """The root node of the one YAML document in ``text`` (None when empty); ``yaml.YAMLError`` (with
    ``YamlLimit`` for the limits) when it is not valid YAML or too deep, aliased or large."""
    bad = SURROGATE.search(text)  # libyaml takes UTF-8, which cannot hold them
    if bad:
        raise YamlLimit(text.count("\n", 0, bad.start()) + 1, "holds a character that is not Unicode text",
                        "save the file as UTF-8 text")
    loader = _Loader(text)
    root = loader.get_single_node()
    if root is not None:
        _measure(root)
    return root


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _measure(root: yaml.Node) -> None:
    """Raise ``YamlLimit`` when the graph has a cycle, or is too large or deep with its aliases expanded."""
    done: dict[int, tuple[int, int]] = {}  # id -> (expanded size, depth)
    open_: set[int] = set()  # nodes whose children are being measured: the ancestors of the current one
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        if finished:
            kids = [done[id(k)] for k in _children(node)]
            size, depth = 1 + sum(s for s, _ in kids), 1 + max((d for _, d in kids), default=0)
            if size > MAX_NODES or depth > MAX_DEPTH:
                what = f"more than {MAX_NODES:,} values" if size > MAX_NODES else f"more than {MAX_DEPTH} levels"
                raise YamlLimit(node.start_mark.line + 1, f"holds {what} once its aliases are expanded",
                                "write the values out instead of referring to anchors, or split the file")
            done[id(node)] = (size, depth)
            open_.discard(id(node))
            continue
        if id(node) in done:
            continue
        if id(node) in open_:
            raise YamlLimit(node.start_mark.line + 1, "has an alias inside its own anchor (a loop)",
                            "remove the alias that refers to the value it is part of")
        open_.add(id(node))
        stack.append((node, True))
        stack.extend((kid, False) for kid in _children(node) if id(kid) not in done)


def is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def text(node: yaml.Node) -> str | None:
    """A scalar as written (numbers, dates and booleans stay text); None for a null or a collection."""
    if not isinstance(node, yaml.ScalarNode) or is_null(node):
        return None
    return str(node.value)

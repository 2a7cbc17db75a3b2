"""The package's layout is the pipeline's: read -> parse -> corpus -> site, imports only pointing back up
that line (a stage may use the stages before it, never one after it).  ``model``, ``urls`` and ``cache`` are
shared by every stage and import no stage; ``pipeline`` and ``cli`` sit on top and may use all of them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
ORDER = ["read", "parse", "corpus", "site"]
SHARED = {"model", "urls", "cache", "__init__"}
TOP = {"pipeline", "cli", "__main__"}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _stage(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return parts[0] if len(parts) > 1 else parts[0]


def _imported(path: Path) -> set[str]:
    """The generator modules and subpackages ``path`` imports, as dotted names under ``generator``."""
    here = path.relative_to(PACKAGE).with_suffix("").parts[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(here[: len(here) - node.level + 1])
            elif node.module and node.module.split(".")[0] == "generator":
                base = []
            else:
                continue
            module = [*base, *((node.module or "").split(".") if node.module else [])]
            if node.module and node.module.split(".")[0] == "generator":
                module = node.module.split(".")[1:]
            found.update(".".join([*module, alias.name]).strip(".") for alias in node.names)
    return found


def _upward(stage: str, names: set[str]) -> list[str]:
    """The names among ``names`` that a module of ``stage`` must not import."""
    bad = []
    for name in names:
        target = name.split(".")[0]
        if stage in TOP or target == stage:
            continue
        if stage in SHARED and (target in ORDER or target in TOP):
            bad.append(name)
        elif stage in ORDER and (target in TOP or (target in ORDER and ORDER.index(target) > ORDER.index(stage))):
            bad.append(name)
    return sorted(bad)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_imports_point_only_back_up_the_pipeline(path):
    bad = _upward(_stage(path), _imported(path))
    assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}, which come later in the pipeline"


def test_every_module_lives_in_a_stage():
    loose = [p.name for p in PACKAGE.glob("*.py") if p.stem not in SHARED | TOP]
    assert not loose, f"modules outside read/parse/corpus/site: {loose}"


def test_the_check_reads_relative_imports_and_refuses_upward_ones():
    assert "model.Block" in _imported(PACKAGE / "parse" / "clean.py")  # `from ..model import Block`
    assert "parse.labels" in _imported(PACKAGE / "parse" / "clean.py")  # `from . import labels`
    assert _upward("parse", {"site.render.ENV", "read.config", "model.Block"}) == ["site.render.ENV"]
    assert _upward("model", {"parse.labels"}) == ["parse.labels"]
    assert _upward("site", {"parse.labels", "corpus.links", "pipeline.x"}) == ["pipeline.x"]


SITE_PATH = re.compile(r"(?:^|[\"'(/])(?:transcripts|speakers|themes|sources|search-index)/|\.\./|\.md[#)]|\.html#"
                       r"|^(?:corpus\.json|turns\.csv|_overview\.md)$")


def _code_strings(path: Path) -> list[str]:
    """The string constants of a module that are not docstrings (f-strings' literal parts included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
            and isinstance(node.value, str) and id(node) not in docstrings]


@pytest.mark.parametrize("path", [p for p in _modules() if p.stem != "urls"],
                         ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_only_urls_spells_a_site_path(path):
    spelled = [s for s in _code_strings(path) if SITE_PATH.search(s)]
    assert not spelled, f"{path.relative_to(PACKAGE)} builds site paths itself: {spelled}; use generator/urls.py"


@pytest.mark.parametrize("template", sorted((PACKAGE / "templates").glob("*.j2")), ids=lambda p: p.name)
def test_templates_link_through_urls(template):
    text = template.read_text(encoding="utf-8")
    spelled = [line for line in text.splitlines() if re.search(r"\]\((?!\{\{)[^)]*\.md|\.\./", line)]
    assert not spelled, f"{template.name} spells links itself: {spelled}; use link() / link_index()"


def test_the_path_check_sees_spelled_paths():
    assert SITE_PATH.search('f"transcripts/{t.id}.md"') and SITE_PATH.search("../themes/x")
    assert SITE_PATH.search("corpus.json") and not SITE_PATH.search("a themes page")


# Modules that must keep the standard ``re``: user_patterns parses user patterns with ``sre_parse`` (re's own parser).
STANDARD_RE = {"read/user_patterns.py"}


@pytest.mark.parametrize("stage", ["read", "parse", "corpus"])
def test_text_is_matched_with_the_regex_module(stage: str):
    """The stages that read text match it with the ``regex`` module: its ``\\w`` holds the combining marks of Indic,
    Thai and Arabic scripts ('प्रधानमंत्री:' is one word), where the standard ``re`` stops at the first vowel sign
    and a Hindi, Tamil or Thai label is never read.  A new module with ``import re`` would bring that back."""
    offenders = [str(path.relative_to(PACKAGE)) for path in sorted((PACKAGE / stage).rglob("*.py"))
                 if str(path.relative_to(PACKAGE)) not in STANDARD_RE
                 and re.search(r"^import re$|^from re import", path.read_text(encoding="utf-8"), re.M)]
    assert not offenders, f"use 'import regex as re' in {offenders}"

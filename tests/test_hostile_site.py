"""Issue 12, points 1, 2 and 5 without a browser: front matter stored escaped, originals published as text files
MkDocs never parses, and page ids that never take the name of an index or hand-written page."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pytest
import yaml

from generator import cli, urls
from generator.site import escape
from hostile_corpus import ATTRIBUTE, EVIL_FILE, SCRIPT, write_corpus

FRONT = re.compile(r"\A---\n(.*?\n)---\n", re.S)
SNIPPET_LINE = re.compile(r"^\s*;*-{1,}8<-{1,}")  # what pymdownx.snippets reads as an include, on any line


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """The hostile corpus converted (no MkDocs): (corpus folder, output folder, corpus.json)."""
    work = tmp_path_factory.mktemp("hostile-convert")
    corpus = write_corpus(work / "corpus")
    out = work / "docs"
    cli.convert_to([corpus], out, False, no_cache=True)
    return corpus, out, json.loads((out / "corpus.json").read_text(encoding="utf-8"))


# Point 5: names that cannot collide.

@pytest.mark.parametrize("name", sorted(urls.RESERVED) + ["year_2017", "year_undated", "Index", "TAGS"])
def test_free_id_never_returns_a_reserved_name(name):
    assert urls.is_reserved(name)
    taken: set[str] = set()
    first = urls.free_id(name, taken)
    second = urls.free_id(name, taken)
    assert not urls.is_reserved(first) and not urls.is_reserved(second)
    assert first.casefold() != second.casefold()
    assert first.startswith(name)


def test_free_id_keeps_free_names_and_numbers_repeats():
    taken: set[str] = set()
    counters: dict[str, int] = {}
    assert [urls.free_id(n, taken, counters) for n in ["a", "a", "A", "a-2", "a"]] == ["a", "a-2", "A-3", "a-2-2", "a-4"]


def test_index_pages_are_never_replaced(converted):
    _, out, data = converted
    assert "# Transcripts" in (out / "transcripts" / "index.md").read_text(encoding="utf-8")
    assert "# Speakers" in (out / "speakers" / "index.md").read_text(encoding="utf-8")
    assert "# Themes" in (out / "themes" / "index.md").read_text(encoding="utf-8")
    for section in ("transcripts", "speakers", "themes"):
        ids = [record["id"] for record in data[section]]
        assert not any(urls.is_reserved(i) for i in ids), ids
        assert len({i.casefold() for i in ids}) == len(ids)
    index_titled = [t for t in data["transcripts"] if t["title"] == "Index"]
    assert index_titled and (out / "transcripts" / f"{index_titled[0]['id']}.md").is_file()
    assert any(s["name"] == "Index" and s["id"] == "index-2" for s in data["speakers"])
    assert any(t["name"].startswith("Theme </title>") and t["id"] == "index-2" for t in data["themes"])
    because = next(t for t in data["themes"] if t["name"].startswith("Because"))
    assert because["parent"] == "index-2"  # the parent follows its theme's new id


def test_automatic_speakers_of_same_named_files_stay_apart_with_slug_ids(converted):
    _, out, data = converted
    automatic = [s for s in data["speakers"] if "SPEAKER_00" in s["labels"]]
    assert len(automatic) == 2 and automatic[0]["id"] != automatic[1]["id"]
    for record in data["speakers"] + data["transcripts"] + data["themes"]:
        assert re.fullmatch(r"[a-z0-9_]+(?:-[a-z0-9_]+)*", record["id"]), record["id"]  # safe in any URL or file name


# Point 2: originals published as files, not pages.

def test_originals_are_published_unchanged_as_txt_files(converted):
    corpus, out, data = converted
    published = sorted(p.name for p in (out / "sources").iterdir())
    assert "notes.md.txt" in published and "notes.html.txt" in published
    assert all(name.endswith(".txt") for name in published), published  # nothing MkDocs reads as a page
    assert len(published) == len(data["transcripts"])
    for record in data["transcripts"]:
        original = out / record["source"]  # corpus.json names the original relative to its own folder
        copy = out / record["source_url"]
        assert copy.read_bytes() == original.read_bytes(), record["source_url"]
        page = (out / "transcripts" / f"{record['id']}.md").read_text(encoding="utf-8")
        assert f"](../{escape.url(record['source_url'])})" in page  # the transcript page links the same file
    evil = [r for r in data["transcripts"] if Path(r["source"]).name == EVIL_FILE]
    assert len(evil) == 3 and len({r["source_url"] for r in evil}) == 3
    for record in evil:
        assert not set('<>:"\\|?*') & set(record["source_url"])  # a name any disk and the zip can hold


def test_same_stem_and_same_name_keep_names_of_their_own():
    paths = urls.source_paths([("a", "x/notes.md"), ("b", "notes.html"), ("c", "y/notes.md"), ("d", "z/Notes.md"),
                               ("e", "notes.txt"), ("f", "notes.md.txt")])
    assert paths["a"] == "sources/notes.md.txt" and paths["b"] == "sources/notes.html.txt"
    assert paths["e"] == "sources/notes.txt"
    assert len({p.casefold() for p in paths.values()}) == len(paths)


def test_turns_csv_and_corpus_json_point_at_published_files(converted):
    _, out, data = converted
    for record in data["transcripts"]:
        assert (out / record["source_url"]).is_file()
    rows = list(csv.DictReader(io.StringIO((out / "turns.csv").read_text(encoding="utf-8"))))
    assert rows
    for row in rows:
        assert (out / row["url"].split("#")[0]).with_suffix(".md").is_file()


@pytest.mark.parametrize("text, cell", [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("Well, =1 is fine mid-text", "Well, =1 is fine mid-text"), ("", ""), ("2020", "2020")])
def test_turns_csv_cells_never_start_a_spreadsheet_formula(text, cell):
    from generator.site import export
    assert export._cell(text) == cell


def test_long_names_never_make_a_file_name_the_system_refuses(tmp_path):
    """A 3,000-word speaker name, title and theme id, and a 240-byte file name of two-byte letters: every
    page and original gets a name within the file-system limit, and the run converts them all."""
    words = " ".join(["Harbour"] * 3000)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    dialogue = "\n\n".join(f"Anna Smith: Question {i} about the harbour?\n\nBoris Jones: Answer {i}." for i in range(3))
    (corpus / ("é" * 120 + ".txt")).write_text(f"Interview\n\n{dialogue}\n", encoding="utf-8")
    (corpus / "b.md").write_text(f"---\ntitle: {words}\n---\n\n{dialogue}\n", encoding="utf-8")
    (corpus / "speakers.yml").write_text(f"speakers:\n  - name: {words}\n    aliases: [Anna Smith]\n", encoding="utf-8")
    (corpus / "themes.yml").write_text(f"themes:\n  - id: {'-'.join(['harbour'] * 300)}\n    name: Harbour\n"
                                       "    aliases: [harbour]\n", encoding="utf-8")
    status, converted = cli.convert_to([corpus], tmp_path / "docs", False, no_cache=True)
    assert status == 0 and len(converted.transcripts) == 2
    written = [p for p in (tmp_path / "docs").rglob("*") if p.is_file()]
    assert any(p.parent.name == "speakers" and p.name != "index.md" for p in written)
    assert any(p.parent.name == "themes" and p.name.startswith("harbour-harbour") for p in written)
    assert max(len(p.name.encode("utf-8")) for p in written) <= 255 - len(".html")


# Point 1: escaping by construction.

def test_front_matter_values_are_stored_escaped_and_read_back_as_written(converted):
    _, out, data = converted
    titles = {}
    for page in sorted(out.rglob("*.md")):
        match = FRONT.match(page.read_text(encoding="utf-8"))
        if not match:
            continue
        front = yaml.safe_load(match.group(1))
        values = [front.get("title"), front.get("description"), *(front.get("tags") or [])]
        for value in (v for v in values if v is not None):
            assert not set('<>"') & set(str(value)), (page, value)
        titles[page.relative_to(out).as_posix()] = html.unescape(str(front.get("title")))
    assert "Interview " + SCRIPT in titles.values()
    assert "Mary " + ATTRIBUTE in titles.values()
    assert "Theme " + SCRIPT in titles.values()


def test_no_generated_line_drives_markdown_extensions(converted):
    """No line of a generated page is a snippet include, and no text of the input is markup: every "<" of the
    input is an entity and every "{" of the input is escaped; the only attribute lists are the generator's own."""
    _, out, _ = converted
    own = re.compile(r'\{ (?:(?:[#.][\w-]+|data-toc-label="[^"{}<>]*") )+\}')
    for page in sorted(out.rglob("*.md")):
        text = FRONT.sub("", page.read_text(encoding="utf-8"))
        assert not any(SNIPPET_LINE.match(line) for line in text.splitlines()), page
        assert "<script" not in text and "<img" not in text, page
        assert "{" not in own.sub("", text.replace("\\{", "")), page


def test_escape_meta_is_html_escaping():
    assert escape.meta(SCRIPT) == "&lt;/title&gt;&lt;script&gt;window.__x=1&lt;/script&gt;"
    assert html.unescape(escape.meta(ATTRIBUTE)) == ATTRIBUTE
    assert '"' not in escape.meta(ATTRIBUTE) and "'" not in escape.meta("it's")
    assert "{" not in escape.h("{{ 7*7 }}") and html.unescape(escape.h("{{ 7*7 }}")) == "{{ 7*7 }}"

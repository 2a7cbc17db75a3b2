"""Issue 12, point 1 in a real browser: a site built from a corpus whose every field is hostile runs no script.

One build, every built HTML page opened in one headless Chromium context: no script of the input runs (the
page-level flag ``window.__x`` stays unset), no dialog opens, no request leaves for anything that is not a
file of the site, and the hostile text is shown as text where it belongs.
"""

from __future__ import annotations

import functools
import http.server
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pytest

from hostile_corpus import ATTRIBUTE, SCRIPT, TEMPLATE, build_project


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    work, log = build_project(tmp_path_factory.mktemp("hostile"))
    site = work / "site"
    (work / "build.log").write_text(log, encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_strict_build_of_the_hostile_corpus_is_clean(hostile):
    """A transcript titled "Index", a speaker "Index", a theme "index", notes.md beside notes.html, Markdown with
    snippet lines: the strict MkDocs build has nothing to warn about, and the index pages are the index pages."""
    site, _ = hostile
    log = (site.parent / "build.log").read_text(encoding="utf-8")
    assert "WARNING -" not in log and "ERROR -" not in log and "Traceback" not in log, log
    for folder, heading in (("transcripts", "Transcripts"), ("speakers", "Speakers"), ("themes", "Themes")):
        assert f'<h1 id="{folder}">{heading}<' in (site / folder / "index.html").read_text(encoding="utf-8"), folder


@pytest.fixture(scope="module")
def visits(browser, hostile):
    """Every built HTML page and every published original, opened once: what each did."""
    site, root = hostile
    context = browser.new_context()
    stray, dialogs = [], []
    context.on("request", lambda request: stray.append(request.url) if not _is_site_file(site, root, request.url)
               else None)
    tab = context.new_page()
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    results = {}
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    sources = sorted(p.relative_to(site).as_posix() for p in (site / "sources").iterdir())
    for relative in pages + sources:
        tab.goto(root + quote(relative), wait_until="load")
        tab.wait_for_timeout(30)  # an image's error handler runs after the load event at the latest
        results[relative] = tab.evaluate("""() => ({flag: window.__x, title: document.title,
            type: document.contentType, h1: (document.querySelector('.md-content h1') || {}).textContent,
            header: (document.querySelector('.md-header__topic:last-child .md-ellipsis') || {}).textContent,
            description: (document.querySelector('meta[name=description]') || {}).content,
            text: document.body.innerText})""")
    context.close()
    return {"pages": pages, "sources": sources, "results": results, "stray": stray, "dialogs": dialogs}


def _is_site_file(site: Path, root: str, url: str) -> bool:
    if not url.startswith(root):
        return False
    path = unquote(urlsplit(url).path).lstrip("/")
    return (site / path).is_file() or (site / path / "index.html").is_file()


def test_no_script_runs_no_dialog_no_request_leaves(visits):
    assert len(visits["pages"]) > 25  # every page type: transcripts, speakers, themes, indexes, tags, home
    ran = [page for page, result in visits["results"].items() if result["flag"] is not None]
    assert ran == []
    assert visits["dialogs"] == []
    assert visits["stray"] == []


def _page(visits, prefix: str, start: str) -> dict:
    found = [r for p, r in visits["results"].items() if p.startswith(prefix) and (r["h1"] or "").startswith(start)]
    assert found, f"no page under {prefix} whose heading starts with {start!r}"
    return found[0]


def test_hostile_titles_are_shown_as_written(visits):
    page = _page(visits, "transcripts/", "Interview </title>")
    assert page["title"].startswith("Interview " + SCRIPT)
    assert page["h1"].replace("¶", "").strip() == "Interview " + SCRIPT
    assert SCRIPT in page["header"]
    front = _page(visits, "transcripts/", "Front ")
    assert front["title"].startswith("Front " + ATTRIBUTE + " " + SCRIPT)
    assert front["description"] == "Desc " + ATTRIBUTE  # the attribute holds the characters, not markup
    side = _page(visits, "transcripts/", "Side ")
    assert side["title"].startswith("Side " + SCRIPT) and "Sub " + ATTRIBUTE in side["text"]
    assert TEMPLATE in side["text"]  # the place, as written: no template ran on it
    html_input = _page(visits, "transcripts/", "<img src=x")
    assert html_input["title"].startswith("<img src=x onerror=window.__x=1>")


def test_names_from_speakers_and_themes_files_are_text(visits):
    mary = _page(visits, "speakers/", "Mary ")
    assert mary["title"].startswith("Mary " + ATTRIBUTE) and "Role " + SCRIPT in mary["text"]
    assert '--8<-- "mkdocs.yml" bio' in mary["text"]  # the bio, not mkdocs.yml included
    theme = _page(visits, "themes/", "Theme ")
    assert theme["title"].startswith("Theme " + SCRIPT)
    tags = visits["results"]["tags.html"]
    assert "Theme " + SCRIPT in tags["text"] and "Because " + ATTRIBUTE in tags["text"]
    voice = visits["results"]["transcripts/caption.html"]  # the WebVTT voice <v Evil<img ...>>
    assert "Evil<img src=x onerror=window.__x=1" in voice["text"]


def test_originals_are_served_as_text(visits, hostile):
    site, _ = hostile
    assert visits["sources"], "no original published"
    for relative in visits["sources"]:
        result = visits["results"][relative]
        assert result["type"] == "text/plain", relative
    notes = visits["results"]["sources/notes.html.txt"]
    assert "<script>window.__x=1</script>" in notes["text"]  # shown as text, unchanged


def test_search_results_show_hostile_strings_as_text(browser, hostile):
    site, root = hostile
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(root + "index.html?q=" + "interview%20title%20script")
    tab.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0")
    headings = tab.locator(".md-search-result__article h1").all_inner_texts()
    assert any(SCRIPT in h for h in headings), headings
    assert tab.evaluate("window.__x") is None
    context.close()


class _Elements(HTMLParser):
    """Attributes and inline scripts of a built page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.handlers: list[str] = []
        self.urls: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}={value}")
            if name in ("href", "src", "action", "formaction", "data") and value and \
                    value.strip().lower().startswith(("javascript:", "data:text/html", "vbscript:")):
                self.urls.append(f"{tag} {name}={value}")
        self._in_script = tag == "script"
        if tag == "script" and dict(attrs).get("src"):
            self.scripts.append("src=" + dict(attrs)["src"])

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def test_built_pages_hold_no_hostile_markup(hostile):
    """The built HTML itself: no event handler attribute, no script URL, no script of the input, no included
    file (mkdocs.yml) and no template evaluated (7*7)."""
    site, _ = hostile
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        parsed = _Elements()
        parsed.feed(text)
        assert parsed.handlers == [] and parsed.urls == [], page
        assert not any("__x" in script for script in parsed.scripts), page
        assert "markdown_extensions" not in text, page  # mkdocs.yml was not included by a snippet line
        assert ">49<" not in text, page

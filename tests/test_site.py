"""The real site: `python -m generator build` runs `mkdocs build --strict` with zero warnings."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path


def test_build_is_strict_and_clean(built_site):
    log = (built_site / "build.log").read_text(encoding="utf-8")
    assert "WARNING" not in log and "ERROR" not in log
    assert (built_site / "site" / "index.html").is_file()


def test_every_transcript_page_and_source_is_published(built_site, seeds_json):
    site = built_site / "site"
    for t in seeds_json["transcripts"]:
        assert (site / "transcripts" / f"{t['id']}.html").is_file()
        assert (site / t["source_url"]).is_file()
    assert (site / "corpus.json").is_file()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def test_internal_links_and_anchors_resolve(built_site):
    site = built_site / "site"
    pages = {p: _parse(p) for p in site.rglob("*.html")}
    for page, links in pages.items():
        if page.name == "404.html":  # links there are absolute on purpose: it is served from any path
            continue
        for href in links.hrefs:
            if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue
            path, _, fragment = href.partition("#")
            target = (page.parent / path).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page.relative_to(site)}: broken link {href}"
            if fragment and target.suffix == ".html":
                assert fragment in pages[target].ids, f"{page.relative_to(site)}: missing anchor {href}"


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_home_page_shows_counts_and_transcripts_by_date(built_site, seeds_json):
    html = (built_site / "site" / "index.html").read_text(encoding="utf-8")
    assert '<p><strong>5</strong> transcripts</p>' in html
    positions = [html.index(t["title"].replace("’", "’")[:40]) for t in
                 sorted((t for t in seeds_json["transcripts"] if t["date"]), key=lambda t: t["date"], reverse=True)]
    assert positions == sorted(positions)


def test_tags_page_lists_every_transcripts_main_themes(built_site, seeds_json):
    html = (built_site / "site" / "tags.html").read_text(encoding="utf-8")
    names = {theme["id"]: theme["name"] for theme in seeds_json["themes"]}
    for transcript in seeds_json["transcripts"]:
        for theme in transcript["themes"][:3]:
            assert names[theme].replace("–", "&ndash;") in html or names[theme] in html, names[theme]


def test_theme_and_speaker_pages_exist_with_passages(built_site, seeds_json):
    site = built_site / "site"
    for theme in seeds_json["themes"]:
        page = (site / "themes" / f"{theme['id']}.html").read_text(encoding="utf-8")
        for ref in theme["turns"][:3]:
            assert f'href="../transcripts/{ref["transcript"]}.html#{ref["turn"]}"' in page
    for speaker in (s for s in seeds_json["speakers"] if not s["generic"]):
        assert (site / "speakers" / f"{speaker['id']}.html").is_file()
    assert "<svg" in (site / "themes" / "index.html").read_text(encoding="utf-8")


def test_transcript_pages_end_with_related_transcripts(built_site, seeds_json):
    for t in seeds_json["transcripts"]:
        html = (built_site / "site" / "transcripts" / f"{t['id']}.html").read_text(encoding="utf-8")
        assert html.index('id="related-transcripts"') > html.index("Removed from the source") \
            if t["removed"] else 'id="related-transcripts"' in html

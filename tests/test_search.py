"""The prebuilt search index (generator/search.py) and its reader (docs/javascripts/search.js): the same
term rules on both sides, postings that point at the right turns, and a query that loads only what it needs."""

from __future__ import annotations

import json
import re

import pytest

from conftest import by_source
from generator.site import search

CALL = re.compile(r"^txSearch\.(\w+)\((.*)\);\n$", re.S)


def _payload(text: str) -> list:
    name, args = CALL.match(text).groups()
    return json.loads(f"[{args}]")


@pytest.fixture(scope="module")
def index(seeds_out) -> dict[str, str]:
    return {p.relative_to(seeds_out).as_posix(): p.read_text(encoding="utf-8")
            for p in (seeds_out / search.FOLDER).iterdir()}


@pytest.mark.parametrize("text,expected", [
    ("Chemical Weapons", ["chemical", "weapon"]),
    ("the U.S. and Russia's", ["russia"]),  # stop words and one-letter pieces go; "russia", "s" -> "russia"
    ("Ségolène Royal", ["segolene", "royal"]),
    ("crisis business status", ["crisis", "business", "status"]),  # -is, -ss, -us keep their s
    ("外交部发言人", ["外交", "交部", "部发", "发言", "言人"]),
    ("Лавров заявил", ["лавров", "заявил"]),
    ("COVID-19 2017", ["covid", "19", "2017"]),
])
def test_terms(text, expected):
    assert search.terms(text) == expected


def test_shard_names_are_safe_file_names():
    assert search.shard_name("sy") == "t-73-79.js"
    assert re.fullmatch(r"t-[0-9a-f-]+\.js", search.shard_name("外交"))


def test_postings_point_at_the_turn_that_says_it(index, seeds_json):
    meta = _payload(index[f"{search.FOLDER}/meta.js"])[0]
    shard = _payload(index[f"{search.FOLDER}/{search.shard_name('pa')}"])[1]
    postings = shard["parachute"]
    passages = [sum(postings[0:i + 1:2]) for i in range(0, len(postings), 2)]
    starts = meta["starts"]
    record = by_source(seeds_json, "000_")
    turn = next(t for t in record["turns"] if "strapped to parachutes" in t["text"])
    found = []
    for number in passages:
        page = max(i for i, start in enumerate(starts) if start <= number)
        data = _payload(index[f"{search.FOLDER}/p-{page}.js"])[1]
        found.append((data["path"], data["passages"][number - starts[page]][0]))
    assert (f"transcripts/{record['id']}.md", turn["id"]) in found
    assert all(weight >= 1 for weight in postings[1::2])


def test_every_page_and_turn_is_indexed_once(index, seeds_json):
    meta = _payload(index[f"{search.FOLDER}/meta.js"])[0]
    paths = [_payload(index[f"{search.FOLDER}/p-{n}.js"])[1]["path"] for n in range(len(meta["starts"]))]
    assert len(paths) == len(set(paths))
    for t in seeds_json["transcripts"]:
        page = paths.index(f"transcripts/{t['id']}.md")
        anchors = [row[0] for row in _payload(index[f"{search.FOLDER}/p-{page}.js"])[1]["passages"]]
        assert anchors == [""] + [turn["id"] for turn in t["turns"]]
    assert {f"themes/{theme['id']}.md" for theme in seeds_json["themes"]} <= set(paths)
    assert meta["passages"] == sum(
        len(_payload(index[f"{search.FOLDER}/p-{n}.js"])[1]["passages"]) for n in range(len(paths)))


def test_hand_written_pages_are_indexed_without_markup():
    page = search._written_page("about.md", "---\ntitle: About\n---\n# About the archive\n\nRead **offline**: "
                                            "[the zip](site-offline.zip){ .button }\n--8<-- \"_x.md\"\n")
    assert page.title == "About"
    assert page.passages[0].text == "About the archive Read offline : the zip"


def test_the_index_is_the_same_bytes_each_time(seeds_out, tmp_path):
    import subprocess
    import sys

    from conftest import SEEDS

    subprocess.run([sys.executable, "-m", "generator", "convert", str(SEEDS), "--out", str(tmp_path)], check=True,
                   capture_output=True)
    for path in (seeds_out / search.FOLDER).iterdir():
        assert (tmp_path / search.FOLDER / path.name).read_bytes() == path.read_bytes(), path.name


WORDS = ["Chemical Weapons", "the U.S. and Russia's", "Ségolène Royal", "crisis business status", "外交部发言人",
         "Лавров заявил", "COVID-19 2017", "Ms. Psaki: “Thank you.” (Laughter.)", "naïve café façade",
         "Straße ǅemal ﬁnance", "Assad’s al-Nusra", "x y z 1 2 3"]


def test_the_browser_reads_terms_as_the_generator_writes_them(browser, site_url):
    page = browser.new_page()
    page.goto(site_url)
    page.wait_for_function("window.txSearch && document.querySelector('[data-tx-search]')")
    page.evaluate("new Promise(resolve => { const s = document.createElement('script');"
                  " s.src = 'search-index/meta.js'; s.onload = resolve; document.head.appendChild(s); })")
    for text in WORDS:
        assert page.evaluate("text => window.txSearch.terms(text)", text) == search.terms(text), text
    page.close()


def test_a_query_loads_only_its_shards_and_the_pages_it_shows(browser, site_url):
    context = browser.new_context()
    loaded: list[str] = []
    context.on("request", lambda request: loaded.append(request.url))
    page = context.new_page()
    page.goto(site_url)
    page.locator(".md-search__input").click()
    page.keyboard.type("parachutes")
    page.wait_for_function("document.querySelectorAll('.md-search-result__link').length > 0")
    files = sorted(url.rsplit("/", 1)[1] for url in loaded if f"/{search.FOLDER}/" in url)
    shards = [f for f in files if f.startswith("t-")]
    pages = [f for f in files if f.startswith("p-")]
    assert "meta.js" in files and set(shards) == {search.shard_name("pa")}, files
    assert 1 <= len(pages) <= 10, files
    context.close()


def test_keyboard_moves_through_results_and_enter_opens_one(browser, site_url):
    page = browser.new_page()
    page.goto(site_url)
    page.keyboard.press("s")
    page.wait_for_function("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("Geneva")
    page.wait_for_function("document.querySelectorAll('.md-search-result__link').length > 1")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.href")
    assert second == page.locator(".md-search-result__link").nth(1).evaluate("a => a.href")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    page.wait_for_function("document.activeElement.classList.contains('md-search__input')")
    first = page.locator(".md-search-result__link").first.evaluate("a => a.href")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == first and page.url.split("#")[0] != site_url
    page.close()


def test_query_in_the_address_opens_search(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "index.html?q=Dougherty")
    page.wait_for_function("document.querySelectorAll('.md-search-result__link').length > 0")
    links = page.locator(".md-search-result__link").evaluate_all("els => els.map(e => e.href)")
    assert any("speakers/jill-dougherty.html" in link for link in links[:3]), links[:5]
    assert page.locator(".md-search-result__meta").inner_text().endswith("matching documents") or \
        page.locator(".md-search-result__meta").inner_text() == "1 matching document"
    page.close()


def test_nothing_found_says_so(browser, site_url):
    page = browser.new_page()
    page.goto(site_url)
    page.locator(".md-search__input").click()
    page.keyboard.type("zzqxjw")
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.includes('No matching')")
    assert page.locator(".md-search-result__item").count() == 0
    page.close()

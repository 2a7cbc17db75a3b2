"""The two editions in a real browser: search finds a phrase and lands on its turn, online (served on
127.0.0.1) and offline (opened from file://, with no request leaving file://); screenshots in both schemes."""

from __future__ import annotations


import pytest

from conftest import ROOT, by_source

PHRASE = "strapped parachutes"  # said by CBS in seed 000
SHOTS = ROOT / "test-results" / "screenshots"


def _search(page, query: str) -> list[str]:
    page.locator(".md-search__input").click()
    page.keyboard.type(query, delay=30)
    page.wait_for_function("document.querySelectorAll('.md-search-result__link').length > 0", timeout=10000)
    return page.locator(".md-search-result__link").evaluate_all("els => els.map(e => e.href)")


def _lands_on_turn(page, links: list[str], turn_id: str) -> None:
    target = next(link for link in links if f"#{turn_id}" in link)
    assert links.index(target) <= 1, links[:4]  # the passage comes first (after its page's own entry)
    page.goto(target)
    page.wait_for_timeout(300)
    top = page.evaluate(f"document.getElementById('{turn_id}').getBoundingClientRect().top")
    assert 0 <= top < 300


@pytest.fixture
def turn_id(seeds_json) -> str:
    record = by_source(seeds_json, "000_")
    return next(t["id"] for t in record["turns"] if "strapped to parachutes" in t["text"])


def test_offline_edition_from_file_finds_a_phrase_with_no_network(browser, built_site, turn_id):
    context = browser.new_context()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto((built_site / "site" / "index.html").as_uri())
    links = _search(page, PHRASE)
    _lands_on_turn(page, links, turn_id)
    assert requests and all(url.startswith("file://") for url in requests), [u for u in requests if "file:" not in u]
    context.close()


def test_offline_zip_is_written(built_site):
    assert (built_site / "site" / "site-offline.zip").stat().st_size > 100_000


def test_online_site_finds_a_phrase_and_names_speaker_and_transcript(browser, site_url, turn_id):
    context = browser.new_context()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto(site_url)
    links = _search(page, PHRASE)
    item = page.locator(".md-search-result__item").first.inner_text()
    assert "CBS interview with Sergey Lavrov" in item
    assert any("CBS" in text for text in page.locator(".md-search-result__link").all_inner_texts()[:2])
    _lands_on_turn(page, links, turn_id)
    assert all(url.startswith(site_url) for url in requests), [u for u in requests if not u.startswith(site_url)]
    context.close()


@pytest.mark.parametrize("query,page_name", [("Jill Dougherty", "speakers/jill-dougherty"),
                                             ("Chemical weapons", "themes/chemical-weapons")])
def test_names_find_their_pages(browser, site_url, query, page_name):
    page = browser.new_page()
    page.goto(site_url)
    links = _search(page, query)
    assert any(page_name in link for link in links[:3]), links[:5]
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width,height", [(1280, 900), (390, 844)])
def test_screenshots_without_horizontal_scroll(browser, site_url, seeds_json, scheme, width, height):
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
    page = context.new_page()
    for name, path in [("home", ""), ("transcript", f"transcripts/{by_source(seeds_json, '004_')['id']}.html"),
                       ("theme", "themes/syria.html")]:
        page.goto(site_url + path)
        page.wait_for_timeout(200)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.screenshot(path=str(SHOTS / f"{name}-{width}-{scheme}.png"))
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pages_pass_axe_accessibility_checks(browser, site_url, seeds_json, scheme):
    from axe_playwright_python.sync_playwright import Axe

    page = browser.new_page(color_scheme=scheme)
    paths = ["", "themes/index.html", "speakers/index.html", "themes/syria.html", "speakers/sergey-lavrov.html"]
    paths += [f"transcripts/{t['id']}.html" for t in seeds_json["transcripts"]]
    for path in paths:
        page.goto(site_url + path)
        violations = Axe().run(page).response["violations"]
        assert not violations, (path, [(v["id"], v["impact"], v["nodes"][0]["target"]) for v in violations])
    page.close()


def test_keyboard_search_and_copy_link(browser, site_url, seeds_json):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site_url}transcripts/{by_source(seeds_json, '000_')['id']}.html")
    page.wait_for_load_state("load")
    page.keyboard.press("/")
    page.wait_for_function("document.activeElement.classList.contains('md-search__input')", timeout=5000)
    page.keyboard.press("Escape")
    button = page.locator(".tx-action", has_text="Copy link").first
    button.focus()
    page.keyboard.press("Enter")
    page.locator(".tx-status", has_text="Link copied").first.wait_for(timeout=5000)
    cite = page.locator(".tx-action", has_text="Cite").nth(1)
    cite.click()
    citation = page.locator(".tx-citation").first.inner_text()
    assert citation.startswith("Sergey Lavrov, “CBS interview with Sergey Lavrov”.") and "#t-" in citation
    context.close()


def test_print_shows_the_transcript_without_the_site(browser, site_url, seeds_json):
    page = browser.new_page()
    page.goto(f"{site_url}transcripts/{by_source(seeds_json, '004_')['id']}.html")
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible() and not page.locator(".md-sidebar--primary").is_visible()
    assert page.locator(".tx-who").first.is_visible()
    page.close()

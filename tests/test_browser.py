"""What a reader sees, in a real headless Chromium: speaker labels, turn anchors, phone layout."""

from __future__ import annotations

import pytest

from conftest import by_source


@pytest.fixture
def page(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


def _url(site_url: str, record: dict, fragment: str = "") -> str:
    return f"{site_url}transcripts/{record['id']}.html{fragment}"


def test_speaker_labels_are_shown(page, site_url, seeds_json):
    record = by_source(seeds_json, "004_")
    page.goto(_url(site_url, record))
    labels = page.locator(".tx-who").all_inner_texts()
    # "No, right here." is the announced questioner's follow-up (issue 13, point 6)
    assert labels[:5] == ["John Kerry", "Ms. Psaki", "Arshad Mohammed", "John Kerry", "Arshad Mohammed"]
    assert page.locator(".tx-who").first.is_visible()
    assert page.locator(".tx-dir", has_text="(Laughter.)").first.is_visible()


def test_turn_anchor_scrolls_to_its_turn(page, site_url, seeds_json):
    record = by_source(seeds_json, "000_")
    turn = record["turns"][41]
    page.goto(_url(site_url, record, "#" + turn["id"]))
    page.wait_for_timeout(300)
    box = page.evaluate(f"document.getElementById('{turn['id']}').getBoundingClientRect().top")
    assert 0 <= box < 300, box
    assert page.evaluate("window.scrollY") > 1000


def test_question_is_set_apart_and_listed_in_the_table_of_contents(page, site_url, seeds_json):
    record = by_source(seeds_json, "000_")
    page.goto(_url(site_url, record))
    question = page.locator(".tx-turn.tx-q").first
    answer = page.locator(".tx-turn.tx-a").first
    assert question.evaluate("e => getComputedStyle(e).backgroundColor") != \
        answer.evaluate("e => getComputedStyle(e).backgroundColor")
    toc = page.locator(".md-sidebar--secondary .md-nav__link").all_inner_texts()
    assert any(text.startswith("CBS: It’s no secret that Russia") for text in toc)


def test_phone_layout_has_no_horizontal_scroll(browser, site_url, seeds_json):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    tab = context.new_page()
    tab.goto(_url(site_url, by_source(seeds_json, "003_")))
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    assert tab.locator(".tx-who").first.is_visible()
    context.close()

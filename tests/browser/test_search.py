"""Search as a reader does it: type a keyword, find the right page in the first 3 results."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from searchutil import SEARCH_INPUT, highlighted_terms, open_search, ranked_pages, wait_for_results

QUERIES = yaml.safe_load((Path(__file__).parent / "queries.yml").read_text(encoding="utf-8"))


def test_query_set_is_realistic_and_varied():
    kinds = {q["kind"] for q in QUERIES}
    assert len(QUERIES) >= 30
    assert {"zh-mid", "en", "mixed", "abbr", "body", "dict", "alias"} <= kinds


@pytest.fixture(scope="module")
def search_page(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url)
    yield page
    context.close()


def type_query(page, query: str) -> None:
    open_search(page)
    page.fill(SEARCH_INPUT, "")
    page.keyboard.type(query)  # CJK text arrives without key events, as from an IME…
    page.keyboard.press("End")  # …whose commit ends with a key event


@pytest.mark.parametrize("case", QUERIES, ids=[q["query"] for q in QUERIES])
def test_query_finds_expected_page_in_top_3(search_page, site_url, case):
    type_query(search_page, str(case["query"]))
    top = ranked_pages(wait_for_results(search_page), site_url)[:3]
    assert case["page"] in top, f"{case['query']!r}: expected {case['page']} in the top 3, got {top}"


def test_pasted_text_searches_without_any_key(search_page, site_url):
    open_search(search_page)
    search_page.fill(SEARCH_INPUT, "")
    search_page.fill(SEARCH_INPUT, "复读机")  # like a mouse paste: an input event, no key at all
    assert "LLMs/llm-repetition/" in ranked_pages(wait_for_results(search_page), site_url)[:3]


def test_last_word_of_unspaced_query_is_searched(search_page):
    type_query(search_page, "推理速度")
    first = wait_for_results(search_page)[0]
    assert "速度" in highlighted_terms(first), first

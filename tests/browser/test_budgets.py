"""Deterministic transfer budgets, measured in Chromium against a gzip-serving host."""

from __future__ import annotations

from figures import report

HOME_FIRST_VIEW_BUDGET = 350 * 1024


def first_view_bytes(browser, url: str) -> tuple[int, int]:
    """(bytes transferred, number of requests) for a first visit with an empty cache."""
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("requestfinished", lambda request: requests.append(request))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    total = 0
    for request in requests:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    context.close()
    return total, len(requests)


def test_home_page_first_view_fits_the_budget(browser, site_url):
    total, count = first_view_bytes(browser, site_url)
    report(f"first view of the home page: {total / 1024:.0f} KB in {count} requests (gzip)")
    assert total <= HOME_FIRST_VIEW_BUDGET


def test_question_page_first_view_is_reported(browser, site_url):
    total, count = first_view_bytes(browser, site_url + "LLMs/lora-and-p-tuning/")
    report(f"first view of a question page: {total / 1024:.0f} KB in {count} requests (gzip)")
    assert total > 0

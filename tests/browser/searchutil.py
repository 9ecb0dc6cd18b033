"""Type into Material's search box as a user does, and read the ranked result pages."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

SEARCH_INPUT = "input[data-md-component=search-query]"


def open_search(page) -> None:
    page.locator(".md-search__input").first.click()


def result_links(page) -> list[str]:
    return page.eval_on_selector_all(
        "li.md-search-result__item > a.md-search-result__link", "links => links.map(a => a.href)"
    )


def ranked_pages(links: list[str], base: str) -> list[str]:
    """Distinct pages in result order, as site-relative paths such as LLMs/lora-and-p-tuning/."""
    pages: list[str] = []
    for link in links:
        path = urlsplit(link).path[len(urlsplit(base).path) :]
        if path not in pages:
            pages.append(path)
    return pages


def wait_for_results(page, timeout: float = 15.0) -> list[str]:
    """Wait until the result list is non-empty and unchanged for a moment; return the links."""
    deadline = time.monotonic() + timeout
    previous, stable_since = None, None
    while time.monotonic() < deadline:
        links = result_links(page)
        if links and links == previous:
            if time.monotonic() - stable_since > 0.4:
                return links
        else:
            previous, stable_since = links, time.monotonic()
        time.sleep(0.1)
    return result_links(page)


def highlighted_terms(link: str) -> list[str]:
    return parse_qs(urlsplit(link).query).get("h", [""])[0].split()

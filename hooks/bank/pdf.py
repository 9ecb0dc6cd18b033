"""Print the one-page book (print_book.py) to PDF with headless Chromium, after formulas have rendered."""

from __future__ import annotations

from pathlib import Path

from . import chromium

# Every formula typeset and every diagram drawn (bank.js does notebook maths in the same pass).
RENDERED = (
    "() => [...document.querySelectorAll('.arithmatex')].every(el => el.querySelector('.katex'))"
    " && !document.querySelector('pre.bank-mermaid')"
)


def print_pdf(book: Path, out: Path, browser=None, timeout_ms: int = 180_000) -> Path:
    """Print `book` to `out`. Pass a running Playwright `browser` to reuse it (tests share one)."""
    if browser is not None:
        return _print(browser, book, out, timeout_ms)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium.executable(), args=chromium.FLAGS)
        try:
            return _print(browser, book, out, timeout_ms)
        finally:
            browser.close()


def _print(browser, book: Path, out: Path, timeout_ms: int) -> Path:
    page = browser.new_page()
    page.goto(book.resolve().as_uri(), wait_until="load")
    page.wait_for_function(RENDERED, timeout=timeout_ms)
    page.evaluate("document.fonts.ready.then(() => true)")  # KaTeX fonts loaded
    page.pdf(
        path=str(out),
        format="A4",
        print_background=True,
        outline=True,
        margin={"top": "16mm", "bottom": "16mm", "left": "14mm", "right": "14mm"},
        display_header_footer=True,
        header_template="<span></span>",
        footer_template='<div style="font-size:8px;width:100%;text-align:center">'
        '<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    )
    page.close()
    return out

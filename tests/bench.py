"""`make bench`: print the site's speed and size figures. Figures, not assertions: the budgets live in tests."""

from __future__ import annotations

import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import yaml

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "hooks"))
from bank import chromium  # noqa: E402
from siteserver import SiteServer  # noqa: E402
from siteutil import ROOT  # noqa: E402

QUERIES = yaml.safe_load((ROOT / "tests/browser/queries.yml").read_text(encoding="utf-8"))


def timed_build(site: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return time.perf_counter() - started


def first_view(browser, url: str) -> tuple[int, int, int]:
    """(gzip bytes transferred, raw bytes, third-party requests) for a first visit."""
    context = browser.new_context()
    page = context.new_page()
    finished, hosts = [], []
    page.on("requestfinished", lambda request: finished.append(request))
    page.on("request", lambda request: hosts.append(urlsplit(request.url).netloc))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    transferred = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in finished)
    raw = sum(len(r.response().body()) for r in finished if r.response())
    context.close()
    return transferred, raw, sum(1 for h in hosts if h != urlsplit(url).netloc)


def search_latencies(browser, url: str) -> list[float]:
    """Seconds from the last keystroke to a settled result list, per query (index already loaded)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    box = "input[data-md-component=search-query]"
    page.locator(".md-search__input").first.click()
    page.fill(box, "显存")
    page.wait_for_selector("li.md-search-result__item", timeout=30000)
    timings = []
    for case in QUERIES:
        page.fill(box, "")
        page.wait_for_function("() => !document.querySelector('li.md-search-result__item')")
        page.keyboard.type(str(case["query"])[:-1])
        started = time.perf_counter()
        page.keyboard.type(str(case["query"])[-1])
        page.keyboard.press("End")
        page.wait_for_selector("li.md-search-result__item", timeout=30000)
        timings.append(time.perf_counter() - started)
    context.close()
    return timings


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        shutil.rmtree(ROOT / ".cache" / "mkdocs-jupyter", ignore_errors=True)
        full = timed_build(site)
        warm = timed_build(site)
        print(f"build: full {full:.1f} s (empty notebook cache), warm rebuild {warm:.1f} s")

        index = (site / "search/search_index.json").read_bytes()
        pages = sum(1 for _ in site.rglob("index.html"))
        zipped = len(gzip.compress(index, 9))
        print(
            f"search index: {len(index) / 1024:.0f} KB raw, {zipped / 1024:.0f} KB gzipped, "
            f"{zipped / pages / 1024:.2f} KB gzipped per page, {pages} pages"
        )

        from playwright.sync_api import sync_playwright

        site_url = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["site_url"]
        with SiteServer(site, site_url=site_url) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium.executable(), args=chromium.FLAGS)
            for name, path in [("home page", ""), ("question page", "LLMs/lora-and-p-tuning/")]:
                transferred, raw, third = first_view(browser, server.url + path)
                print(
                    f"first view of the {name}: {transferred / 1024:.0f} KB transferred (gzip), "
                    f"{raw / 1024:.0f} KB uncompressed, {third} third-party requests"
                )
            timings = search_latencies(browser, server.url)
            print(
                f"search: median {statistics.median(timings) * 1000:.0f} ms from last keystroke to results "
                f"over {len(timings)} queries (max {max(timings) * 1000:.0f} ms)"
            )
            browser.close()


if __name__ == "__main__":
    main()

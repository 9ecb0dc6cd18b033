"""Real Chromium (Debian's package) driven by Playwright, against the built site served on 127.0.0.1."""

from __future__ import annotations

import os

import pytest

from bank import chromium

INSTALL_HINT = "install it with `sudo apt-get install chromium` (Debian/Ubuntu); .ci/run does this in CI"


@pytest.fixture(scope="session")
def browser():
    path = chromium.executable()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is missing and CI is set: {INSTALL_HINT}")
        pytest.skip(f"browser tests need Chromium: {INSTALL_HINT}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=chromium.FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def site_url(built_site):
    import yaml

    from siteserver import SiteServer
    from siteutil import ROOT

    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    with SiteServer(built_site, site_url=config["site_url"]) as server:
        yield server.url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()

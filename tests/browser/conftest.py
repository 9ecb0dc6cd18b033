"""Real Chromium (Debian's package) driven by Playwright, against the built site served on 127.0.0.1."""

from __future__ import annotations

import pytest


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

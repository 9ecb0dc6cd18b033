import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "tests"))

import pytest  # noqa: E402

from bank import chromium  # noqa: E402

CHROMIUM_INSTALL_HINT = "install it with `sudo apt-get install chromium` (Debian/Ubuntu); .ci/run does this in CI"


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session (Playwright's sync API allows one per thread)."""
    path = chromium.executable()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is missing and CI is set: {CHROMIUM_INSTALL_HINT}")
        pytest.skip(f"browser tests need Chromium: {CHROMIUM_INSTALL_HINT}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=chromium.FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The real repository built once per test session with `mkdocs build --strict`."""
    from siteutil import mkdocs_build

    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, result.stderr[-3000:]
    return site


@pytest.fixture(scope="session")
def real_bank():
    from bank.collect import load_bank

    return load_bank(ROOT)


def pytest_terminal_summary(terminalreporter):
    from figures import LINES

    if LINES:
        terminalreporter.section("figures (printed, not asserted)")
        for line in LINES:
            terminalreporter.write_line(line)

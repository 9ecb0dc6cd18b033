import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "tests"))

import pytest  # noqa: E402


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

"""The engine escape hatch: ProperDocs builds the same site, page for page."""

from __future__ import annotations

import os
import subprocess

import pytest

from siteutil import ROOT

PROPERDOCS = ROOT / ".venv-properdocs" / "bin" / "properdocs"


def site_files(site) -> set[str]:
    # Patched and regenerated per build, so compared by name only.
    return {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}


def test_properdocs_builds_the_same_pages(built_site, tmp_path):
    if not PROPERDOCS.exists():
        if os.environ.get("CI"):
            pytest.fail("ProperDocs is not installed: `make test` installs it with `make build-properdocs`'s venv")
        pytest.skip("ProperDocs is not installed here: run `make build-properdocs` once")
    site = tmp_path / "site"
    result = subprocess.run(
        [str(PROPERDOCS), "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    pages = {p for p in site_files(site) if p.endswith("index.html")}
    assert pages == {p for p in site_files(built_site) if p.endswith("index.html")}
    assert len(pages) > 60
    assert site_files(site) == site_files(built_site)

"""Where Debian's Chromium is, and the flags it runs with headless here (no sandbox, no background traffic)."""

from __future__ import annotations

import shutil

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def executable() -> str | None:
    return shutil.which("chromium")

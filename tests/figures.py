"""Figures that tests print (not assert): timings and sizes, shown at the end of the pytest run."""

from __future__ import annotations

LINES: list[str] = []


def report(line: str) -> None:
    LINES.append(line)

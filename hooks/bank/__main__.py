"""Command line: `python -m bank check | readme` (run with hooks/ on PYTHONPATH, as the Makefile does)."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import readme
from .collect import collect
from .problems import Problem

ROOT = Path(__file__).resolve().parents[2]


def report(problems: list[Problem]) -> None:
    in_actions = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in problems:
        print(problem.github_annotation() if in_actions else problem, file=sys.stderr)


def check(root: Path) -> int:
    started = time.perf_counter()
    bank, problems = collect(root)
    try:
        if not problems and readme.out_of_date(root, bank):
            problems.append(Problem("README.md", None, "README tables are out of date: run `make readme` and commit README.md"))
    except readme.ReadmeError as error:
        problems.append(Problem("README.md", None, str(error).replace("\n", " ")))
    if problems:
        report(problems)
        print(f"✗ {len(problems)} problem(s) found", file=sys.stderr)
        return 1
    drafts = sum(len(t.drafts) for t in bank.topics)
    print(
        f"✓ {len(bank.questions)} questions in {len(bank.topics)} topics, {drafts} drafts, README in sync "
        f"({time.perf_counter() - started:.2f} s)"
    )
    return 0


def update_readme(root: Path) -> int:
    bank, problems = collect(root)
    if problems:
        report(problems)
        return 1
    changed = readme.update(root, bank)
    print("README.md tables updated" if changed else "README.md tables already up to date")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bank", description="Validate the question bank and keep README in sync.")
    parser.add_argument("command", choices=["check", "readme"])
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root (default: this checkout)")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.root)
    return update_readme(args.root)


if __name__ == "__main__":
    sys.exit(main())

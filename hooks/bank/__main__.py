"""Command line: `python -m bank check | readme | lint | fix` (run with hooks/ on PYTHONPATH, as the Makefile does)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import new_question, readme, typography
from .collect import collect
from .problems import Problem

ROOT = Path(__file__).resolve().parents[2]
SITE_NAME = "深度学习面试题库"


def report(problems: list[Problem]) -> None:
    in_actions = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in problems:
        print(problem.github_annotation() if in_actions else problem, file=sys.stderr)


def check(root: Path) -> int:
    started = time.perf_counter()
    bank, problems = collect(root)
    try:
        if not problems and readme.out_of_date(root, bank):
            problems.append(
                Problem("README.md", None, "README tables are out of date: run `make readme` and commit README.md")
            )
    except readme.ReadmeError as error:
        problems.append(Problem("README.md", None, str(error).replace("\n", " ")))
    if problems:
        report(problems)
        print(f"✗ {len(problems)} problem(s) found", file=sys.stderr)
        return 1
    drafts = len(bank.drafts)
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


PROSE_FILES = ("README.md", "CONTRIBUTING.md", "docs/*.md", "docs/**/*.md")


def prose_files(root: Path) -> list[Path]:
    """Every file whose Chinese prose `make lint` checks: questions, notebooks, README, guides."""
    bank, _ = collect(root)
    paths = [root / q.path for q in bank.questions] + [root / c.path for t in bank.topics for c in t.companions]
    for pattern in PROSE_FILES:
        paths += sorted(root.glob(pattern))
    return sorted(set(paths))


def lint(root: Path, fix: bool) -> int:
    typography.configure(root)
    findings = []
    for path in prose_files(root):
        relative = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        if not fix:
            findings += typography.lint_file(relative, text)
        elif (fixed := typography.fix_file(relative, text)) != text:
            path.write_text(fixed, encoding="utf-8")
            print(f"fixed {relative}")
    for finding in findings:
        print(finding, file=sys.stderr)
    if findings:
        print(f"✗ {len(findings)} typography problem(s); `make fix` applies the fixes", file=sys.stderr)
        return 1
    if not fix:
        print("✓ Chinese typography OK")
    return 0


def make_pdf(root: Path, site: Path, out: Path) -> int:
    from . import pdf, print_book

    bank, problems = collect(root)
    if problems:
        report(problems)
        return 1
    started = time.perf_counter()
    book = print_book.build(site, bank, SITE_NAME)
    pdf.print_pdf(book, out)
    print(f"{out}: {out.stat().st_size / 1024 / 1024:.1f} MB in {time.perf_counter() - started:.0f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bank", description="Validate the question bank and keep README in sync.")
    parser.add_argument("command", choices=["check", "readme", "lint", "fix", "new", "pdf"])
    parser.add_argument("--site", type=Path, help="pdf: the built site folder")
    parser.add_argument("--out", type=Path, help="pdf: where to write the PDF")
    parser.add_argument("--topic", help="new: topic folder, e.g. LLMs")
    parser.add_argument("--title", help="new: the question as readers should see it")
    parser.add_argument("--slug", help="new: file name without .md (derived from the title's Latin words if omitted)")
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root (default: this checkout)")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.root)
    if args.command == "new":
        try:
            path = new_question.create(args.root, args.topic or "", args.title or "", args.slug)
        except new_question.NewQuestionError as error:
            print(f"✗ {error}", file=sys.stderr)
            return 1
        print(path.relative_to(args.root).as_posix())
        return 0
    if args.command == "pdf":
        return make_pdf(args.root, args.site, args.out)
    if args.command in ("lint", "fix"):
        return lint(args.root, fix=args.command == "fix")
    return update_readme(args.root)


if __name__ == "__main__":
    sys.exit(main())

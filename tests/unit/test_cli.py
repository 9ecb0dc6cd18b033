"""`python -m bank check` / `readme`: the fast validator that `make check` runs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bank import readme
from bankfixture import make_bank, question_md
from siteutil import ROOT


def run_bank(root, *args, **env):
    return subprocess.run(
        [sys.executable, "-m", "bank", *args, "--root", str(root)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "hooks"), "GITHUB_ACTIONS": "", **env},
        capture_output=True,
        text=True,
    )


@pytest.fixture
def root(tmp_path):
    make_bank(tmp_path)
    (tmp_path / "README.md").write_text(f"# 题库\n\n{readme.BEGIN}\n{readme.END}\n", encoding="utf-8")
    return tmp_path


def test_check_fails_when_readme_is_stale_and_readme_fixes_it(root):
    stale = run_bank(root, "check")
    assert stale.returncode == 1
    assert "README.md: README tables are out of date: run `make readme` and commit README.md" in stale.stderr
    assert run_bank(root, "readme").returncode == 0
    fresh = run_bank(root, "check")
    assert fresh.returncode == 0, fresh.stderr
    assert "✓ 7 questions in 6 topics, 0 drafts, README in sync" in fresh.stdout


def test_check_reports_every_problem_without_traceback(root):
    (root / "LLMs/q1.md").write_text(question_md("好题", difficulty="难"), encoding="utf-8")
    (root / "DeepLearning/q1.md").write_bytes(b"\xff\xfe")
    result = run_bank(root, "check")
    assert result.returncode == 1
    assert "LLMs/q1.md:4: unknown difficulty '难'" in result.stderr
    assert "DeepLearning/q1.md:1: file is not UTF-8 text" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_prints_github_annotations_under_actions(root):
    (root / "LLMs/q1.md").write_text(question_md("好题", difficulty="难"), encoding="utf-8")
    result = run_bank(root, "check", GITHUB_ACTIONS="true")
    assert "::error file=LLMs/q1.md,line=4::unknown difficulty '难'" in result.stderr

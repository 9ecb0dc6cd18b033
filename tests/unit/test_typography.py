"""`make lint` / `make fix`: Chinese typography in prose only, never in front matter or code."""

from __future__ import annotations

import json
from pathlib import Path

from bank import typography
from bankfixture import code_cell, md_cell, notebook_json

ROOT = Path(__file__).resolve().parents[2]
QUESTION = """---
title: 为什么 Transformer 用 LayerNorm
tags: [归一化]
difficulty: 中等
aliases: [为什么Transformer用LayerNorm]
---

## 简答

1. 使用LayerNorm的原因,是什么?

```python
print("标准差:", 1)
```
"""


def setup_module():
    typography.configure(ROOT)


def test_lint_reports_prose_with_its_line_but_not_front_matter_or_code():
    (finding,) = typography.lint_file("LLMs/x.md", QUESTION)
    assert finding.line == 10 and "使用LayerNorm的原因" in finding.old
    assert str(finding).startswith("LLMs/x.md:10: typography:")


def test_fix_rewrites_prose_only():
    fixed = typography.fix_file("LLMs/x.md", QUESTION)
    assert "1. 使用 LayerNorm 的原因，是什么？" in fixed
    assert "aliases: [为什么Transformer用LayerNorm]" in fixed  # old spellings stay searchable
    assert 'print("标准差:", 1)' in fixed
    assert typography.fix_file("LLMs/x.md", fixed) == fixed


def test_notebooks_are_fixed_in_markdown_cells_only():
    text = notebook_json({"title": "t"}, [md_cell("用NumPy实现", "a"), code_cell('print("值:", 1)', "b")])
    assert [f.path for f in typography.lint_file("n.ipynb", text)] == ["n.ipynb"]
    cells = json.loads(typography.fix_file("n.ipynb", text))["cells"]
    assert "".join(cells[0]["source"]) == "用 NumPy 实现"
    assert "".join(cells[1]["source"]) == 'print("值:", 1)'

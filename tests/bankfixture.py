"""A minimal valid bank on disk, for tests that break it one rule at a time."""

from __future__ import annotations

import json
from pathlib import Path

from bank.model import TOPIC_FOLDERS

VALID_BODY = """
## 简答

1. 第一点。
2. 第二点。

## 详解

公式 $a^2 + b^2 = c^2$ 成立。

$$
E = mc^2
$$

## 常见追问

### 为什么？

因为如此。

## 参考资料

1. 论文：<https://arxiv.org/abs/1706.03762>
"""


def question_md(title: str, *, tags="[测试]", difficulty="中等", extra="", body=VALID_BODY) -> str:
    return f"---\ntitle: {title}\ntags: {tags}\ndifficulty: {difficulty}\n{extra}---\n{body}"


def notebook_json(metadata: dict | None, cells: list[dict]) -> str:
    nb = {
        "cells": cells,
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    if metadata is not None:
        nb["metadata"]["interview"] = metadata
    return json.dumps(nb, ensure_ascii=False, indent=1)


def md_cell(source: str, cell_id: str) -> dict:
    return {"cell_type": "markdown", "id": cell_id, "metadata": {}, "source": source}


def code_cell(source: str, cell_id: str, outputs=None, count=1) -> dict:
    return {
        "cell_type": "code",
        "id": cell_id,
        "metadata": {},
        "execution_count": count,
        "outputs": outputs if outputs is not None else [],
        "source": source,
    }


def valid_notebook(title: str = "手写注意力") -> str:
    return notebook_json(
        {"title": title, "tags": ["代码"], "difficulty": "基础"},
        [
            md_cell("## 简答\n\n1. 思路。", "a"),
            code_cell("print(1 + 1)", "b", [{"output_type": "stream", "name": "stdout", "text": "2\n"}]),
            md_cell("## 参考资料\n\n1. <https://pytorch.org/docs/stable/index.html>", "c"),
        ],
    )


def make_bank(root: Path) -> Path:
    """Write six topics; each has one Markdown question `q1`, CodeAnything has a notebook `nb1` too."""
    for index, folder in enumerate(TOPIC_FOLDERS):
        topic = root / folder
        topic.mkdir(parents=True)
        order = ["q1"] + (["nb1"] if folder == "CodeAnything" else [])
        lines = "".join(f"  - {slug}\n" for slug in order)
        (topic / "topic.yml").write_text(
            f'title: 专题{index}\nicon: "🏆"\nsummary: 一句话介绍。\norder:\n{lines}', encoding="utf-8"
        )
        (topic / "q1.md").write_text(question_md(f"问题 {folder}"), encoding="utf-8")
    (root / "CodeAnything" / "nb1.ipynb").write_text(valid_notebook(), encoding="utf-8")
    return root

"""Rendering of the numbered tables, README block, home cards, tags and page headers."""

from __future__ import annotations

import pytest

from bank import readme, render
from bank.collect import load_bank
from bankfixture import make_bank, question_md


@pytest.fixture
def bank(tmp_path):
    root = make_bank(tmp_path)
    (root / "LLMs/q2.md").write_text(
        question_md("LoRA | 原理", tags="[LoRA, 微调]", difficulty="进阶"), encoding="utf-8"
    )
    (root / "LLMs/q3.md").write_text(
        "---\ntitle: 草稿题\ntags: [x]\ndifficulty: 基础\nstatus: draft\n---\n\n## 简答\n\n写作中。\n", encoding="utf-8"
    )
    (root / "LLMs/topic.yml").write_text(
        'title: 大模型\nicon: "🏆"\nsummary: 简介。\norder:\n  - q1\n  - q2\n  - q3\n', encoding="utf-8"
    )
    return load_bank(root)


def test_topic_table_rows(bank):
    table = render.topic_table(bank.topic_named("LLMs"))
    assert table.splitlines() == [
        "| 编号 | 题目 | 标签 | 难度 |",
        "| :-: | :-- | :-- | :-: |",
        "| 01 | [问题 LLMs](q1.md) | `测试` | 中等 |",
        "| 02 | [LoRA \\| 原理](q2.md) | `LoRA` `微调` | 进阶 |",
        "| 03 | [草稿题](q3.md) （待补充） | `x` | 待补充 |",
    ]


def test_readme_tables_link_source_files(bank):
    tables = render.readme_tables(bank)
    assert "### 🏆 大模型\n\n简介。\n\n| 编号 |" in tables
    assert "| 01 | [问题 LLMs](LLMs/q1.md) |" in tables
    assert "| 01 | [问题 CodeAnything](CodeAnything/q1.md) |" in tables
    assert "| 02 | [手写注意力](CodeAnything/nb1.ipynb) |" in tables
    assert tables.index("大模型") < tables.index("专题1")


def test_topic_index_page_counts_drafts(bank):
    page = render.topic_index_page(bank.topic_named("LLMs"))
    assert page.startswith("---\ntitle: 大模型\n---\n")
    assert "共 3 题，其中 1 题待补充。" in page


def test_home_cards_have_counts(bank):
    cards = render.home_cards(bank)
    assert "**[大模型](LLMs/index.md)**" in cards
    assert "3 题（1 题待补充）" in cards
    assert cards.count("-   ") == 6


def test_tags_page_lists_questions_by_tag(bank):
    page = render.tags_page(bank)
    assert "## LoRA { #tag-lora }\n\n- [LoRA | 原理](LLMs/q2.md) · 进阶" in page
    assert page.index("## LoRA") < page.index("## 测试")


def test_question_header(bank):
    topic = bank.topic_named("LLMs")
    header = render.question_header(topic.questions[1], topic, "../../tags/")
    assert "大模型 · 第 02 题" in header
    assert 'data-difficulty="进阶"' in header
    assert '<a class="bank-tag" href="../../tags/#tag-lora">LoRA</a>' in header
    assert "待补充" not in header
    assert "本题待补充" in render.question_header(topic.questions[2], topic, "")


def test_readme_sync(bank, tmp_path):
    (tmp_path / "README.md").write_text(f"# 题库\n\n{readme.BEGIN}\nold\n{readme.END}\n尾部\n", encoding="utf-8")
    assert readme.out_of_date(tmp_path, bank)
    assert readme.update(tmp_path, bank)
    text = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert "old" not in text and text.endswith(f"{readme.END}\n尾部\n")
    assert not readme.out_of_date(tmp_path, bank)
    assert not readme.update(tmp_path, bank)


def test_readme_without_markers(bank, tmp_path):
    (tmp_path / "README.md").write_text("# 题库\n", encoding="utf-8")
    with pytest.raises(readme.ReadmeError):
        readme.out_of_date(tmp_path, bank)

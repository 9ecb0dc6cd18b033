"""One test per validation rule in DESIGN.md: each bad input gives its exact message and location."""

from __future__ import annotations

import json

import pytest

from bank.collect import collect, load_bank
from bank.problems import ContentError
from bankfixture import code_cell, make_bank, md_cell, notebook_json, question_md, valid_notebook


@pytest.fixture
def root(tmp_path):
    return make_bank(tmp_path)


def problems(root) -> list[str]:
    return [str(p) for p in collect(root)[1]]


def write(root, path, text):
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(text, encoding="utf-8")


def test_valid_bank_has_no_problems(root):
    assert problems(root) == []


def test_numbers_follow_order(root):
    write(root, "LLMs/q2.md", question_md("第二题"))
    write(root, "LLMs/q0.md", question_md("第零题"))
    write(root, "LLMs/topic.yml", "title: T\nicon: x\nsummary: s\norder:\n  - q2\n  - q1\n  - q0\n")
    bank = load_bank(root)
    llms = bank.topic_named("LLMs")
    assert [(q.label, q.slug) for q in llms.questions] == [("01", "q2"), ("02", "q1"), ("03", "q0")]
    assert llms.questions[0].url == "LLMs/q2/"


def test_order_entry_without_file(root):
    write(root, "LLMs/topic.yml", "title: T\nicon: x\nsummary: s\norder:\n  - q1\n  - missing-one\n")
    assert problems(root) == [
        "LLMs/topic.yml:6: 'missing-one' is listed in order but LLMs/missing-one.md (or .ipynb) does not exist; add the file or remove the entry"
    ]


def test_file_not_in_order(root):
    write(root, "LLMs/extra.md", question_md("多出来的题"))
    assert problems(root) == ["LLMs/extra.md:1: not listed in LLMs/topic.yml: append '  - extra' to its order"]


def test_slug_listed_twice(root):
    write(root, "LLMs/topic.yml", "title: T\nicon: x\nsummary: s\norder:\n  - q1\n  - q1\n")
    assert problems(root) == ["LLMs/topic.yml:6: 'q1' is listed twice in order"]


def test_duplicate_slug_md_and_ipynb(root):
    write(root, "CodeAnything/q1.ipynb", valid_notebook("另一个标题"))
    assert problems(root) == [
        "CodeAnything/q1.md: duplicate slug 'q1': CodeAnything/q1.ipynb already uses it; keep one file"
    ]


def test_duplicate_title_across_topics(root):
    write(root, "DeepLearning/q1.md", question_md("问题 LLMs"))
    assert problems(root) == [
        "DeepLearning/q1.md: duplicate title '问题 LLMs': LLMs/q1.md already uses it; merge them or add this one as an alias there"
    ]


def test_alias_may_not_repeat_another_title(root):
    write(root, "LLMs/q1.md", question_md("问题 LLMs", extra="aliases: [问题 DeepLearning]\n"))
    assert "duplicate title '问题 DeepLearning'" in problems(root)[0]


def test_invalid_file_name(root):
    write(root, "LLMs/My Question.md", question_md("坏名字"))
    assert problems(root) == [
        "LLMs/My Question.md: 'My Question.md' is not a valid question file name: use a slug like lora-and-p-tuning.md"
    ]


def test_unexpected_file(root):
    write(root, "LLMs/notes.txt", "随手记")
    assert problems(root) == [
        "LLMs/notes.txt: unexpected file in a topic folder: questions are <slug>.md or <slug>.ipynb, companion notebooks go in notebooks/, images in assets/"
    ]


def test_missing_front_matter(root):
    write(root, "LLMs/q1.md", "## 简答\n\n内容\n")
    assert problems(root) == [
        "LLMs/q1.md:1: missing front matter: the file must start with a '---' line, then title/tags/difficulty, then '---'"
    ]


def test_malformed_yaml_names_line(root):
    write(root, "LLMs/q1.md", "---\ntitle: 好题\ntags: [a, b\ndifficulty: 中等\n---\n## 简答\n")
    (problem,) = problems(root)
    assert problem.startswith("LLMs/q1.md:4: malformed YAML")


def test_missing_title(root):
    write(root, "LLMs/q1.md", "---\ntags: [a]\ndifficulty: 中等\n---\n" + question_md("x").split("---\n", 2)[2])
    assert problems(root) == ["LLMs/q1.md:2: missing 'title': give the question as the reader should see it"]


def test_unknown_difficulty(root):
    write(root, "LLMs/q1.md", question_md("好题", difficulty="简单"))
    assert problems(root) == ["LLMs/q1.md:4: unknown difficulty '简单'; use one of 基础 | 中等 | 进阶"]


def test_too_many_tags(root):
    write(root, "LLMs/q1.md", question_md("好题", tags="[a, b, c, d, e, f, g]"))
    assert problems(root) == ["LLMs/q1.md:3: 'tags' has 7 items; use 1–6"]


def test_unknown_metadata_key(root):
    write(root, "LLMs/q1.md", question_md("好题", extra="author: me\n"))
    assert problems(root) == [
        "LLMs/q1.md:5: unknown metadata key 'author'; allowed keys: aliases, difficulty, status, tags, title"
    ]


def test_title_with_number(root):
    write(root, "LLMs/q1.md", question_md("01. 好题"))
    assert problems(root) == [
        "LLMs/q1.md:2: 'title' must not start with a number: numbers come from 'order' in topic.yml"
    ]


def test_non_utf8_file(root):
    (root / "LLMs/q1.md").write_bytes("---\ntitle: 好题\n".encode("gbk") + b"\n")
    assert problems(root) == ["LLMs/q1.md:2: file is not UTF-8 text: re-save it with UTF-8 encoding"]


def test_missing_required_section(root):
    body = question_md("好题").replace("## 详解", "## 代码")
    write(root, "LLMs/q1.md", body)
    assert problems(root) == ["LLMs/q1.md:6: missing required section '## 详解'"]


def test_unknown_and_misordered_sections(root):
    body = question_md("好题").replace("## 常见追问", "## 题外话")
    write(root, "LLMs/q1.md", body)
    assert problems(root) == [
        "LLMs/q1.md:20: unknown section '## 题外话'; sections are ## 简答, ## 详解, ## 代码, ## 常见追问, ## 参考资料"
    ]
    swapped = (
        question_md("好题").replace("## 简答", "## TMP").replace("## 详解", "## 简答").replace("## TMP", "## 详解")
    )
    write(root, "LLMs/q1.md", swapped)
    assert problems(root) == ["LLMs/q1.md:12: section '## 简答' must come before '## 详解'"]


def test_empty_section(root):
    write(root, "LLMs/q1.md", question_md("好题").replace("1. 第一点。\n2. 第二点。\n", ""))
    assert problems(root) == ["LLMs/q1.md:7: section '## 简答' is empty"]


def test_references_need_a_link(root):
    write(root, "LLMs/q1.md", question_md("好题").replace("<https://arxiv.org/abs/1706.03762>", "某篇论文"))
    assert problems(root) == [
        "LLMs/q1.md:26: '## 参考资料' needs at least one link to a primary source (paper or official docs)"
    ]


def test_h1_in_body(root):
    write(root, "LLMs/q1.md", question_md("好题").replace("## 详解\n", "## 详解\n\n# 大标题\n"))
    assert problems(root) == [
        "LLMs/q1.md:14: no '# ' heading in the body: the title comes from the metadata; start sections with '## '"
    ]


def test_placeholder_text(root):
    write(root, "LLMs/q1.md", question_md("好题").replace("因为如此。", "TODO 补上"))
    assert problems(root) == ["LLMs/q1.md:24: placeholder text 'TODO': write the real answer before submitting"]


def test_unbalanced_dollar(root):
    write(root, "LLMs/q1.md", question_md("好题").replace("$a^2 + b^2 = c^2$", "$a^2 + b^2"))
    assert problems(root) == [
        "LLMs/q1.md:14: unbalanced '$' in this paragraph: close the formula, or write a literal dollar as \\$"
    ]


def test_dollar_in_code_is_ignored(root):
    write(
        root, "LLMs/q1.md", question_md("好题").replace("因为如此。", "用 `echo $HOME`：\n\n```bash\necho $PATH\n```")
    )
    assert problems(root) == []


def test_script_in_content(root):
    write(root, "LLMs/q1.md", question_md("好题").replace("因为如此。", "<script>alert(1)</script>"))
    assert problems(root) == ["LLMs/q1.md:24: <script> is not allowed in content; describe code in a fenced code block"]


def test_event_handler_and_js_link(root):
    write(
        root,
        "LLMs/q1.md",
        question_md("好题").replace("因为如此。", '<img src="a.png" onerror="x()"> [点](javascript:alert(1))'),
    )
    found = problems(root)
    assert "LLMs/q1.md:24: javascript: links are not allowed in content" in found
    assert "LLMs/q1.md:24: HTML event handlers (onclick=, onerror=, …) are not allowed in content" in found


def test_broken_link_and_image(root):
    text = question_md("好题").replace("因为如此。", "见 [另一题](../DeepLearning/nope.md) 和 ![图](assets/x.png)")
    write(root, "LLMs/q1.md", text)
    assert problems(root) == [
        "LLMs/q1.md:24: broken link '../DeepLearning/nope.md': no such file; link to an existing file relative to this one",
        "LLMs/q1.md:24: broken link 'assets/x.png': no such file; link to an existing file relative to this one",
    ]


def test_working_relative_links(root):
    write(root, "LLMs/assets/x.png", "png")
    text = question_md("好题").replace("因为如此。", "见 [另一题](../DeepLearning/q1.md#详解) 和 ![图](assets/x.png)")
    write(root, "LLMs/q1.md", text)
    assert problems(root) == []


def test_draft_skips_content_rules_but_is_marked(root):
    write(
        root, "LLMs/q1.md", "---\ntitle: 草稿\ntags: [a]\ndifficulty: 中等\nstatus: draft\n---\n\n## 简答\n\n正在写。\n"
    )
    bank = load_bank(root)
    assert [q.meta.draft for q in bank.topic_named("LLMs").questions] == [True]
    assert len(bank.topic_named("LLMs").drafts) == 1


def test_unknown_status(root):
    write(root, "LLMs/q1.md", question_md("好题", extra="status: done\n"))
    assert problems(root) == ["LLMs/q1.md:5: unknown status 'done'; the only status is 'draft' (omit it when answered)"]


def test_invalid_notebook_json(root):
    write(root, "CodeAnything/nb1.ipynb", '{\n "cells": [\n  {,\n ]\n}')
    assert problems(root) == [
        "CodeAnything/nb1.ipynb:3: invalid notebook JSON: Expecting property name enclosed in double quotes; re-save it from Jupyter"
    ]


def test_notebook_failing_nbformat_schema(root):
    nb = json.loads(valid_notebook())
    nb["cells"][0]["cell_type"] = "banana"
    write(root, "CodeAnything/nb1.ipynb", json.dumps(nb))
    (problem,) = problems(root)
    assert problem.startswith("CodeAnything/nb1.ipynb:1: invalid notebook (nbformat 4):")


def test_notebook_without_metadata(root):
    write(root, "CodeAnything/nb1.ipynb", notebook_json(None, [md_cell("## 简答\n\n1. x", "a")]))
    assert problems(root) == [
        "CodeAnything/nb1.ipynb: missing notebook metadata 'interview' with title, tags, difficulty: add it under Edit → Notebook Metadata"
    ]


def code_cell_problem(root, **changes) -> str:
    """The one problem reported after changing the valid notebook's code cell (cell 2)."""
    nb = json.loads(valid_notebook())
    nb["cells"][1].update(changes)
    write(root, "CodeAnything/nb1.ipynb", json.dumps(nb, indent=1))
    (problem,) = problems(root)
    assert problem.startswith("CodeAnything/nb1.ipynb:")
    return problem


def test_notebook_with_saved_error(root):
    error = {"output_type": "error", "ename": "ZeroDivisionError", "evalue": "x", "traceback": []}
    assert code_cell_problem(root, outputs=[error]).endswith(
        "cell 2 has a saved error (ZeroDivisionError): fix it, re-run the notebook and save it"
    )


def test_notebook_with_javascript_output(root):
    script = {"output_type": "display_data", "metadata": {}, "data": {"application/javascript": "alert(1)"}}
    assert code_cell_problem(root, outputs=[script]).endswith(
        "cell 2 has JavaScript output: clear it and display text or images only"
    )


def test_notebook_never_run(root):
    assert code_cell_problem(root, execution_count=None, outputs=[]).endswith(
        "cell 2 was never run: execute the notebook top to bottom and save its outputs"
    )


def test_notebook_question_needs_short_answer(root):
    nb = notebook_json(
        {"title": "手写", "tags": ["代码"], "difficulty": "基础"},
        [code_cell("x = 1", "b"), md_cell("## 参考资料\n\n1. <https://numpy.org/doc/>", "c")],
    )
    write(root, "CodeAnything/nb1.ipynb", nb)
    assert problems(root) == ["CodeAnything/nb1.ipynb: missing a markdown cell with '## 简答' (the one-minute answer)"]


def test_companion_without_question(root):
    write(root, "LLMs/notebooks/orphan.ipynb", notebook_json({"title": "孤儿"}, [md_cell("## 说明", "a")]))
    assert problems(root) == [
        "LLMs/notebooks/orphan.ipynb: companion notebook has no question: LLMs/orphan.md does not exist; name it after its question's slug"
    ]


def test_companion_is_collected(root):
    write(root, "LLMs/notebooks/q1.ipynb", notebook_json({"title": "配套代码"}, [md_cell("## 说明", "a")]))
    bank = load_bank(root)
    (companion,) = bank.topic_named("LLMs").companions
    assert (companion.title, companion.url) == ("配套代码", "LLMs/notebooks/q1/")


def test_missing_topic_yml(root):
    (root / "LLMs" / "topic.yml").unlink()
    assert problems(root) == [
        "LLMs/topic.yml: missing LLMs/topic.yml: every topic folder needs title, icon, summary and order"
    ]


def test_all_problems_reported_in_one_run(root):
    write(root, "LLMs/q1.md", question_md("好题", difficulty="简单"))
    write(root, "DeepLearning/q1.md", "no front matter")
    write(root, "VisionPerception/stray.txt", "x")
    with pytest.raises(ContentError) as error:
        load_bank(root)
    assert [p.path for p in error.value.problems] == ["DeepLearning/q1.md", "LLMs/q1.md", "VisionPerception/stray.txt"]


def test_github_annotation_format(root):
    write(root, "LLMs/q1.md", question_md("好题", difficulty="简单"))
    (problem,) = collect(root)[1]
    assert problem.github_annotation() == (
        "::error file=LLMs/q1.md,line=4::unknown difficulty '简单'; use one of 基础 | 中等 | 进阶"
    )


def test_problems_with_and_without_lines_sort_together(root):
    # one file, one problem with a line (placeholder) and one without (duplicate title)
    write(root, "VisionPerception/q1.md", question_md("问题 LLMs").replace("因为如此。", "TODO"))
    assert problems(root) == [
        "VisionPerception/q1.md: duplicate title '问题 LLMs': LLMs/q1.md already uses it; merge them or add this one as an alias there",
        "VisionPerception/q1.md:24: placeholder text 'TODO': write the real answer before submitting",
    ]

"""`make new`: start a question file with its front matter and sections, and append it to `order`."""

from __future__ import annotations

import re
from pathlib import Path

from .collect import SLUG, collect, normal_title
from .model import TOPIC_FOLDERS


class NewQuestionError(ValueError):
    pass


TEMPLATE = """---
title: {title}
tags: [{tag}]
difficulty: 中等
status: draft
---

## 简答

<!-- 3–6 条编号要点，每条一个论断，一分钟内能说完。写完后删除上面的 status: draft。 -->

## 详解

<!-- 讲清机制：公式用 $...$ / $$...$$，对比用表格，数字要和论文或代码一致。 -->

## 常见追问

<!-- 2–4 个面试官会追问的问题，每个写成「### 问题？」加简短回答。 -->

## 参考资料

<!-- 一手来源优先：论文（附 arXiv 链接）、官方代码、官方文档。 -->
"""


def slug_from_title(title: str) -> str:
    """Latin words and digits of the title, lower-cased and joined by hyphens."""
    words = re.findall(r"[A-Za-z0-9]+", title)
    return "-".join(word.lower() for word in words)


def create(root: Path, topic: str, title: str, slug: str | None = None) -> Path:
    """Write `<topic>/<slug>.md` as a draft and append the slug to the topic's order; return the path."""
    root = Path(root)
    title = " ".join(title.split())
    if topic not in TOPIC_FOLDERS:
        raise NewQuestionError(f"unknown TOPIC '{topic}'; use one of: {', '.join(TOPIC_FOLDERS)}")
    if not title:
        raise NewQuestionError('TITLE is empty: make new TOPIC=LLMs TITLE="问题标题"')
    slug = slug or slug_from_title(title)
    if not slug:
        raise NewQuestionError(
            "cannot derive a slug from a title without Latin letters or digits: add SLUG=english-words-like-this"
        )
    if not SLUG.match(slug):
        raise NewQuestionError(f"'{slug}' is not a valid slug: use lowercase letters, digits and single hyphens")

    bank, _ = collect(root)
    folder = root / topic
    existing = [p for p in (folder / f"{slug}.md", folder / f"{slug}.ipynb") if p.exists()]
    if existing or slug in _order_slugs(folder / "topic.yml"):
        raise NewQuestionError(f"slug '{slug}' is already used in {topic}: choose another with SLUG=…")
    for question in bank.questions:
        if normal_title(title) in {normal_title(name) for name in [question.title, *question.meta.aliases]}:
            raise NewQuestionError(f"the title is already used by {question.path}: improve that answer instead")

    path = folder / f"{slug}.md"
    path.write_text(TEMPLATE.format(title=title, tag=_first_tag(topic)), encoding="utf-8")
    _append_to_order(folder / "topic.yml", slug)
    return path


def _order_slugs(topic_yml: Path) -> set[str]:
    return set(re.findall(r"^\s*-\s*['\"]?([a-z0-9-]+)", topic_yml.read_text(encoding="utf-8"), re.MULTILINE))


def _first_tag(topic: str) -> str:
    return {"CodeAnything": "手写代码", "AwesomeProjects": "学习资源"}.get(topic, "待分类")


def _append_to_order(topic_yml: Path, slug: str) -> None:
    """Append `  - slug` at the end of the file, where `order` is (topic.yml keeps order last)."""
    text = topic_yml.read_text(encoding="utf-8")
    if not re.search(r"^order:\s*$", text, re.MULTILINE) or text.rstrip().splitlines()[-1].lstrip()[:1] != "-":
        raise NewQuestionError(f"{topic_yml}: expected 'order:' to be the last key, listing '  - slug' lines")
    topic_yml.write_text(text.rstrip("\n") + f"\n  - {slug}\n", encoding="utf-8")

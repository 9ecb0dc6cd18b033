"""Render the bank as Markdown/HTML fragments: topic tables, README tables, home cards, tags, page headers.

Links in site fragments point at source files (`slug.md`), which the site engine turns into page URLs.
"""

from __future__ import annotations

import html
import json
import re

from .model import Bank, Question, Topic

DRAFT_LABEL = "待补充"


def _cell(text: str) -> str:
    """Escape text for a Markdown table cell."""
    return text.replace("|", "\\|")


def _title_cell(question: Question, link: str) -> str:
    title = f"[{_cell(question.title)}]({link})"
    return f"{title} （{DRAFT_LABEL}）" if question.meta.draft else title


def tag_anchor(tag: str) -> str:
    """The id of a tag's heading on the tags page (same for every engine: we write it ourselves)."""
    slug = re.sub(r"[^\w\u4e00-\u9fff]+", "-", tag.casefold(), flags=re.UNICODE).strip("-")
    return "tag-" + (slug or "x")


def topic_table(topic: Topic, link_prefix: str = "") -> str:
    """The numbered table of one topic; `link_prefix` is prepended to each question's file name."""
    rows = ["| 编号 | 题目 | 标签 | 难度 |", "| :-: | :-- | :-- | :-: |"]
    for q in topic.questions:
        tags = " ".join(f"`{_cell(tag)}`" for tag in q.meta.tags)
        difficulty = DRAFT_LABEL if q.meta.draft else q.meta.difficulty
        rows.append(f"| {q.label} | {_title_cell(q, link_prefix + q.filename)} | {tags} | {difficulty} |")
    return "\n".join(rows)


def topic_index_page(topic: Topic) -> str:
    """The generated `/<Topic>/` page."""
    count = len(topic.questions)
    drafts = len(topic.drafts)
    status = f"共 {count} 题" + (f"，其中 {drafts} 题{DRAFT_LABEL}" if drafts else "")
    # Question URLs are relative to the topic index page, which lives at <Topic>/.
    picker = random_picker(topic.questions, "../", "随机一题（本专题）")
    return (
        f"---\ntitle: {topic.title}\n---\n\n"
        f"{topic.icon} {topic.summary}\n\n{status}。\n\n{picker}\n\n"
        f'<div class="bank-topic-table" markdown>\n\n{topic_table(topic)}\n\n</div>\n'
    )


def readme_tables(bank: Bank) -> str:
    """The six numbered tables for README.md, linking to the source files."""
    parts = []
    for topic in bank.topics:
        parts.append(f"### {topic.icon} {topic.title}\n\n{topic.summary}\n\n{topic_table(topic, topic.folder + '/')}")
    return "\n\n".join(parts)


def home_cards(bank: Bank) -> str:
    """Material grid cards for the home page: one per topic, with its question count."""
    cards = []
    for topic in bank.topics:
        drafts = len(topic.drafts)
        count = f"{len(topic.questions)} 题" + (f"（{drafts} 题{DRAFT_LABEL}）" if drafts else "")
        cards.append(
            f"-   {topic.icon} **[{topic.title}]({topic.index_path})**\n\n    ---\n\n    {topic.summary}\n\n    {count}"
        )
    return '<div class="grid cards" markdown>\n\n' + "\n\n".join(cards) + "\n\n</div>"


def random_picker(questions: list[Question], link_prefix: str, label: str) -> str:
    """The 随机一题 widget: the candidate list is rendered into the page at build time.

    `hidden` until the script shows it, so a reader without JavaScript sees no dead button.
    """
    pool = [
        {"url": link_prefix + q.url, "title": q.title, "difficulty": q.meta.difficulty}
        for q in questions
        if not q.meta.draft
    ]
    options = "".join(f'<option value="{d}">{d}</option>' for d in ("基础", "中等", "进阶"))
    data = html.escape(json.dumps(pool, ensure_ascii=False), quote=True)
    return (
        f'<div class="bank-random" data-questions="{data}" hidden>'
        f'<button type="button" class="md-button md-button--primary bank-random__go">{html.escape(label)}</button> '
        f'<label>难度 <select class="bank-random__difficulty"><option value="">不限</option>{options}</select></label>'
        "</div>"
    )


def tags_page(bank: Bank) -> str:
    """Every tag with links to its questions; links are relative to the page `tags.md` at the site root."""
    sections = []
    for tag, questions in bank.tags.items():
        items = "\n".join(f"- [{q.title}]({q.topic}/{q.filename}) · {q.meta.difficulty}" for q in questions)
        sections.append(f"## {tag} {{ #{tag_anchor(tag)} }}\n\n{items}")
    return "\n\n".join(sections)


def question_header(question: Question, topic: Topic, tags_url: str) -> str:
    """The HTML block under a question's title: number, difficulty, tags, aliases, draft notice."""
    esc = html.escape
    # Spaces between the elements keep words apart in the search index's extracted text.
    tags = " ".join(
        f'<a class="bank-tag" href="{esc(tags_url)}#{tag_anchor(tag)}">{esc(tag)}</a>' for tag in question.meta.tags
    )
    parts = [
        f'<span class="bank-number">{esc(topic.title)} · 第 {question.label} 题</span>',
        f'<span class="bank-difficulty" data-difficulty="{esc(question.meta.difficulty)}">{esc(question.meta.difficulty)}</span>',
        f'<span class="bank-tags">{tags}</span>',
    ]
    header = '<div class="bank-meta">' + " ".join(parts) + "</div>"
    if question.meta.aliases:
        aliases = "；".join(esc(a) for a in question.meta.aliases)
        header += f'<p class="bank-aliases">又名：{aliases}</p>'
    if question.meta.draft:
        header += (
            '<div class="admonition warning bank-draft"><p class="admonition-title">'
            f"本题{DRAFT_LABEL}</p><p>这道题的答案还没有写完，下面的内容不能当作答案。欢迎按贡献指南补全。</p></div>"
        )
    return header

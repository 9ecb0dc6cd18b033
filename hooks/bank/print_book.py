"""One printable HTML page of the whole bank, assembled from the built site, for the PDF.

Cover, table of contents, then each topic and its numbered questions in order. Each question's body is
the article of its built page, so formulas, code highlighting and notebook outputs are the site's own.
"""

from __future__ import annotations

import datetime
import html
from pathlib import Path

from bs4 import BeautifulSoup

from .model import Bank, Question

PRINT_DIR = "print"
# Page chrome that has no place on paper.
DROP = "a.md-content__button, .md-source-file, .headerlink, .bank-random, script"


def question_anchor(question: Question) -> str:
    return f"q-{question.topic}-{question.slug}"


def _article(site: Path, question: Question) -> str:
    soup = BeautifulSoup((site / question.url / "index.html").read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article.md-content__inner")
    for tag in article.select(DROP):
        tag.decompose()
    title = article.find("h1")
    if title:
        title.decompose()
    for tag in article.find_all(id=True):  # ids repeat across questions (简答, 详解…): keep them unique
        tag["id"] = f"{question_anchor(question)}-{tag['id']}"
    return article.decode_contents()


def _stylesheets(site: Path) -> list[str]:
    material = sorted(p.relative_to(site).as_posix() for p in site.glob("assets/stylesheets/*.min.css"))
    return material + ["stylesheets/bank.css", "stylesheets/notebook.css", "stylesheets/print.css"]


def build(site: Path, bank: Bank, site_name: str, today: datetime.date | None = None) -> Path:
    """Write <site>/print/index.html and return its path."""
    today = today or datetime.date.today()
    esc = html.escape
    links = "".join(f'<link rel="stylesheet" href="../{href}">' for href in _stylesheets(site))
    toc, body = [], []
    for topic in bank.topics:
        toc.append(f'<li><a href="#topic-{topic.folder}">{esc(topic.title)}</a><ol>')
        body.append(
            f'<section class="bank-book-topic" id="topic-{topic.folder}">'
            f"<h1>{esc(topic.title)}</h1><p>{esc(topic.summary)}</p></section>"
        )
        for q in topic.questions:
            anchor = question_anchor(q)
            toc.append(f'<li><a href="#{anchor}">{q.label} {esc(q.title)}</a></li>')
            body.append(
                f'<section class="bank-book-question" id="{anchor}">'
                f"<h1>{q.label}. {esc(q.title)}</h1>{_article(site, q)}</section>"
            )
        toc.append("</ol></li>")
    count = len(bank.questions)
    page = f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(site_name)}</title>{links}
<script>window.document$ = {{ subscribe: function (render) {{ render(document); }} }};</script>
</head><body><div class="md-typeset bank-book">
<section class="bank-book-cover"><h1>{esc(site_name)}</h1>
<p>{len(bank.topics)} 个专题，{count} 道题</p><p>生成于 {today.isoformat()}</p></section>
<nav class="bank-book-toc"><h2>目录</h2><ol>{"".join(toc)}</ol></nav>
{"".join(body)}
</div><script src="../javascripts/bank.js"></script></body></html>
"""
    out = site / PRINT_DIR / "index.html"
    out.parent.mkdir(exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out

"""The 'nothing lost' invariant, checked in the built HTML, the search index and README."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest

from bank import readme
from siteutil import ROOT


def page_html(site, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def text_of(fragment: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


@pytest.fixture(scope="module")
def search_docs(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return index["docs"]


def test_every_question_has_one_page_with_its_title(built_site, real_bank):
    for q in real_bank.questions:
        html = page_html(built_site, q.url)
        h1 = re.findall(r"<h1[^>]*>(.*?)</h1>", html, re.S)
        assert [text_of(h) for h in h1] == [q.title], q.path
        assert f"第 {q.label} 题" in html, q.path


def test_every_question_has_one_numbered_index_row(built_site, real_bank):
    for topic in real_bank.topics:
        html = page_html(built_site, topic.folder)
        rows = re.findall(r"<tr>\s*<td[^>]*>(\d+)</td>\s*<td[^>]*><a href=\"([^\"]+)\">", html)
        assert rows == [(q.label, f"{q.slug}/") for q in topic.questions], topic.folder


def test_every_companion_notebook_has_a_page(built_site, real_bank):
    for topic in real_bank.topics:
        for companion in topic.companions:
            html = page_html(built_site, companion.url)
            assert f"<h1>{companion.title}</h1>" in html or companion.title in html


def test_every_question_has_one_search_entry_with_its_title(search_docs, real_bank):
    for q in real_bank.questions:
        entries = [d for d in search_docs if d["location"] == q.url]
        assert len(entries) == 1, q.path
        assert entries[0]["title"].replace("\u200b", "") == q.title


def test_readme_has_one_row_per_question_linking_existing_files(real_bank):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split(readme.BEGIN)[1].split(readme.END)[0]
    links = re.findall(r"^\| \d+ \| \[.*?\]\(([^)]+)\)", block, re.M)
    assert sorted(links) == sorted(q.path for q in real_bank.questions)
    assert all((ROOT / link).is_file() for link in links)


def test_home_page_lists_six_topics_with_counts(built_site, real_bank):
    html = page_html(built_site, "")
    for topic in real_bank.topics:
        assert f'href="{topic.folder}/"' in html
        assert f"{len(topic.questions)} 题" in html

"""MkDocs adapter for the question bank core (`hooks/bank`). Thin on purpose: the core knows no MkDocs."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from bank import html_size, notebook_page, render, search_index, search_worker  # noqa: E402
from bank.collect import load_bank  # noqa: E402
from bank.problems import ContentError  # noqa: E402
from bank.vendor import VendorMissing, vendor_files  # noqa: E402

log = logging.getLogger("mkdocs.hooks.bank")
CONTRIBUTING = "CONTRIBUTING.md"
HOME_MARKER = "<!-- bank:topics -->"
RANDOM_MARKER = "<!-- bank:random -->"
TAGS_MARKER = "<!-- bank:tags -->"
state: dict = {}


def on_config(config):
    state["started"] = time.perf_counter()
    try:
        bank = load_bank(ROOT)
    except ContentError as error:
        raise PluginError(
            f"{len(error.problems)} problem(s) in the question files; fix each line below:\n{error}"
        ) from None
    state["bank"] = bank
    config.nav = _nav(bank, config.nav or [])
    config.watch.extend(str(ROOT / topic.folder) for topic in bank.topics)
    config.watch.append(str(ROOT / "hooks"))
    return config


def _nav(bank, pages_after: list) -> list:
    """Home, then the six topics (index page first, questions by number), then any pages from mkdocs.yml."""
    topics = [{topic.title: [topic.index_path, *(q.path for q in topic.questions)]} for topic in bank.topics]
    return ["index.md", *topics, *[page for page in pages_after if page != "index.md"]]


@event_priority(100)  # before mkdocs-jupyter, which must see the notebooks
def on_files(files, config):
    bank = state["bank"]

    def add(file: File) -> None:
        # Files.append would silently replace a docs/ file with the same path.
        if files.get_file_from_path(file.src_uri) is not None:
            raise PluginError(f"{file.src_uri}: a page with this path already exists in docs/; rename one of them")
        files.append(file)

    def source(path: str, src_dir: Path = ROOT, dest_uri: str | None = None) -> File:
        return File(path, str(src_dir), config.site_dir, config.use_directory_urls, dest_uri=dest_uri)

    for topic in bank.topics:
        for path in [q.path for q in topic.questions] + [c.path for c in topic.companions] + topic.assets:
            add(source(path))
        add(File.generated(config, topic.index_path, content=render.topic_index_page(topic)))

    # The contributing guide has one source, at the repository root where GitHub shows it.
    add(source(CONTRIBUTING, dest_uri="contributing/index.html"))

    node_modules = ROOT / "node_modules"
    try:
        assets = vendor_files(node_modules)
    except VendorMissing as error:
        raise PluginError(str(error)) from None
    for path, destination in assets:
        add(source(path, node_modules, destination))
    return files


def on_page_markdown(markdown, page, config, files):
    bank = state["bank"]
    src = page.file.src_uri
    if page.file.abs_src_path and Path(page.file.abs_src_path).is_relative_to(Path(config.docs_dir)):
        page.edit_url = _edit_url(config, f"docs/{src}")
    if src == "index.md":
        picker = render.random_picker(bank.questions, "", "随机一题")
        return markdown.replace(HOME_MARKER, render.home_cards(bank)).replace(RANDOM_MARKER, picker)
    if src == "tags.md":
        return markdown.replace(TAGS_MARKER, render.tags_page(bank))
    topic = bank.topic_named(src.split("/")[0])
    if topic and src == topic.index_path:
        page.edit_url = _edit_url(config, f"{topic.folder}/topic.yml")
    question = bank.question_at(src)
    if question and not question.is_notebook:
        return _header(question, page, files) + "\n\n" + markdown
    return markdown


def on_page_content(html, page, config, files):
    bank = state["bank"]
    question = bank.question_at(page.file.src_uri)
    companion = bank.companion_at(page.file.src_uri)
    # Material's search would index front-matter tags as whole, unsegmented words (正负样本), which then
    # swallow every query that contains them. The tags are in the page header, where jieba segments them.
    page.meta.pop("tags", None)
    if not (companion or (question and question.is_notebook)):
        return html
    html, toc_tokens = notebook_page.clean(html)
    page.toc = get_toc(toc_tokens)
    page.title = (question or companion).title
    return _header(question, page, files) + html if question else html


def on_post_page(output, page, config):
    return html_size.collapse_whitespace(output)


def _header(question, page, files) -> str:
    tags_page = files.get_file_from_path("tags.md")
    tags_url = tags_page.url_relative_to(page.file) if tags_page else ""
    return render.question_header(question, state["bank"].topic_named(question.topic), tags_url)


def _edit_url(config, repo_path: str) -> str | None:
    if not config.repo_url or not config.edit_uri:
        return None
    return urljoin(config.repo_url.rstrip("/") + "/", config.edit_uri + repo_path)


def on_post_build(config):
    for worker in Path(config.site_dir).glob("assets/javascripts/workers/search.*.min.js"):
        try:
            worker.write_text(search_worker.patch(worker.read_text(encoding="utf-8"), worker.name), encoding="utf-8")
        except search_worker.WorkerPatchError as error:
            raise PluginError(str(error)) from None

    index = Path(config.site_dir) / "search" / "search_index.json"
    if index.is_file():
        index.write_text(search_index.compact(index.read_text(encoding="utf-8")), encoding="utf-8")

    bank = state["bank"]
    per_topic = ", ".join(f"{t.folder} {len(t.questions)}" for t in bank.topics)
    drafts = len(bank.drafts)
    pages = sum(1 for _ in Path(config.site_dir).rglob("index.html"))
    seconds = time.perf_counter() - state["started"]
    log.info(f"bank: {pages} pages; questions: {per_topic}; drafts {drafts}; built in {seconds:.1f} s")

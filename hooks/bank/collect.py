"""Read the six topic folders, validate every file, and number the questions from `order`."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from . import markdown_rules as md
from . import metadata as meta_rules
from . import notebooks as nb_rules
from .model import TOPIC_FOLDERS, Bank, Companion, Question, Topic
from .problems import ContentError, Problem, sorted_problems

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TOPIC_KEYS = {"title", "icon", "summary", "order"}
RESERVED_SLUGS = {"index", "assets", "notebooks"}


class Reporter:
    """Collects problems; every check reports here instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(path, line, message))


def load_bank(root: Path) -> Bank:
    """The validated bank, or ContentError listing every problem."""
    bank, problems = collect(root)
    if problems:
        raise ContentError(problems)
    return bank


def collect(root: Path) -> tuple[Bank, list[Problem]]:
    root = Path(root)
    report = Reporter()
    topics = [topic for folder in TOPIC_FOLDERS if (topic := _load_topic(root, folder, report))]
    bank = Bank(topics)
    _check_unique_titles(bank, report)
    return bank, sorted_problems(report.problems)


def read_text(root: Path, path: str, report: Reporter) -> str | None:
    """A file's text as UTF-8, or None after reporting why it cannot be read."""
    raw = (root / path).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        report.add(path, line, "file is not UTF-8 text: re-save it with UTF-8 encoding")
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def _load_topic(root: Path, folder: str, report: Reporter) -> Topic | None:
    directory = root / folder
    config_path = f"{folder}/topic.yml"
    if not (directory / "topic.yml").is_file():
        report.add(config_path, None, f"missing {config_path}: every topic folder needs title, icon, summary and order")
        return None
    text = read_text(root, config_path, report)
    if text is None:
        return None
    try:
        data = meta_rules.parse_yaml(text, 1)
    except meta_rules.MetadataError as error:
        report.add(config_path, error.line, str(error))
        return None
    for key in data:
        if key not in TOPIC_KEYS:
            report.add(
                config_path,
                meta_rules.key_line(text, str(key), 1),
                f"unknown key '{key}'; allowed: icon, order, summary, title",
            )
    for key in ("title", "icon", "summary"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            report.add(config_path, meta_rules.key_line(text, key, 1), f"'{key}' must be a non-empty string")
    order = _read_order(text, data.get("order"), config_path, report)

    topic = Topic(folder, str(data.get("title", folder)), str(data.get("icon", "")), str(data.get("summary", "")))
    question_files, companion_files = _scan_folder(root, folder, topic, report)

    for slug, line in order.items():
        if slug not in question_files:
            report.add(
                config_path,
                line,
                f"'{slug}' is listed in order but {folder}/{slug}.md (or .ipynb) does not exist; add the file or remove the entry",
            )
    for slug, path in question_files.items():
        if slug not in order:
            report.add(path, 1, f"not listed in {config_path}: append '  - {slug}' to its order")

    for number, slug in enumerate(order, 1):
        path = question_files.get(slug)
        if path is None:
            continue
        meta = _load_question(root, path, report)
        if meta is not None:
            topic.questions.append(Question(folder, slug, path, number, meta))

    markdown_slugs = {q.slug for q in topic.questions if not q.is_notebook} | {
        slug for slug, path in question_files.items() if path.endswith(".md")
    }
    for slug, path in companion_files.items():
        if slug not in markdown_slugs:
            report.add(
                path,
                None,
                f"companion notebook has no question: {folder}/{slug}.md does not exist; name it after its question's slug",
            )
            continue
        title = _load_companion(root, path, report)
        if title is not None:
            topic.companions.append(Companion(folder, slug, path, title))
    return topic


def _read_order(text: str, order, config_path: str, report: Reporter) -> dict[str, int]:
    """The `order` slugs mapped to their line in topic.yml."""
    if not isinstance(order, list):
        report.add(config_path, meta_rules.key_line(text, "order", 1), "'order' must be a list of question slugs")
        return {}
    lines = text.split("\n")
    result: dict[str, int] = {}
    for slug in order:
        slug = str(slug)
        entry_lines = _entry_lines(lines, slug)
        line = entry_lines[0] if entry_lines else None
        if not SLUG.match(slug):
            report.add(
                config_path, line, f"'{slug}' is not a valid slug: use lowercase letters, digits and single hyphens"
            )
        elif slug in RESERVED_SLUGS:
            report.add(config_path, line, f"'{slug}' is reserved; choose another slug")
        elif slug in result:
            report.add(config_path, entry_lines[-1] if entry_lines else None, f"'{slug}' is listed twice in order")
        else:
            result[slug] = line
    return result


def _entry_lines(lines: list[str], slug: str) -> list[int]:
    """Lines of topic.yml that list `slug` as an `order` entry."""
    entry = re.compile(rf"^\s*-\s*['\"]?{re.escape(slug)}['\"]?\s*(#.*)?$")
    return [number for number, text in enumerate(lines, 1) if entry.match(text)]


def _scan_folder(root: Path, folder: str, topic: Topic, report: Reporter) -> tuple[dict, dict]:
    """Sort a topic folder's files into questions, companions and assets; report the rest."""
    questions: dict[str, str] = {}
    companions: dict[str, str] = {}
    for file in sorted((root / folder).rglob("*")):
        relative = file.relative_to(root / folder)
        if any(part.startswith(".") for part in relative.parts) or not file.is_file():
            continue
        path = PurePosixPath(folder, *relative.parts).as_posix()
        parts = relative.parts
        if parts == ("topic.yml",):
            continue
        if parts[0] == "assets":
            topic.assets.append(path)
        elif parts[0] == "notebooks" and len(parts) == 2 and file.suffix == ".ipynb" and SLUG.match(file.stem):
            companions[file.stem] = path
        elif len(parts) == 1 and file.suffix in (".md", ".ipynb"):
            if not SLUG.match(file.stem) or file.stem in RESERVED_SLUGS:
                report.add(
                    path,
                    None,
                    f"'{file.name}' is not a valid question file name: use a slug like lora-and-p-tuning{file.suffix}",
                )
            elif file.stem in questions:
                report.add(
                    path, None, f"duplicate slug '{file.stem}': {questions[file.stem]} already uses it; keep one file"
                )
            else:
                questions[file.stem] = path
        else:
            report.add(
                path,
                None,
                "unexpected file in a topic folder: questions are <slug>.md or <slug>.ipynb, companion notebooks go in notebooks/, images in assets/",
            )
    return questions, companions


def _load_question(root: Path, path: str, report: Reporter) -> meta_rules.Metadata | None:
    text = read_text(root, path, report)
    if text is None:
        return None
    if path.endswith(".ipynb"):
        return _load_notebook(root, path, text, report, companion=False)
    try:
        yaml_text, body, body_start = meta_rules.split_front_matter(text)
        data = meta_rules.parse_yaml(yaml_text, 2)
    except meta_rules.MetadataError as error:
        report.add(path, error.line, str(error))
        return None
    meta, problems = meta_rules.validate(data)
    for key, message in problems:
        report.add(path, meta_rules.key_line(yaml_text, key, 2), message)

    lines = md.scan(body, body_start)
    found = md.check_no_h1(lines) + md.check_safety(lines)
    if not meta.draft:  # a draft may still be unfinished, but never unsafe
        tags_line = meta_rules.key_line(yaml_text, "tags", 2)
        found += [
            (tags_line, f"placeholder tag '{tag}': give real tags") for tag in meta.tags if md.PLACEHOLDER.search(tag)
        ]
        found += md.check_placeholders(lines) + md.check_math(lines) + md.check_sections(lines, body_start)
    for line, message in found:
        report.add(path, line, message)
    _check_links(root, path, md.links(lines), report)
    return meta if not problems else None


def _load_notebook(root: Path, path: str, text: str, report: Reporter, *, companion: bool):
    try:
        notebook = nb_rules.read(text)
    except nb_rules.NotebookError as error:
        report.add(path, error.line, str(error))
        return None
    data = nb_rules.metadata(notebook)
    key = f'"{nb_rules.METADATA_KEY}"'
    line_of_key = next((number for number, line in enumerate(text.split("\n"), 1) if key in line), None)
    if data is None:
        keys = "title" if companion else "title, tags, difficulty"
        report.add(
            path,
            None,
            f"missing notebook metadata '{nb_rules.METADATA_KEY}' with {keys}: add it under Edit → Notebook Metadata",
        )
        return None
    meta, problems = meta_rules.validate(data, companion=companion)
    for _, message in problems:
        report.add(path, line_of_key, message)
    lines = nb_rules.cell_lines(text, len(notebook.cells))
    cell_problems, targets = nb_rules.check_markdown_cells(notebook, lines)
    cell_problems += nb_rules.check_outputs(notebook, lines)
    for line, message in cell_problems:
        report.add(path, line, message)
    if not companion and not meta.draft:
        for message in nb_rules.check_question_sections(notebook):
            report.add(path, None, message)
    _check_links(root, path, targets, report)
    return meta if not problems else None


def _load_companion(root: Path, path: str, report: Reporter) -> str | None:
    text = read_text(root, path, report)
    if text is None:
        return None
    meta = _load_notebook(root, path, text, report, companion=True)
    return meta.title if meta else None


def _check_links(root: Path, path: str, targets: list[tuple[int | None, str]], report: Reporter) -> None:
    """Every relative link or image must name a file that exists inside the repository."""
    base = (root / path).parent
    for line, target in targets:
        local = md.local_path(target)
        if local is None:
            continue
        if local.startswith("/"):
            report.add(path, line, f"link '{target}' is absolute: link to the source file with a relative path")
            continue
        resolved = (base / local).resolve()
        if not resolved.is_relative_to(root.resolve()) or not resolved.is_file():
            report.add(
                path, line, f"broken link '{target}': no such file; link to an existing file relative to this one"
            )


def normal_title(title: str) -> str:
    return re.sub(r"[\s，。？！、：；,.?!:;（）()“”\"'`]+", "", title).casefold()


def _check_unique_titles(bank: Bank, report: Reporter) -> None:
    """No two questions may share a title, and no alias may repeat another question's title."""
    owners: dict[str, Question] = {}
    for question in bank.questions:
        for name in [question.title, *question.meta.aliases]:
            key = normal_title(name)
            other = owners.get(key)
            if other is not None and other is not question:
                report.add(
                    question.path,
                    None,
                    f"duplicate title '{name}': {other.path} already uses it; merge them or add this one as an alias there",
                )
            else:
                owners[key] = question

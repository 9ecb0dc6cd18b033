"""Question metadata: the YAML front matter of a Markdown file, or a notebook's `interview` key."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

DIFFICULTIES = ("基础", "中等", "进阶")
MAX_TAGS = 6
QUESTION_KEYS = {"title", "tags", "difficulty", "aliases", "status"}
COMPANION_KEYS = {"title"}
DRAFT = "draft"


@dataclass
class Metadata:
    title: str = ""
    tags: list[str] = field(default_factory=list)
    difficulty: str = ""
    aliases: list[str] = field(default_factory=list)
    draft: bool = False


class MetadataError(ValueError):
    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


def split_front_matter(text: str) -> tuple[str, str, int]:
    """Return (yaml text, body, line number where the body starts).

    Raises MetadataError when the file does not open with a `---` block.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise MetadataError(
            "missing front matter: the file must start with a '---' line, then title/tags/difficulty, then '---'",
            1,
        )
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    raise MetadataError("front matter is not closed: add a '---' line after the metadata", 1)


def parse_yaml(text: str, first_line: int) -> dict:
    """Parse a YAML mapping; `first_line` is the file line of the YAML's first line."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark else first_line
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise MetadataError(f"malformed YAML: {problem}; check quoting and indentation", line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise MetadataError("metadata must be a mapping of keys such as 'title:' and 'tags:'", first_line)
    return data


def key_line(yaml_text: str, key: str, first_line: int) -> int:
    """The file line where `key:` is written, or the block's first line if it is absent."""
    match = re.search(rf"^{re.escape(key)}\s*:", yaml_text, re.MULTILINE)
    if not match:
        return first_line
    return first_line + yaml_text.count("\n", 0, match.start())


def _string_list(value, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, (str, int, float)) for item in value):
        raise MetadataError(f"'{key}' must be a list of strings, like {key}: [LoRA, 微调]")
    items = [str(item).strip() for item in value]
    if any(not item for item in items):
        raise MetadataError(f"'{key}' contains an empty item")
    if len(set(items)) != len(items):
        raise MetadataError(f"'{key}' lists the same item twice")
    return items


def validate(data: dict, *, companion: bool = False) -> tuple[Metadata, list[tuple[str, str]]]:
    """Check metadata; return it with a list of (key, message) problems."""
    problems: list[tuple[str, str]] = []
    allowed = COMPANION_KEYS if companion else QUESTION_KEYS
    for key in data:
        if key not in allowed:
            hint = ", ".join(sorted(allowed))
            problems.append((str(key), f"unknown metadata key '{key}'; allowed keys: {hint}"))
    meta = Metadata()

    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        problems.append(("title", "missing 'title': give the question as the reader should see it"))
    else:
        meta.title = " ".join(title.split())
        if re.match(r"^\d+[.．、\s]", meta.title):
            problems.append(("title", "'title' must not start with a number: numbers come from 'order' in topic.yml"))
    if companion:
        return meta, problems

    for key in ("tags", "aliases"):
        if key not in data:
            continue
        try:
            setattr(meta, key, _string_list(data[key], key))
        except MetadataError as error:
            problems.append((key, str(error)))
    if "tags" not in data:
        problems.append(("tags", f"missing 'tags': add 1–{MAX_TAGS} tags, like tags: [LoRA, 微调]"))
    elif not problems_for(problems, "tags") and not 1 <= len(meta.tags) <= MAX_TAGS:
        problems.append(("tags", f"'tags' has {len(meta.tags)} items; use 1–{MAX_TAGS}"))

    difficulty = data.get("difficulty")
    if difficulty is None:
        problems.append(("difficulty", "missing 'difficulty': use one of " + " | ".join(DIFFICULTIES)))
    elif difficulty not in DIFFICULTIES:
        problems.append(("difficulty", f"unknown difficulty '{difficulty}'; use one of " + " | ".join(DIFFICULTIES)))
    else:
        meta.difficulty = difficulty

    status = data.get("status")
    if status is not None and status != DRAFT:
        problems.append(("status", f"unknown status '{status}'; the only status is '{DRAFT}' (omit it when answered)"))
    meta.draft = status == DRAFT
    return meta, problems


def problems_for(problems: list[tuple[str, str]], key: str) -> bool:
    return any(k == key for k, _ in problems)

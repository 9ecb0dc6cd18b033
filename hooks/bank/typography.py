"""Chinese typography (CJK/Latin spacing, full-width punctuation) with autocorrect-py.

Only prose is checked: YAML front matter keeps its exact spelling (aliases preserve old titles on
purpose), and notebooks are checked cell by cell in their Markdown cells. Rules: .autocorrectrc.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import autocorrect_py

from .metadata import MetadataError, split_front_matter

_configured: set[Path] = set()


@dataclass(frozen=True)
class Finding:
    path: str
    line: int | None
    old: str
    new: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: typography: {self.old.strip()!r} → {self.new.strip()!r} (run `make fix`)"


def configure(root: Path) -> None:
    """Load the repository's .autocorrectrc once per process."""
    if root not in _configured:
        autocorrect_py.load_config((root / ".autocorrectrc").read_text(encoding="utf-8"))
        _configured.add(root)


def _split(text: str) -> tuple[str, str, int]:
    """(front matter block including its fences, body, line where the body starts)."""
    try:
        _, body, body_start = split_front_matter(text)
    except MetadataError:
        return "", text, 1
    head = text[: len(text) - len(body)]
    return head, body, body_start


def lint_markdown(path: str, text: str) -> list[Finding]:
    _, body, body_start = _split(text)
    result = autocorrect_py.lint_for(body, "markdown")
    return [Finding(path, body_start + line.line - 1, line.old, line.new) for line in result.lines]


def fix_markdown(text: str) -> str:
    head, body, _ = _split(text)
    return head + autocorrect_py.format_for(body, "markdown")


def lint_notebook(path: str, text: str) -> list[Finding]:
    findings = []
    for index, cell in enumerate(json.loads(text)["cells"], 1):
        if cell["cell_type"] == "markdown":
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            for line in autocorrect_py.lint_for(source, "markdown").lines:
                findings.append(Finding(path, None, f"cell {index}: {line.old}", line.new))
    return findings


def fix_notebook(text: str) -> str:
    """Fix Markdown cells only; outputs and code stay byte-for-byte the same."""
    import nbformat

    notebook = nbformat.reads(text, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = autocorrect_py.format_for(cell.source, "markdown")
    return nbformat.writes(notebook) + "\n"


def lint_file(path: str, text: str) -> list[Finding]:
    return lint_notebook(path, text) if path.endswith(".ipynb") else lint_markdown(path, text)


def fix_file(path: str, text: str) -> str:
    """The fixed text, or `text` itself when there is nothing to fix (so notebooks are rewritten only then)."""
    if not lint_file(path, text):
        return text
    return fix_notebook(text) if path.endswith(".ipynb") else fix_markdown(text)

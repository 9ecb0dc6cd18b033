"""Rules for Jupyter notebooks: valid nbformat, metadata under `interview`, clean saved outputs."""

from __future__ import annotations

import json
import re

import nbformat

from . import markdown_rules as md

METADATA_KEY = "interview"
NONDETERMINISTIC_TAG = "nondeterministic"
CELL_START = re.compile(r'^\s*"cell_type"\s*:')
JS_MIME = ("application/javascript", "text/javascript", "application/x-javascript")


class NotebookError(ValueError):
    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


def read(text: str) -> nbformat.NotebookNode:
    """Parse and validate a notebook, or raise NotebookError with the JSON line."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise NotebookError(f"invalid notebook JSON: {error.msg}; re-save it from Jupyter", error.lineno) from None
    if not isinstance(raw, dict) or "cells" not in raw:
        raise NotebookError("not a Jupyter notebook: no 'cells' list; re-save it from Jupyter", 1)
    try:
        notebook = nbformat.reads(text, as_version=4)
        nbformat.validate(notebook)
    except (nbformat.ValidationError, nbformat.reader.NotJSONError, KeyError, TypeError, AttributeError) as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise NotebookError(f"invalid notebook (nbformat 4): {reason}; re-save it from Jupyter", 1) from None
    return notebook


def cell_lines(text: str, count: int) -> list[int | None]:
    """The file line where each cell starts, for pretty-printed notebooks; None where unknown."""
    starts = [number for number, line in enumerate(text.split("\n"), 1) if CELL_START.match(line)]
    return starts if len(starts) == count else [None] * count


def metadata(notebook: nbformat.NotebookNode) -> dict | None:
    value = notebook.metadata.get(METADATA_KEY)
    return dict(value) if isinstance(value, dict) else None


def markdown_of(notebook: nbformat.NotebookNode) -> str:
    return "\n\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")


def check_outputs(notebook: nbformat.NotebookNode, lines: list[int | None]) -> list[tuple[int | None, str]]:
    found = []
    for index, (cell, line) in enumerate(zip(notebook.cells, lines, strict=True), 1):
        if cell.cell_type != "code":
            continue
        if cell.get("execution_count") is None and not cell.get("outputs") and cell.source.strip():
            found.append((line, f"cell {index} was never run: execute the notebook top to bottom and save its outputs"))
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                name = output.get("ename", "error")
                found.append(
                    (line, f"cell {index} has a saved error ({name}): fix it, re-run the notebook and save it")
                )
            data = output.get("data", {})
            if any(mime in data for mime in JS_MIME):
                found.append((line, f"cell {index} has JavaScript output: clear it and display text or images only"))
            html = data.get("text/html", "")
            html = "".join(html) if isinstance(html, list) else html
            if md.SCRIPT.search(html) or md.EVENT_HANDLER.search(html):
                found.append(
                    (line, f"cell {index} has HTML output with a script: clear it and display text or images only")
                )
    return found


def check_markdown_cells(notebook: nbformat.NotebookNode, lines: list[int | None]) -> tuple[list, list]:
    """Content rules for each markdown cell; also returns (line, target) links for the caller to resolve."""
    found, targets = [], []
    for index, (cell, line) in enumerate(zip(notebook.cells, lines, strict=True), 1):
        if cell.cell_type != "markdown":
            continue
        scanned = md.scan(cell.source)
        for check in (md.check_no_h1, md.check_safety, md.check_placeholders, md.check_math):
            found.extend((line, f"cell {index}: {message}") for _, message in check(scanned))
        targets.extend((line, target) for _, target in md.links(scanned))
    return found, targets


def check_question_sections(notebook: nbformat.NotebookNode) -> list[str]:
    """A question notebook opens its answer with `## 简答` and ends with `## 参考资料` holding a link."""
    found = []
    text = markdown_of(notebook)
    scanned = md.scan(text)
    sections = [(number, name) for number, level, name in md.headings(scanned) if level == 2]
    names = [name for _, name in sections]
    if "简答" not in names:
        found.append("missing a markdown cell with '## 简答' (the one-minute answer)")
    if "参考资料" not in names:
        found.append("missing a final markdown section '## 参考资料' with links to primary sources")
    else:
        start = max(number for number, name in sections if name == "参考资料")
        if not any(md.is_external(t) for n, t in md.links(scanned) if n > start):
            found.append("'## 参考资料' needs at least one link to a primary source")
    return found

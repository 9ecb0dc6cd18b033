"""Rules for the Markdown a contributor writes: sections, links, maths, safety, placeholders.

Each check takes Markdown text and the file line where that text starts, and returns
(line, message) pairs, so the same rules serve question files and notebook cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

REQUIRED_SECTIONS = ("简答", "详解", "参考资料")
SECTION_ORDER = ("简答", "详解", "代码", "常见追问", "参考资料")

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
LINK = re.compile(r"(!?)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
HTML_SRC = re.compile(r"""<(?:img|a|source)\b[^>]*?\s(?:src|href)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
SCRIPT = re.compile(r"<\s*script\b", re.IGNORECASE)
JS_URL = re.compile(r"javascript\s*:", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\b(?:TODO|TBD|FIXME)\b|待补充|待完善|待分类|此处填写|在此填写|lorem ipsum", re.IGNORECASE)
HTML_COMMENT = re.compile(r"<!--.*?-->")
DOLLAR = re.compile(r"(?<!\\)\$")


@dataclass
class Line:
    number: int  # line number in the file
    text: str  # the line with inline code removed
    in_code: bool


def scan(text: str, first_line: int = 1) -> list[Line]:
    """Split Markdown into lines, marking fenced code and blanking inline code."""
    lines: list[Line] = []
    fence: str | None = None
    for offset, raw in enumerate(text.split("\n")):
        number = first_line + offset
        match = FENCE.match(raw)
        if fence is None and match:
            fence = match.group(1)
            lines.append(Line(number, "", True))
        elif fence is not None:
            if (
                match
                and match.group(1)[0] == fence[0]
                and len(match.group(1)) >= len(fence)
                and raw.strip() == match.group(1)
            ):
                fence = None
            lines.append(Line(number, "", True))
        else:
            lines.append(Line(number, INLINE_CODE.sub(lambda m: " " * len(m.group(0)), raw), False))
    return lines


def prose(lines: list[Line]) -> list[Line]:
    return [line for line in lines if not line.in_code]


def check_safety(lines: list[Line]) -> list[tuple[int, str]]:
    found = []
    for line in prose(lines):
        if SCRIPT.search(line.text):
            found.append((line.number, "<script> is not allowed in content; describe code in a fenced code block"))
        if JS_URL.search(line.text):
            found.append((line.number, "javascript: links are not allowed in content"))
        if EVENT_HANDLER.search(line.text):
            found.append((line.number, "HTML event handlers (onclick=, onerror=, …) are not allowed in content"))
    return found


def check_placeholders(lines: list[Line]) -> list[tuple[int, str]]:
    return [
        (line.number, f"placeholder text '{match.group(0)}': write the real answer before submitting")
        for line in prose(lines)
        if (match := PLACEHOLDER.search(line.text))
    ]


def check_math(lines: list[Line]) -> list[tuple[int, str]]:
    """Each paragraph must have an even number of `$` (inline `$…$` and display `$$…$$`)."""
    found = []
    start, count = None, 0
    for line in lines + [Line(0, "", True)]:
        if line.in_code or not line.text.strip():
            if count % 2:
                found.append(
                    (start, "unbalanced '$' in this paragraph: close the formula, or write a literal dollar as \\$")
                )
            start, count = None, 0
            continue
        if start is None:
            start = line.number
        count += len(DOLLAR.findall(line.text))
    return found


def links(lines: list[Line]) -> list[tuple[int, str]]:
    """(line, target) for every Markdown link, image, autolink and HTML src/href in prose."""
    found = []
    for line in prose(lines):
        for match in LINK.finditer(line.text):
            found.append((line.number, match.group(2)))
        for pattern in (AUTOLINK, HTML_SRC):
            for match in pattern.finditer(line.text):
                found.append((line.number, match.group(1)))
    return found


def is_external(target: str) -> bool:
    return bool(urlsplit(target).scheme) or target.startswith("//")


def local_path(target: str) -> str | None:
    """The file part of a relative link, or None for external links and in-page anchors."""
    if not target or target.startswith("#") or is_external(target):
        return None
    return unquote(urlsplit(target).path) or None


def headings(lines: list[Line]) -> list[tuple[int, int, str]]:
    """(line, level, text) for every ATX heading outside code."""
    found = []
    for line in prose(lines):
        match = HEADING.match(line.text)
        if match:
            found.append((line.number, len(match.group(1)), match.group(2).strip()))
    return found


def check_no_h1(lines: list[Line]) -> list[tuple[int, str]]:
    return [
        (number, "no '# ' heading in the body: the title comes from the metadata; start sections with '## '")
        for number, level, _ in headings(lines)
        if level == 1
    ]


def has_text(line: Line) -> bool:
    """True when the line says something: not blank and not only an HTML comment (the skeleton's guidance)."""
    return bool(HTML_COMMENT.sub("", line.text).strip())


def check_sections(lines: list[Line], body_start: int) -> list[tuple[int, str]]:
    """The body's `##` sections: known names, in order, required ones present, none empty."""
    found = []
    sections = [(number, text) for number, level, text in headings(lines) if level == 2]
    seen: list[str] = []
    for number, name in sections:
        if name not in SECTION_ORDER:
            found.append(
                (number, f"unknown section '## {name}'; sections are " + ", ".join(f"## {s}" for s in SECTION_ORDER))
            )
        elif name in seen:
            found.append((number, f"section '## {name}' appears twice"))
        else:
            if seen and SECTION_ORDER.index(name) < SECTION_ORDER.index(seen[-1]):
                found.append((number, f"section '## {name}' must come before '## {seen[-1]}'"))
            seen.append(name)
    for name in REQUIRED_SECTIONS:
        if name not in seen:
            found.append((body_start, f"missing required section '## {name}'"))

    prose_before_first = [line for line in lines if line.text.strip() or line.in_code]
    if sections and prose_before_first and prose_before_first[0].number < sections[0][0]:
        found.append((prose_before_first[0].number, "text before the first section: start the body with '## 简答'"))

    bounds = [number for number, _ in sections] + [10**9]
    for (number, name), end in zip(sections, bounds[1:], strict=True):
        content = [line for line in lines if number < line.number < end and (has_text(line) or line.in_code)]
        if not content:
            found.append((number, f"section '## {name}' is empty"))
        elif name == "参考资料":
            targets = [t for n, t in links(lines) if number < n < end]
            if not any(is_external(t) for t in targets):
                found.append(
                    (number, "'## 参考资料' needs at least one link to a primary source (paper or official docs)")
                )
    return found

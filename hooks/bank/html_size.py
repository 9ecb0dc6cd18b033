"""Shrink the HTML the theme writes without changing what the browser shows.

Material's templates indent heavily: about a third of a page's bytes is whitespace between tags.
Browsers collapse such whitespace anyway, except inside these elements, which are left untouched.
"""

from __future__ import annotations

import re

PRESERVE = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.IGNORECASE | re.DOTALL)
INDENTED_NEWLINES = re.compile(r"[ \t]*\n\s*")


def collapse_whitespace(html: str) -> str:
    """Replace each run of whitespace that contains a newline by one newline, outside pre/textarea/script/style."""
    parts = PRESERVE.split(html)
    out = []
    # re.split with two groups yields: text, whole element, tag name, text, ...
    for index in range(0, len(parts), 3):
        out.append(INDENTED_NEWLINES.sub("\n", parts[index]))
        if index + 1 < len(parts):
            out.append(parts[index + 1])
    return "".join(out)

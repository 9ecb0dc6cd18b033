"""Keep README.md's generated tables in sync with the topic folders."""

from __future__ import annotations

from pathlib import Path

from .model import Bank
from .render import readme_tables

BEGIN = "<!-- BEGIN GENERATED TABLES: run `make readme` to update; do not edit by hand -->"
END = "<!-- END GENERATED TABLES -->"


class ReadmeError(ValueError):
    pass


def with_tables(readme: str, bank: Bank) -> str:
    """README text with the generated block replaced by fresh tables."""
    if readme.count(BEGIN) != 1 or readme.count(END) != 1 or readme.index(BEGIN) > readme.index(END):
        raise ReadmeError(f"README.md must contain the markers once each, in order:\n{BEGIN}\n{END}")
    head, rest = readme.split(BEGIN)
    _, tail = rest.split(END)
    return f"{head}{BEGIN}\n\n{readme_tables(bank)}\n\n{END}{tail}"


def out_of_date(root: Path, bank: Bank) -> bool:
    text = (Path(root) / "README.md").read_text(encoding="utf-8")
    return with_tables(text, bank) != text


def update(root: Path, bank: Bank) -> bool:
    """Rewrite README.md's tables; return True if the file changed."""
    path = Path(root) / "README.md"
    text = path.read_text(encoding="utf-8")
    new = with_tables(text, bank)
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text

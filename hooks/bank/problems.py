"""Problems found in contributor files, reported as `path:line: message`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the repository root, with forward slashes
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"

    def sort_key(self) -> tuple[str, int, str]:
        return (self.path, self.line or 0, self.message)

    def github_annotation(self) -> str:
        # GitHub Actions turns this line into an error on the PR's diff.
        location = f"file={self.path}" + (f",line={self.line}" if self.line else "")
        return f"::error {location}::{self.message}"


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """Unique problems, by file, then line (problems without a line first), then message."""
    return sorted(set(problems), key=Problem.sort_key)


class ContentError(Exception):
    """Raised when the bank cannot be built; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted_problems(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

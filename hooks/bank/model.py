"""The bank as data: topics, numbered questions, companion notebooks and assets."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

from .metadata import Metadata

# Display order of the six topics, as in the original README.
TOPIC_FOLDERS = ("LLMs", "VisionPerception", "DeepLearning", "IndustryAlgorithm", "CodeAnything", "AwesomeProjects")


@dataclass
class Question:
    topic: str
    slug: str
    path: str  # repository-relative, forward slashes
    number: int
    meta: Metadata

    @property
    def title(self) -> str:
        return self.meta.title

    @property
    def is_notebook(self) -> bool:
        return self.path.endswith(".ipynb")

    @property
    def label(self) -> str:
        return f"{self.number:02d}"

    @property
    def url(self) -> str:
        return f"{self.topic}/{self.slug}/"

    @property
    def filename(self) -> str:
        return PurePosixPath(self.path).name


@dataclass
class Companion:
    """A notebook that backs a Markdown question: `<Topic>/notebooks/<slug>.ipynb`."""

    topic: str
    slug: str
    path: str
    title: str

    @property
    def url(self) -> str:
        return f"{self.topic}/notebooks/{self.slug}/"


@dataclass
class Topic:
    folder: str
    title: str
    icon: str
    summary: str
    questions: list[Question] = field(default_factory=list)
    companions: list[Companion] = field(default_factory=list)
    assets: list[str] = field(default_factory=list)

    @property
    def index_path(self) -> str:
        return f"{self.folder}/index.md"

    @property
    def drafts(self) -> list[Question]:
        return [q for q in self.questions if q.meta.draft]


@dataclass
class Bank:
    topics: list[Topic]

    @property
    def questions(self) -> list[Question]:
        return [q for topic in self.topics for q in topic.questions]

    @property
    def drafts(self) -> list[Question]:
        return [q for q in self.questions if q.meta.draft]

    def question_at(self, path: str) -> Question | None:
        return next((q for q in self.questions if q.path == path), None)

    def companion_at(self, path: str) -> Companion | None:
        return next((c for t in self.topics for c in t.companions if c.path == path), None)

    def topic_named(self, folder: str) -> Topic | None:
        return next((t for t in self.topics if t.folder == folder), None)

    @property
    def tags(self) -> dict[str, list[Question]]:
        """Every tag with its questions, tags sorted case-insensitively."""
        by_tag: dict[str, list[Question]] = {}
        for question in self.questions:
            for tag in question.meta.tags:
                by_tag.setdefault(tag, []).append(question)
        return dict(sorted(by_tag.items(), key=lambda item: item[0].casefold()))

"""What a course is once loaded: its front matter, its text per language, its sections,
and the catalogue of courses (with the unavailable ones and why).

May import: pydantic, trainer.content.common, trainer.content.markup, trainer.errors,
trainer.vocabulary, the standard library.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, HttpUrl

from trainer.content.common import Identifier, NonEmptyText, Strict
from trainer.content.markup import render, sanitise
from trainer.errors import Problem
from trainer.vocabulary import Module, Role

CourseKind = Literal["course", "faq", "shortcuts"]


class SourceRef(Strict):
    id: str = Field(pattern=r"^[A-Z]{1,3}\d{0,3}$")
    title: NonEmptyText
    url: HttpUrl | None = None


class FrontMatter(Strict):
    id: Identifier
    kind: CourseKind
    title: NonEmptyText
    summary: str = ""
    roles: list[Role] = Field(min_length=1)
    modules: list[Module] = Field(min_length=1)
    version: int = Field(ge=1)
    lang: Literal["zh_CN", "en"]
    knowledge_points: list[Identifier]
    minutes: int = Field(ge=1, le=600)
    sources: list[SourceRef] = Field(default_factory=list)


@functools.lru_cache(maxsize=1024)
def render_safe(markdown_text: str) -> str:
    """Markdown → sanitised HTML, rendered when first shown and then kept."""
    return sanitise(render(markdown_text))


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    text: str  # the Markdown source: rendered on demand, searched as is
    line: int

    @property
    def html(self) -> str:
        return render_safe(self.text)


@dataclass(frozen=True)
class CourseText:
    """One language of a course."""

    lang: str
    title: str
    summary: str
    minutes: int
    intro: str  # Markdown before the first section
    sections: tuple[Section, ...]
    file: str

    @property
    def intro_html(self) -> str:
        return render_safe(self.intro)


@dataclass(frozen=True)
class Course:
    id: str
    kind: str
    roles: frozenset[Role]
    modules: frozenset[Module]
    version: int
    knowledge_points: tuple[str, ...]
    sources: tuple[tuple[str, str], ...]
    folder: Path
    texts: dict[str, CourseText]

    def text(self, lang: str) -> CourseText:
        """The text in ``lang``, else Chinese, else any language the course has."""
        return self.texts.get(lang) or self.texts.get("zh_CN") or next(iter(self.texts.values()))

    @property
    def section_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.text("zh_CN").sections)


@dataclass(frozen=True)
class Unavailable:
    folder: Path
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Catalogue:
    courses: tuple[Course, ...]
    unavailable: tuple[Unavailable, ...]

    def get(self, course_id: str) -> Course | None:
        return next((c for c in self.courses if c.id == course_id), None)

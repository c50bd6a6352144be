"""Load and validate courses: one folder per course, one Markdown file per language.

See ``docs/formats/course.md``. :func:`load_catalogue` never raises: a course with
problems is listed as *unavailable* with its located problems, so the reader can show
why, and the rest of the catalogue works.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, HttpUrl

from trainer.content.common import Identifier, NonEmptyText, Strict
from trainer.content.markup import (
    classify_link,
    image_path,
    inspect,
    render,
    sanitise,
)
from trainer.content.yamlsource import load_yaml, read_text, validate
from trainer.errors import ContentError, Problem
from trainer.vocabulary import LANGUAGES, Module, Role

SECTION_HEADING = re.compile(r"^##(?!#)\s*(?P<title>.*?)\s*(?:\{#(?P<id>[^}\s]*)\})?\s*$")
SECTION_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
FENCE = re.compile(r"^\s*(```|~~~)")
CITATION = re.compile(r"\[((?:[A-Z]{1,3}\d{0,3})(?:\s*[,，;]\s*[A-Z]{1,3}\d{0,3})*)\](?!\()")
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


def split_front_matter(text: str, file: str) -> tuple[str, str, int]:
    """``(yaml, body, body_first_line)``; located error if the block is missing."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ContentError(
            [
                Problem(
                    file,
                    1,
                    "",
                    "file must start with a '---' front-matter block",
                    "content.no_front_matter",
                )
            ]
        )
    for n in range(1, len(lines)):
        if lines[n].strip() == "---":
            return "\n".join(lines[1:n]), "\n".join(lines[n + 1 :]), n + 2
    raise ContentError(
        [
            Problem(
                file,
                1,
                "",
                "front-matter block is not closed with '---'",
                "content.no_front_matter",
            )
        ]
    )


def parse_front_matter(text: str, file: str) -> tuple[FrontMatter, str, int]:
    """Validated front matter, the body, and the body's first line number."""
    yaml_text, body, body_line = split_front_matter(text, file)
    located = load_yaml(yaml_text, file, line_offset=1)
    if not isinstance(located.data, dict):
        raise ContentError(
            [
                Problem(
                    file,
                    2,
                    "",
                    "front matter must be a mapping of keys",
                    "content.front_matter_type",
                )
            ]
        )
    model, problems = validate(FrontMatter, located)
    if model is None:
        raise ContentError(problems)
    return model, body, body_line


def _split_sections(
    body: str, first_line: int, file: str
) -> tuple[str, list[tuple[str, str, str, int]], list[Problem]]:
    """Intro text and ``(id, title, markdown, line)`` per ``##`` section."""
    intro: list[str] = []
    sections: list[tuple[str, str, list[str], int]] = []
    problems: list[Problem] = []
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        number = first_line + offset
        if FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else SECTION_HEADING.match(line)
        if match:
            sid = match.group("id") or ""
            if not SECTION_ID.match(sid):
                problems.append(
                    Problem(
                        file,
                        number,
                        "section",
                        "a '##' heading needs an id like {#verify-orders} ([a-z0-9-])",
                        "content.section_id",
                    )
                )
            elif any(s[0] == sid for s in sections):
                problems.append(
                    Problem(
                        file,
                        number,
                        "section",
                        f"duplicate section id '{sid}'",
                        "content.section_id",
                    )
                )
            sections.append((sid, match.group("title"), [], number))
        elif sections:
            sections[-1][2].append(line)
        else:
            intro.append(line)
    return (
        "\n".join(intro),
        [(sid, title, "\n".join(lines), n) for sid, title, lines, n in sections],
        problems,
    )


def _check_html(
    html: str,
    file: str,
    field: str,
    folder: Path,
    section_ids: set[str],
    block: list[str],
    first_line: int,
) -> list[Problem]:
    """Problems with the raw HTML of one block: unsafe markup, links, images.

    ``block`` is the block's Markdown source starting at ``first_line``; it locates each
    problem on its own line.
    """
    problems: list[Problem] = []
    references, findings = inspect(html)
    for finding in findings:
        where = _line_of(finding.needle, block, first_line)
        problems.append(Problem(file, where, field, finding.detail, finding.code))
    for ref in references:
        where = _line_of(ref.target, block, first_line)
        if ref.kind == "image":
            target = image_path(folder, ref.target)
            if target is None:
                problems.append(
                    Problem(
                        file,
                        where,
                        field,
                        f"image '{ref.target}' must be a "
                        "png/jpg/gif/webp file inside the course folder",
                        "content.image_outside",
                    )
                )
            elif not target.is_file():
                problems.append(
                    Problem(
                        file,
                        where,
                        field,
                        f"image '{ref.target}' not found",
                        "content.image_missing",
                    )
                )
            continue
        kind = classify_link(ref.target)
        if kind == "bad":
            problems.append(
                Problem(
                    file,
                    where,
                    field,
                    f"link '{ref.target}' must be #section, course:id#section or http(s)://",
                    "content.link_outside",
                )
            )
        elif kind == "section" and ref.target[1:] not in section_ids:
            problems.append(
                Problem(
                    file,
                    where,
                    field,
                    f"link to unknown section '{ref.target}'",
                    "content.link_section",
                )
            )
    return problems


def _line_of(needle: str, block: list[str], first_line: int) -> int:
    for n, line in enumerate(block):
        if needle in line:
            return first_line + n
    return first_line


def load_course_text(
    path: Path, folder: Path, file: str, *, deep: bool = True
) -> tuple[FrontMatter, CourseText, list[Problem]]:
    """One language file; raises :class:`ContentError` only when nothing is usable.

    ``deep`` also renders every section and checks its HTML, links and images (what
    ``content check`` does); without it only the structure is checked, and the HTML is
    rendered — and sanitised — when a section is first shown.
    """
    source = read_text(path, file)
    meta, body, body_line = parse_front_matter(source, file)
    intro_md, parts, problems = _split_sections(body, body_line, file)
    ids = {sid for sid, *_ in parts}
    if not parts:
        problems.append(
            Problem(file, body_line, "section", "no '##' sections", "content.no_sections")
        )
    blocks = [("introduction", intro_md, body_line)]
    blocks += [(f"section {sid}", md_text, line + 1) for sid, _title, md_text, line in parts]
    if deep:
        for field, md_text, first_line in blocks:
            problems += _check_html(
                render(md_text), file, field, folder, ids, md_text.split("\n"), first_line
            )
    problems += _check_citations(source.split("\n"), meta, file)
    sections = tuple(Section(sid, title, md_text, line) for sid, title, md_text, line in parts)
    text = CourseText(meta.lang, meta.title, meta.summary, meta.minutes, intro_md, sections, file)
    return meta, text, problems


def _check_citations(lines: list[str], meta: FrontMatter, file: str) -> list[Problem]:
    declared = {s.id for s in meta.sources}
    problems = []
    for n, line in enumerate(lines, start=1):
        for match in CITATION.finditer(line):
            for cited in re.split(r"\s*[,，;]\s*", match.group(1)):
                if cited not in declared:
                    problems.append(
                        Problem(
                            file,
                            n,
                            "sources",
                            f"cites [{cited}] but the front matter does not list it",
                            "content.citation",
                        )
                    )
    return problems


def load_course(
    folder: Path, root: Path | None = None, *, deep: bool = True
) -> tuple[Course | None, list[Problem]]:
    """Every language of the course in ``folder``; ``None`` if no language is usable."""
    base = root or folder.parent
    metas: dict[str, FrontMatter] = {}
    texts: dict[str, CourseText] = {}
    problems: list[Problem] = []
    files = sorted(folder.glob("*.md"))
    if not files:
        return None, [
            Problem(
                _name(folder, base), None, "", "no course file (zh_CN.md, en.md)", "content.missing"
            )
        ]
    for path in files:
        file = _name(path, base)
        if path.stem not in LANGUAGES:
            problems.append(
                Problem(
                    file,
                    None,
                    "",
                    f"file name must be a language: {', '.join(f'{x}.md' for x in LANGUAGES)}",
                    "content.file_name",
                )
            )
            continue
        try:
            meta, text, found = load_course_text(path, folder, file, deep=deep)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        problems += found
        if meta.lang != path.stem:
            problems.append(
                Problem(
                    file,
                    2,
                    "lang",
                    f"'{meta.lang}' does not match the file name {path.name}",
                    "content.lang",
                )
            )
        if meta.id != folder.name:
            problems.append(
                Problem(
                    file,
                    2,
                    "id",
                    f"'{meta.id}' must equal the folder name '{folder.name}'",
                    "content.id",
                )
            )
        metas[path.stem], texts[path.stem] = meta, text
    problems += _check_languages_agree(metas, texts)
    if not metas or problems:
        return None, problems
    first = metas.get("zh_CN") or next(iter(metas.values()))
    return Course(
        first.id,
        first.kind,
        frozenset(first.roles),
        frozenset(first.modules),
        first.version,
        tuple(first.knowledge_points),
        tuple((s.id, s.title) for s in first.sources),
        folder,
        texts,
    ), problems


def _check_languages_agree(
    metas: dict[str, FrontMatter], texts: dict[str, CourseText]
) -> list[Problem]:
    """Ids, kinds, roles, versions and section ids must be the same in every language."""
    problems: list[Problem] = []
    if len(metas) < 2:
        return problems
    ref_lang = "zh_CN" if "zh_CN" in metas else next(iter(metas))
    ref, ref_text = metas[ref_lang], texts[ref_lang]
    for lang, meta in metas.items():
        if lang == ref_lang:
            continue
        file = texts[lang].file
        for field in ("id", "kind", "roles", "modules", "version", "knowledge_points"):
            if getattr(meta, field) != getattr(ref, field):
                problems.append(
                    Problem(
                        file, 2, field, f"differs from {ref_text.file}", "content.lang_mismatch"
                    )
                )
        if {s.id for s in meta.sources} != {s.id for s in ref.sources}:
            problems.append(
                Problem(
                    file,
                    2,
                    "sources",
                    f"source ids differ from {ref_text.file}",
                    "content.lang_mismatch",
                )
            )
        mine = [s.id for s in texts[lang].sections]
        theirs = [s.id for s in ref_text.sections]
        if mine != theirs:
            problems.append(
                Problem(
                    file,
                    None,
                    "section",
                    f"section ids {mine} differ from {ref_text.file} {theirs}",
                    "content.lang_mismatch",
                )
            )
    return problems


def _name(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root.parent).as_posix()
    except ValueError:
        return str(path)


def load_catalogue(root: Path, *, deep: bool = True) -> Catalogue:
    """Every course folder under ``root``; never raises. ``deep``: see load_course_text."""
    courses: list[Course] = []
    unavailable: list[Unavailable] = []
    if not root.is_dir():
        return Catalogue((), ())
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        course, problems = load_course(folder, root, deep=deep)
        if course is None:
            unavailable.append(Unavailable(folder, tuple(problems)))
        else:
            courses.append(course)
    if deep:
        courses, dangling = _check_course_links(courses)
        unavailable += dangling
    return Catalogue(tuple(courses), tuple(unavailable))


def _check_course_links(courses: list[Course]) -> tuple[list[Course], list[Unavailable]]:
    known = {c.id: set(c.section_ids) for c in courses}
    good: list[Course] = []
    bad: list[Unavailable] = []
    for course in courses:
        problems = []
        for text in course.texts.values():
            blocks: list[tuple[str, str, int | None]] = [("introduction", text.intro_html, None)]
            blocks += [(f"section {s.id}", s.html, s.line) for s in text.sections]
            for field, html, line in blocks:
                for target in re.findall(r'href="course:([^"]*)"', html):
                    cid, _, sid = target.partition("#")
                    if cid not in known or (sid and sid not in known[cid]):
                        problems.append(Problem(text.file, line, field,
                                                f"link to unknown course:{target}",
                                                "content.link_course"))
        if problems:
            bad.append(Unavailable(course.folder, tuple(problems)))
        else:
            good.append(course)
    return good, bad


def check_courses(root: Path, *, shipped: bool = True) -> list[Problem]:
    """Every problem in the courses under ``root``; shipped courses need every language."""
    catalogue = load_catalogue(root)
    problems = [p for u in catalogue.unavailable for p in u.problems]
    if shipped:
        for course in catalogue.courses:
            for lang in LANGUAGES:
                if lang not in course.texts:
                    problems.append(
                        Problem(
                            _name(course.folder / f"{lang}.md", root),
                            None,
                            "",
                            f"missing the {lang} version",
                            "content.missing_lang",
                        )
                    )
    return problems

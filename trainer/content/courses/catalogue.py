"""Load the courses: one folder per course, one Markdown file per language.

:func:`load_catalogue` never raises: a course with problems is listed as *unavailable*
with its located problems, so the reader can show why, and the rest of the catalogue
works. :func:`check_courses` is what ``his-trainer content check`` runs.

May import: trainer.content.courses.*, trainer.errors, trainer.vocabulary, the standard
library.
"""

from __future__ import annotations

from pathlib import Path

from trainer.content.courses.checks import check_course_links, check_languages_agree
from trainer.content.courses.markdown import load_course_text
from trainer.content.courses.model import Catalogue, Course, CourseText, FrontMatter, Unavailable
from trainer.errors import ContentError, Problem
from trainer.vocabulary import LANGUAGES


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
    problems += check_languages_agree(metas, texts)
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
        courses, dangling = check_course_links(courses)
        unavailable += dangling
    return Catalogue(tuple(courses), tuple(unavailable))


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

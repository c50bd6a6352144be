"""The checks a course must pass beyond its structure: safe HTML, links and images that
resolve, citations of declared sources, languages that agree, links between courses.

Each returns located :class:`~trainer.errors.Problem` s; none raises.

May import: trainer.content.courses.model, trainer.content.markup, trainer.errors, the
standard library.
"""

from __future__ import annotations

import re
from pathlib import Path

from trainer.content.courses.model import Course, CourseText, FrontMatter, Unavailable
from trainer.content.markup import classify_link, image_path, inspect
from trainer.errors import Problem

CITATION = re.compile(r"\[((?:[A-Z]{1,3}\d{0,3})(?:\s*[,，;]\s*[A-Z]{1,3}\d{0,3})*)\](?!\()")


def check_html(
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


def check_citations(lines: list[str], meta: FrontMatter, file: str) -> list[Problem]:
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


def check_languages_agree(
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


def check_course_links(courses: list[Course]) -> tuple[list[Course], list[Unavailable]]:
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

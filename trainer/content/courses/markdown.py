"""One language file of a course: the YAML front matter and the ``##`` sections of the
Markdown body, each located by line (``docs/formats/course.md``).

May import: trainer.content.courses.model, trainer.content.courses.checks,
trainer.content.yamlsource, trainer.content.markup, trainer.errors, the standard library.
"""

from __future__ import annotations

import re
from pathlib import Path

from trainer.content.courses.checks import check_citations, check_html
from trainer.content.courses.model import CourseText, FrontMatter, Section
from trainer.content.markup import render
from trainer.content.yamlsource import load_yaml, read_text, validate
from trainer.errors import ContentError, Problem

SECTION_HEADING = re.compile(r"^##(?!#)\s*(?P<title>.*?)\s*(?:\{#(?P<id>[^}\s]*)\})?\s*$")


SECTION_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


FENCE = re.compile(r"^\s*(```|~~~)")


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


def split_sections(
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
    intro_md, parts, problems = split_sections(body, body_line, file)
    ids = {sid for sid, *_ in parts}
    if not parts:
        problems.append(
            Problem(file, body_line, "section", "no '##' sections", "content.no_sections")
        )
    blocks = [("introduction", intro_md, body_line)]
    blocks += [(f"section {sid}", md_text, line + 1) for sid, _title, md_text, line in parts]
    if deep:
        for field, md_text, first_line in blocks:
            problems += check_html(
                render(md_text), file, field, folder, ids, md_text.split("\n"), first_line
            )
    problems += check_citations(source.split("\n"), meta, file)
    sections = tuple(Section(sid, title, md_text, line) for sid, title, md_text, line in parts)
    text = CourseText(meta.lang, meta.title, meta.summary, meta.minutes, intro_md, sections, file)
    return meta, text, problems

"""Courses: loading and validating the course folders (``docs/formats/course.md``).

- :mod:`.model` — what a loaded course is (front matter, text per language, sections,
  the catalogue);
- :mod:`.markdown` — one language file: front matter and ``##`` sections, located by line;
- :mod:`.checks` — HTML, links, images, citations, languages that agree, course links;
- :mod:`.catalogue` — every course folder under a root, and ``content check``.

The names below are the package's public API; import them from here.

May import: pydantic, trainer.content.common, trainer.content.markup,
trainer.content.yamlsource, trainer.errors, trainer.vocabulary, the standard library.
"""

from trainer.content.courses.catalogue import check_courses, load_catalogue, load_course
from trainer.content.courses.markdown import load_course_text, parse_front_matter
from trainer.content.courses.model import (
    Catalogue,
    Course,
    CourseText,
    FrontMatter,
    Section,
    Unavailable,
    render_safe,
)

__all__ = [
    "Catalogue",
    "Course",
    "CourseText",
    "FrontMatter",
    "Section",
    "Unavailable",
    "check_courses",
    "load_catalogue",
    "load_course",
    "load_course_text",
    "parse_front_matter",
    "render_safe",
]

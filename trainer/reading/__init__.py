"""Reading: the course catalogue a person sees, opening courses, recording sections read,
resuming, and searching courses and the knowledge base.

Every function takes the acting :class:`~trainer.auth.session.Session` and raises
:class:`~trainer.errors.PermissionDenied` when that person may not do it; the GUI may
hide what a person cannot do, but the check is here. Results are plain frozen
dataclasses (no SQLAlchemy objects leave this package).

May import: trainer.auth, trainer.content, trainer.journal, trainer.errors,
trainer.vocabulary, trainer.resources, trainer.services (types only), the standard library.
"""

from trainer.reading.access import may_open
from trainer.reading.courses import (
    CatalogueView,
    CourseEntry,
    CourseView,
    SectionView,
    UnavailableCourse,
    catalogue_for,
    open_course,
    record_section_read,
)
from trainer.reading.search import parse_link, search_courses

__all__ = [
    "CatalogueView",
    "CourseEntry",
    "CourseView",
    "SectionView",
    "UnavailableCourse",
    "catalogue_for",
    "may_open",
    "open_course",
    "parse_link",
    "record_section_read",
    "search_courses",
]

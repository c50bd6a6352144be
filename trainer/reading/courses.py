"""The catalogue a person sees, opening a course, recording sections read, resuming.

Reading progress is the journal: each section a person marks as read is one
``course.section_read`` event (actor = their staff id, subject = the course id), appended
synchronously so that what the reader shows as read survives a crash. The
``course_progress`` projection answers "which sections, and where to resume".

May import: trainer.auth, trainer.content, trainer.journal, trainer.errors,
trainer.vocabulary, trainer.services (types only), the standard library.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.auth.session import Session
from trainer.content.courses import Course
from trainer.errors import TrainerError
from trainer.journal import NewEvent
from trainer.journal.projections.course_progress import (
    SECTION_READ,
    CourseProgress,
    progress_for,
)
from trainer.reading.access import may_open, require_course
from trainer.vocabulary import Module

if TYPE_CHECKING:
    from trainer.services import Services

log = logging.getLogger(__name__)

#: Kinds shown as the knowledge base rather than as training courses.
KNOWLEDGE_BASE_KINDS = ("faq", "shortcuts")


@dataclass(frozen=True)
class CourseEntry:
    """One line of the catalogue, with the person's progress."""

    course_id: str
    kind: str
    title: str
    summary: str
    minutes: int
    modules: tuple[Module, ...]
    sections_total: int
    sections_read: int
    resume_section: str
    resume_title: str  # the title of that section in the language asked for
    last_read: str | None

    @property
    def percent(self) -> int:
        return round(100 * self.sections_read / self.sections_total) if self.sections_total else 0


@dataclass(frozen=True)
class UnavailableCourse:
    """A course folder that failed its checks: shown with the reasons, not opened."""

    name: str
    problems: tuple[str, ...]


@dataclass(frozen=True)
class CatalogueView:
    courses: tuple[CourseEntry, ...]
    knowledge_base: tuple[CourseEntry, ...]
    unavailable: tuple[UnavailableCourse, ...]

    def get(self, course_id: str) -> CourseEntry | None:
        return next(
            (e for e in (*self.courses, *self.knowledge_base) if e.course_id == course_id), None
        )

    @property
    def last_read(self) -> CourseEntry | None:
        """The course the person read most recently, if any."""
        read = [e for e in (*self.courses, *self.knowledge_base) if e.last_read]
        return max(read, key=lambda e: e.last_read or "") if read else None


@dataclass(frozen=True)
class SectionView:
    id: str
    title: str
    html: str  # sanitised (nh3) when rendered


@dataclass(frozen=True)
class CourseView:
    """One course in one language, ready to show."""

    course_id: str
    kind: str
    version: int
    lang: str
    title: str
    summary: str
    intro_html: str
    sections: tuple[SectionView, ...]
    folder: Path  # images resolve inside this folder only
    sections_read: frozenset[str]
    resume_section: str

    def index_of(self, section_id: str) -> int | None:
        return next((i for i, s in enumerate(self.sections) if s.id == section_id), None)


def resume_at(section_ids: tuple[str, ...], progress: CourseProgress | None) -> str:
    """Where to continue: the first unread section after the last one read (else the
    first unread one, else the last read one); the first section for a new reader."""
    if not section_ids:
        return ""
    if progress is None:
        return section_ids[0]
    read = progress.sections_read
    start = 0
    if progress.resume_section in section_ids:
        start = section_ids.index(progress.resume_section) + 1
    for sid in (*section_ids[start:], *section_ids[:start]):
        if sid not in read:
            return sid
    return progress.resume_section or section_ids[0]


def _entry(course: Course, lang: str, progress: CourseProgress | None) -> CourseEntry:
    text = course.text(lang)
    ids = course.section_ids
    read = len(progress.sections_read & set(ids)) if progress else 0
    resume = resume_at(ids, progress)
    title = next((s.title for s in text.sections if s.id == resume), "")
    return CourseEntry(
        course.id,
        course.kind,
        text.title,
        text.summary,
        text.minutes,
        tuple(m for m in Module if m in course.modules),
        len(ids),
        read,
        resume,
        title,
        progress.last_read if progress else None,
    )


def catalogue_for(services: Services, session: Session, lang: str) -> CatalogueView:
    """The courses and knowledge base this person may open, with their progress, and
    every course that is unavailable with its reasons."""
    catalogue = services.catalogue()
    progress = progress_for(services.engine, session.staff_id)
    mine = [c for c in catalogue.courses if may_open(session, c)]
    # Courses for the person's own roles first, then the shared ones (information security).
    mine.sort(key=lambda c: (not (c.roles & session.roles), len(c.roles) > 1, c.id))
    entries = [_entry(c, lang, progress.get(c.id)) for c in mine]
    unavailable = tuple(
        UnavailableCourse(u.folder.name, tuple(str(p) for p in u.problems))
        for u in catalogue.unavailable
    )
    return CatalogueView(
        tuple(e for e in entries if e.kind not in KNOWLEDGE_BASE_KINDS),
        tuple(e for e in entries if e.kind in KNOWLEDGE_BASE_KINDS),
        unavailable,
    )


def _course(services: Services, course_id: str) -> Course:
    course = services.catalogue().get(course_id)
    if course is None:
        raise TrainerError("no such course", code="reading.no_course", course_id=course_id)
    return course


def open_course(services: Services, session: Session, course_id: str, lang: str) -> CourseView:
    """The course in ``lang`` (else Chinese), with the person's progress.

    Raises PermissionDenied if the course is not for this person, and TrainerError
    (``reading.no_course``) if it does not exist or is unavailable.
    """
    course = _course(services, course_id)
    require_course(session, course)
    text = course.text(lang)
    progress = progress_for(services.engine, session.staff_id).get(course.id)
    log.debug("%s opens %s (%s)", session.staff_id, course.id, text.lang)
    return CourseView(
        course.id,
        course.kind,
        course.version,
        text.lang,
        text.title,
        text.summary,
        text.intro_html,
        tuple(SectionView(s.id, s.title, s.html) for s in text.sections),
        course.folder,
        progress.sections_read if progress else frozenset(),
        resume_at(course.section_ids, progress),
    )


def record_section_read(
    services: Services, session: Session, course_id: str, section_id: str, lang: str
) -> frozenset[str]:
    """Journal that the person has read ``section_id`` (durable when this returns);
    returns the sections of the course they have now read."""
    course = _course(services, course_id)
    require_course(session, course)
    if section_id not in course.section_ids:
        raise TrainerError(
            "no such section", code="reading.no_section", course_id=course_id, section=section_id
        )
    services.journal.append(
        NewEvent(
            SECTION_READ.name,
            {
                "course_id": course.id,
                "section_id": section_id,
                "course_version": course.version,
                "lang": course.text(lang).lang,
            },
            actor_id=session.staff_id,
            subject_id=course.id,
        )
    )
    progress = progress_for(services.engine, session.staff_id).get(course.id)
    return progress.sections_read if progress else frozenset()


__all__ = [
    "CatalogueView",
    "CourseEntry",
    "CourseView",
    "SectionView",
    "UnavailableCourse",
    "catalogue_for",
    "open_course",
    "record_section_read",
    "resume_at",
]

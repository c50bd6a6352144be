"""Course progress: sections read per person and course, and where to resume.

Reads ``course.section_read``. Queries return plain frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, select
from sqlalchemy.dialects.sqlite import insert

from trainer.journal.events import Event, EventType, Payload, register
from trainer.store.models import CoursePosition, CourseSectionRead, table_of

SECTION = table_of(CourseSectionRead)
POSITION = table_of(CoursePosition)


class SectionRead(Payload):
    course_id: str
    section_id: str
    course_version: int
    lang: str


SECTION_READ = register(EventType("course.section_read", 1, SectionRead))


class CourseProgressProjection:
    name = "course_progress"
    event_types = frozenset({SECTION_READ.name})
    tables: tuple[Table, ...] = (SECTION, POSITION)

    def apply(self, conn: Connection, event: Event) -> None:
        data = event.data()
        staff = event.actor_id or ""
        at = event.time
        stmt = insert(SECTION).values(
            staff_id=staff,
            course_id=data["course_id"],
            section_id=data["section_id"],
            first_read=at,
            last_read=at,
            times_read=1,
            course_version=data["course_version"],
        )
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["staff_id", "course_id", "section_id"],
                set_={
                    "last_read": at,
                    "times_read": SECTION.c.times_read + 1,
                    "course_version": data["course_version"],
                },
            )
        )
        pos = insert(POSITION).values(
            staff_id=staff, course_id=data["course_id"], section_id=data["section_id"], at=at
        )
        conn.execute(
            pos.on_conflict_do_update(
                index_elements=["staff_id", "course_id"],
                set_={"section_id": data["section_id"], "at": at},
            )
        )


@dataclass(frozen=True)
class CourseProgress:
    course_id: str
    sections_read: frozenset[str]
    resume_section: str | None
    last_read: str | None


def progress_for(engine: Engine, staff_id: str) -> dict[str, CourseProgress]:
    """Every course ``staff_id`` has opened, with the sections read and where to resume."""
    read: dict[str, set[str]] = {}
    last: dict[str, str] = {}
    with engine.connect() as conn:
        for row in conn.execute(select(SECTION).where(SECTION.c.staff_id == staff_id)):
            read.setdefault(row.course_id, set()).add(row.section_id)
            last[row.course_id] = max(last.get(row.course_id, ""), row.last_read)
        positions: dict[str, Any] = {
            row.course_id: row.section_id
            for row in conn.execute(select(POSITION).where(POSITION.c.staff_id == staff_id))
        }
    return {
        course: CourseProgress(course, frozenset(sections), positions.get(course), last.get(course))
        for course, sections in read.items()
    }


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """All rows of this projection's tables, sorted: for comparing rebuilds."""
    with engine.connect() as conn:
        return {
            t.name: sorted(tuple(r) for r in conn.execute(select(t))) for t in (SECTION, POSITION)
        }

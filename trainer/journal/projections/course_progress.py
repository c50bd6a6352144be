"""Course progress: sections read per person and course, and where to resume.

Reads ``course.section_read``. Rows name events (first and last reading, the position's
event) rather than copying their times, so the service confirming an event (which gives
it the service's time) changes no row; times are read from the journal when queried.
Queries return plain frozen dataclasses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select

from trainer.journal.events import EventType, Payload, register
from trainer.journal.projections import Item
from trainer.journal.sql import Prepared, upsert
from trainer.store.models import CoursePosition, CourseSectionRead, JournalEvent, table_of

SECTION = table_of(CourseSectionRead)
POSITION = table_of(CoursePosition)
J = table_of(JournalEvent)


class SectionRead(Payload):
    course_id: str
    section_id: str
    course_version: int
    lang: str


SECTION_READ = register(EventType("course.section_read", 1, SectionRead))


def _section_upsert(conn: Connection) -> Any:
    stmt = upsert(conn, SECTION)
    return stmt.on_conflict_do_update(
        index_elements=["staff_id", "course_id", "section_id"],
        set_={"last_event": stmt.excluded.last_event,
              "times_read": SECTION.c.times_read + stmt.excluded.times_read,
              "course_version": stmt.excluded.course_version})


def _position_upsert(conn: Connection) -> Any:
    stmt = upsert(conn, POSITION)
    return stmt.on_conflict_do_update(
        index_elements=["staff_id", "course_id"],
        set_={"section_id": stmt.excluded.section_id, "event_id": stmt.excluded.event_id})


class CourseProgressProjection:
    name = "course_progress"
    version = 2
    event_types = frozenset({SECTION_READ.name})
    tables: tuple[Table, ...] = (SECTION, POSITION)

    def __init__(self) -> None:
        # compiled once per dialect, run with plain tuples (see trainer.journal.sql)
        self._sections = Prepared(_section_upsert, (
            "staff_id", "course_id", "section_id", "first_event", "last_event", "times_read",
            "course_version"))
        self._positions = Prepared(_position_upsert,
                                   ("staff_id", "course_id", "section_id", "event_id"))

    def apply_all(self, conn: Connection, items: Sequence[Item]) -> None:
        """Fold the run of readings, then write each touched row once."""
        sections: dict[tuple[str, str, str], list[Any]] = {}
        positions: dict[tuple[str, str], tuple[str, str]] = {}
        for item in items:
            data, event_id = item.data, item.event.event_id
            staff = item.event.actor_id or ""
            course, section = data["course_id"], data["section_id"]
            row = sections.get((staff, course, section))
            if row is None:
                sections[(staff, course, section)] = [event_id, event_id, 1,
                                                      data["course_version"]]
            else:
                row[1] = event_id
                row[2] += 1
                row[3] = data["course_version"]
            positions[(staff, course)] = (section, event_id)
        self._sections.executemany(conn, [(*key, *row) for key, row in sections.items()])
        self._positions.executemany(conn, [(*key, *row) for key, row in positions.items()])


@dataclass(frozen=True)
class CourseProgress:
    course_id: str
    sections_read: frozenset[str]
    resume_section: str | None
    last_read: str | None


def _time(alias: Any) -> Any:
    return func.coalesce(alias.c.server_time, alias.c.device_time)


def progress_for(engine: Engine, staff_id: str) -> dict[str, CourseProgress]:
    """Every course ``staff_id`` has opened, with the sections read and where to resume."""
    read: dict[str, set[str]] = {}
    last: dict[str, str] = {}
    latest = J.alias("latest")
    query = (select(SECTION.c.course_id, SECTION.c.section_id, _time(latest))
             .join(latest, latest.c.event_id == SECTION.c.last_event)
             .where(SECTION.c.staff_id == staff_id))
    with engine.connect() as conn:
        for course_id, section_id, at in conn.execute(query):
            read.setdefault(course_id, set()).add(section_id)
            last[course_id] = max(last.get(course_id, ""), at)
        positions: dict[str, Any] = {
            row.course_id: row.section_id
            for row in conn.execute(select(POSITION).where(POSITION.c.staff_id == staff_id))
        }
    return {
        course: CourseProgress(course, frozenset(sections), positions.get(course), last.get(course))
        for course, sections in read.items()
    }


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """All rows of this projection's tables with the events' times resolved, sorted: for
    comparing rebuilds and workstations (times included, as people see them)."""
    first, latest, at = J.alias("first"), J.alias("latest"), J.alias("at")
    sections = (select(SECTION.c.staff_id, SECTION.c.course_id, SECTION.c.section_id,
                       _time(first), _time(latest), SECTION.c.times_read,
                       SECTION.c.course_version)
                .join(first, first.c.event_id == SECTION.c.first_event)
                .join(latest, latest.c.event_id == SECTION.c.last_event))
    positions = (select(POSITION.c.staff_id, POSITION.c.course_id, POSITION.c.section_id,
                        _time(at)).join(at, at.c.event_id == POSITION.c.event_id))
    with engine.connect() as conn:
        return {SECTION.name: sorted(tuple(r) for r in conn.execute(sections)),
                POSITION.name: sorted(tuple(r) for r in conn.execute(positions))}

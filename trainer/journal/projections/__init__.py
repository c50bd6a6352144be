"""Projections: state derived deterministically from the journal.

A projection names the event types it reads, the tables it owns, and ``apply``, which
updates its tables for one event inside the journal's transaction. ``rebuild`` empties
the tables and applies every event again in canonical order; the result must equal the
incrementally maintained state (a property test checks this).
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import Connection, Table

from trainer.journal.events import Event
from trainer.journal.projections.course_progress import CourseProgressProjection


class Projection(Protocol):
    name: str
    event_types: frozenset[str]
    tables: tuple[Table, ...]

    def apply(self, conn: Connection, event: Event) -> None: ...


PROJECTIONS: tuple[Projection, ...] = (CourseProgressProjection(),)

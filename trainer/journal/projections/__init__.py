"""Projections: state derived deterministically from the journal in canonical order.

A projection names the event types it reads, the tables it owns, a ``version`` (raise it
when its rows would come out differently: the engine then rebuilds), and applies events
**in bulk**: ``apply_all(conn, items)`` gets a run of events in canonical order, each with
its payload already read and validated (:class:`Item`), and should fold them in Python and
write each touched row once, with statements it builds once and reuses. A projection
written for one event at a time (``apply(conn, event)``) still works, more slowly.

Rules, so that the engine (:mod:`trainer.journal.projector`) can avoid re-projecting:
the result may depend only on the events and their order — never on their *time* copied
into a row (a confirmation by the service changes an event's time but not its place;
store the event id and read its time when queried, see ``course_progress``).

May import: SQLAlchemy, trainer.store, trainer.journal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, Protocol

from sqlalchemy import Connection, Table

from trainer.journal.events import Event


class Item(NamedTuple):
    """An event with its payload, read and upcast to the current schema version."""

    event: Event
    data: dict[str, Any]


class Projection(Protocol):
    name: str
    event_types: frozenset[str]
    tables: tuple[Table, ...]


Apply = Callable[[Connection, Sequence[Item]], None]


def bulk_apply(projection: Projection) -> Apply:
    """The projection's ``apply_all``, or its one-event ``apply`` called per item."""
    apply_all = getattr(projection, "apply_all", None)
    if apply_all is not None:
        return apply_all  # type: ignore[no-any-return]
    apply_one = projection.apply  # type: ignore[attr-defined]

    def each(conn: Connection, items: Sequence[Item]) -> None:
        for item in items:
            apply_one(conn, item.event)

    return each


def _default() -> tuple[Projection, ...]:
    from trainer.journal.projections.course_progress import CourseProgressProjection

    return (CourseProgressProjection(),)


PROJECTIONS: tuple[Projection, ...] = _default()

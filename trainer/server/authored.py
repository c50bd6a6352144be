"""Events the theory grading writes (results: ``exam.graded``, the grading flags), in the
shape it builds them; stored by the service's one writer, :func:`trainer.server.authority.write`.

They go into the same ``event`` table as pushed events, under the device id
:data:`SERVICE_DEVICE` (no workstation may enrol under it: ``trainer.server.models``), with
numbers from the service's own sequence, and a ``server_seq`` taken under the same advisory
lock as ingest (:data:`trainer.server.schema.SEQ_LOCK`) — so no pull cursor can pass them
before they commit. Pull then carries them to every workstation whose scope holds their
subject.

May import: sqlalchemy, trainer.server.authority, trainer.journal.events, the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from trainer.journal.events import NewEvent
from trainer.server.authority import SERVICE_DEVICE as AUTHORITY_DEVICE

#: The device id of events the service wrote (never a workstation's).
SERVICE_DEVICE = AUTHORITY_DEVICE


@dataclass(frozen=True)
class ServiceEvent:
    type: str
    payload: dict[str, Any]
    subject_id: str | None
    actor_id: str | None = None
    schema_version: int = 1


def write(conn: Connection, *events: ServiceEvent) -> list[str]:
    """Store ``events`` in the caller's transaction; returns their event ids. One writer
    for everything the service says (:func:`trainer.server.authority.write`: payloads
    validated, numbers from the ``service_event_seq`` sequence under the ingest lock)."""
    from trainer.server.authority import write as write_events

    made = [NewEvent(e.type, e.payload, actor_id=e.actor_id, subject_id=e.subject_id)
            for e in events]
    write_events(conn, *made)
    return [m.event_id for m in made]

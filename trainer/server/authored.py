"""Events the service writes itself (results: ``exam.graded``, the grading flags).

They go into the same ``event`` table as pushed events, under the device id
:data:`SERVICE_DEVICE` (no workstation may enrol under it: ``trainer.server.models``), with
the next numbers of that id's gap-free counter, and a ``server_seq`` taken under the same
advisory lock as ingest (:data:`trainer.server.schema.SEQ_LOCK`) — so no pull cursor can
pass them before they commit. Pull then carries them to every workstation whose scope
holds their subject.

May import: sqlalchemy, trainer.server.schema, trainer.journal.events, the standard library.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from trainer.journal.events import now_iso
from trainer.server.schema import SEQ_LOCK

#: The device id of events the service wrote (never a workstation's).
SERVICE_DEVICE = "service"

INSERT = text("""
INSERT INTO event (server_seq, event_id, device_id, device_seq, type, schema_version,
                   actor_id, subject_id, payload, device_time, server_time, clock_skew_s)
VALUES (nextval('event_server_seq'), :event_id, :device_id, :device_seq, :type, :version,
        :actor_id, :subject_id, :payload, :time, :time, NULL)
RETURNING server_seq
""")


@dataclass(frozen=True)
class ServiceEvent:
    type: str
    payload: dict[str, Any]
    subject_id: str | None
    actor_id: str | None = None
    schema_version: int = 1


def write(conn: Connection, *events: ServiceEvent) -> list[str]:
    """Store ``events`` in the caller's transaction; returns their event ids."""
    if not events:
        return []
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SEQ_LOCK})
    seq = int(conn.scalar(text("SELECT coalesce(max(device_seq), 0) FROM event "
                               "WHERE device_id = :d"), {"d": SERVICE_DEVICE}) or 0)
    at = now_iso()
    ids = []
    for offset, made in enumerate(events, start=1):
        event_id = str(uuid.uuid4())
        conn.execute(INSERT, {
            "event_id": event_id, "device_id": SERVICE_DEVICE, "device_seq": seq + offset,
            "type": made.type, "version": made.schema_version, "actor_id": made.actor_id,
            "subject_id": made.subject_id, "time": at,
            "payload": json.dumps(made.payload, ensure_ascii=False, separators=(",", ":"))})
        ids.append(event_id)
    return ids

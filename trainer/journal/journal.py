"""Append events durably and read them back in the canonical order.

Canonical order (what every projection sees): events the server has sequenced, by
``server_seq``; then events still pending here, in local insertion order. Appends take
the write lock first (``BEGIN IMMEDIATE``), allocate ``device_seq`` from the counter,
insert, apply the projections and commit — all in one transaction, so a crash loses
either the whole append or nothing, and ``device_seq`` has no gaps.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Row, delete, func, insert, select, update

from trainer.errors import JournalError
from trainer.journal.events import Event, NewEvent, now_iso
from trainer.journal.projections import PROJECTIONS, Projection
from trainer.store.models import DeviceCounter, JournalEvent, ProfileMeta, table_of

log = logging.getLogger(__name__)

J = table_of(JournalEvent)


def row_to_event(row: Row[Any]) -> Event:
    m = row._mapping
    return Event(
        event_id=m["event_id"],
        local_order=m["local_order"],
        device_id=m["device_id"],
        device_seq=m["device_seq"],
        type=m["type"],
        schema_version=m["schema_version"],
        actor_id=m["actor_id"],
        subject_id=m["subject_id"],
        payload=m["payload"],
        device_time=m["device_time"],
        server_seq=m["server_seq"],
        server_time=m["server_time"],
    )


def canonical_order() -> tuple[Any, ...]:
    return (J.c.server_seq.is_(None), J.c.server_seq, J.c.local_order)


class Journal:
    """The event log of one profile, with its projections kept up to date."""

    def __init__(self, engine: Engine, projections: Sequence[Projection] = PROJECTIONS) -> None:
        self.engine = engine
        self.projections = tuple(projections)
        self.device_id = self._ensure_device_id()

    def _ensure_device_id(self) -> str:
        with self.engine.begin() as conn:
            value = conn.scalar(select(ProfileMeta.value).where(ProfileMeta.key == "device_id"))
            if value is None:
                value = str(uuid.uuid4())
                conn.execute(insert(ProfileMeta).values(key="device_id", value=value))
                conn.execute(insert(ProfileMeta).values(key="created_at", value=now_iso()))
                log.info("new profile: device %s", value)
            return value

    def append(self, *events: NewEvent) -> list[Event]:
        """Store ``events`` in one transaction; when this returns they survive a crash."""
        if not events:
            return []
        prepared = [(e, *e.payload_text()) for e in events]
        with self.engine.begin() as conn:
            return self._append_in(conn, prepared)

    def _append_in(
        self, conn: Connection, prepared: list[tuple[NewEvent, int, str]]
    ) -> list[Event]:
        last = conn.scalar(
            select(DeviceCounter.last_seq).where(DeviceCounter.device_id == self.device_id)
        )
        if last is None:
            last = 0
            conn.execute(insert(DeviceCounter).values(device_id=self.device_id, last_seq=0))
        order = conn.scalar(select(func.coalesce(func.max(J.c.local_order), 0))) or 0
        stored = []
        for offset, (new, version, text) in enumerate(prepared, start=1):
            stored.append(
                Event(
                    event_id=new.event_id,
                    local_order=order + offset,
                    device_id=self.device_id,
                    device_seq=last + offset,
                    type=new.type,
                    schema_version=version,
                    actor_id=new.actor_id,
                    subject_id=new.subject_id,
                    payload=text,
                    device_time=new.device_time,
                )
            )
        conn.execute(insert(J), [_row(e) for e in stored])
        conn.execute(
            update(DeviceCounter)
            .where(DeviceCounter.device_id == self.device_id)
            .values(last_seq=last + len(stored))
        )
        for event in stored:
            self._project(conn, event)
        return stored

    def _project(self, conn: Connection, event: Event) -> None:
        for projection in self.projections:
            if event.type in projection.event_types:
                projection.apply(conn, event)

    def events(
        self, *, type: str | None = None, types: Iterable[str] | None = None,
        subject_id: str | None = None, actor_id: str | None = None
    ) -> Iterator[Event]:
        """Events in canonical order, optionally filtered (``types``: any of these)."""
        query = select(J).order_by(*canonical_order())
        if type is not None:
            query = query.where(J.c.type == type)
        if types is not None:
            query = query.where(J.c.type.in_(list(types)))
        if subject_id is not None:
            query = query.where(J.c.subject_id == subject_id)
        if actor_id is not None:
            query = query.where(J.c.actor_id == actor_id)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield row_to_event(row)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(J)) or 0)

    def rebuild(self) -> int:
        """Recompute every projection from the journal; returns the events replayed."""
        replayed = 0
        with self.engine.begin() as conn:
            for projection in self.projections:
                for table in projection.tables:
                    conn.execute(delete(table))
            for row in conn.execute(select(J).order_by(*canonical_order())):
                self._project(conn, row_to_event(row))
                replayed += 1
        log.info("rebuilt %d projections from %d events", len(self.projections), replayed)
        return replayed

    def check(self) -> list[str]:
        """Integrity findings (empty when sound): SQLite's own check, and that this
        profile's own events under its current device id run 1..counter without a gap.

        Events of other devices (pulled by sync) and of retired device ids (a restored
        profile re-enrolled) are partial here by design and are not checked for gaps.
        """
        findings: list[str] = []
        with self.engine.connect() as conn:
            result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if result != ["ok"]:
                findings.extend(f"integrity: {r}" for r in result)
            device = conn.scalar(select(ProfileMeta.value).where(ProfileMeta.key == "device_id"))
            last = conn.scalar(select(DeviceCounter.last_seq)
                               .where(DeviceCounter.device_id == device)) or 0
            count, low, high = conn.execute(
                select(func.count(), func.min(J.c.device_seq), func.max(J.c.device_seq))
                .where(J.c.device_id == device)).one()
            gap_free = count == last and (count == 0 or (low == 1 and high == count))
            if not gap_free:
                findings.append(f"device {device}: {count} events, seq {low}..{high}, "
                                f"counter {last}")
        return findings

def _row(event: Event) -> dict[str, Any]:
    if not event.type:
        raise JournalError("event without type", code="journal.no_type")
    return {
        "event_id": event.event_id,
        "local_order": event.local_order,
        "device_id": event.device_id,
        "device_seq": event.device_seq,
        "type": event.type,
        "schema_version": event.schema_version,
        "actor_id": event.actor_id,
        "subject_id": event.subject_id,
        "payload": event.payload,
        "device_time": event.device_time,
        "server_seq": None,
        "server_time": None,
    }

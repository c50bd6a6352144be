"""Append events durably and read them back in the canonical order.

Canonical order (what every projection sees): events the server has sequenced, by
``server_seq``; then events still pending here, in local insertion order. Appends take
the write lock first (``BEGIN IMMEDIATE``), allocate ``device_seq`` from the counter,
insert, apply the projections (:mod:`trainer.journal.projector`) and commit — all in one
transaction, so a crash loses either the whole append or nothing, and ``device_seq`` has
no gaps.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Row, func, insert, select, update
from sqlalchemy.exc import DatabaseError

from trainer.errors import JournalError
from trainer.journal import quarantine
from trainer.journal.changes import Changes
from trainer.journal.events import Event, NewEvent, now_iso
from trainer.journal.projections import PROJECTIONS, Projection
from trainer.journal.projector import COLUMNS, Projector, canonical_order
from trainer.journal.sql import Prepared
from trainer.store.damage import damaged, integrity, is_damage
from trainer.store.models import DeviceCounter, JournalEvent, ProfileMeta, table_of

log = logging.getLogger(__name__)

J = table_of(JournalEvent)
#: The journal's insert, compiled once; rows are tuples in :data:`COLUMNS` order.
INSERT = Prepared(lambda conn: insert(J), [c.name for c in COLUMNS])

__all__ = ["Appended", "Journal", "canonical_order", "row_to_event"]


def row_to_event(row: Row[Any]) -> Event:
    m = row._mapping
    return Event.from_row([m[c.name] for c in COLUMNS])


class Appended(list[Event]):
    """The events stored by one append, and what the projections applied with them
    (``changes``: their types, and any pulled events taken along)."""

    def __init__(self, events: Iterable[Event], changes: Changes) -> None:
        super().__init__(events)
        self.changes = changes


class Journal:
    """The event log of one profile, with its projections kept up to date."""

    def __init__(self, engine: Engine, projections: Sequence[Projection] = PROJECTIONS) -> None:
        self.engine = engine
        self.projections = tuple(projections)
        self.projector = Projector(self.projections)
        self.device_id = self._open()

    def _open(self) -> str:
        try:
            return self._open_in()
        except DatabaseError as exc:
            if is_damage(exc):
                raise damaged(Path(self.engine.url.database or ""), exc) from exc
            raise

    def _open_in(self) -> str:
        with self.engine.begin() as conn:
            value = conn.scalar(select(ProfileMeta.value).where(ProfileMeta.key == "device_id"))
            if value is None:
                value = str(uuid.uuid4())
                conn.execute(insert(ProfileMeta).values(key="device_id", value=value))
                conn.execute(insert(ProfileMeta).values(key="created_at", value=now_iso()))
                log.info("new profile: device %s", value)
            self.projector.ensure(conn)
            return value

    def append(self, *events: NewEvent) -> Appended:
        """Store ``events`` in one transaction; when this returns they survive a crash."""
        if not events:
            return Appended([], Changes())
        prepared = [(e, *e.payload_text()) for e in events]
        with self.engine.begin() as conn:
            return self._append_in(conn, prepared)

    def _append_in(
        self, conn: Connection, prepared: list[tuple[NewEvent, int, str]]
    ) -> Appended:
        last = conn.scalar(
            select(DeviceCounter.last_seq).where(DeviceCounter.device_id == self.device_id)
        )
        if last is None:
            last = 0
            conn.execute(insert(DeviceCounter).values(device_id=self.device_id, last_seq=0))
        order = conn.scalar(select(func.coalesce(func.max(J.c.local_order), 0))) or 0
        stored = [
            Event(event_id=new.event_id, local_order=order + offset, device_id=self.device_id,
                  device_seq=last + offset, type=new.type, schema_version=version,
                  actor_id=new.actor_id, subject_id=new.subject_id, payload=text,
                  device_time=new.device_time)
            for offset, (new, version, text) in enumerate(prepared, start=1)
        ]
        INSERT.executemany(conn, [_row(e) for e in stored])
        conn.execute(
            update(DeviceCounter)
            .where(DeviceCounter.device_id == self.device_id)
            .values(last_seq=last + len(stored))
        )
        payloads = [dict(new.payload) for new, _, _ in prepared]
        return Appended(stored, self.projector.append(conn, stored, payloads))

    def events(
        self, *, type: str | None = None, types: Iterable[str] | None = None,
        subject_id: str | None = None, actor_id: str | None = None,
        quarantined: bool = False,
    ) -> Iterator[Event]:
        """Events in canonical order, optionally filtered (``types``: any of these).

        Events set aside in the quarantine (unreadable here) are left out unless
        ``quarantined`` is True: every reader may call :meth:`Event.data` safely.
        """
        query = select(*COLUMNS).order_by(*canonical_order())
        if type is not None:
            query = query.where(J.c.type == type)
        if types is not None:
            query = query.where(J.c.type.in_(list(types)))
        if subject_id is not None:
            query = query.where(J.c.subject_id == subject_id)
        if actor_id is not None:
            query = query.where(J.c.actor_id == actor_id)
        if not quarantined:
            query = query.where(J.c.event_id.not_in(quarantine.ids_query()))
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield Event.from_row(row)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(J)) or 0)

    def rebuild(self) -> int:
        """Recompute every projection from the journal; returns the events replayed.

        A damaged file is refused first (store.corrupt): replaying what can still be
        read would pass off a partial history as the whole.
        """
        path = Path(self.engine.url.database or "")
        found = integrity(path, quick=True)
        if found:
            raise damaged(path, Exception(found[0]))
        with self.engine.begin() as conn:
            outcome = self.projector.rebuild(conn)
        log.info("rebuilt %d projections from %d events", len(self.projections),
                 outcome.applied)
        return outcome.applied

    def catch_up(self, conn: Connection) -> Changes:
        """Bring the projections up to date in ``conn``'s transaction (after a pull or a
        confirmation), moving the confirmed checkpoint up when nothing is pending."""
        return self.projector.catch_up(conn, settle=True).changes

    def quarantined(self) -> list[quarantine.QuarantinedEvent]:
        """Events set aside because they cannot be read here (callers check roles)."""
        return quarantine.quarantined(self.engine)

    def check(self) -> list[str]:
        """Integrity findings (empty when sound): SQLite's own check, and that this
        profile's own events under its current device id run 1..counter without a gap.

        Events of other devices (pulled by sync) and of retired device ids (a restored
        profile re-enrolled) are partial here by design and are not checked for gaps.
        Events set aside in the quarantine are listed by :meth:`quarantined`.
        """
        path = Path(self.engine.url.database or "")
        findings = [f"integrity: {r}" for r in integrity(path)]
        if findings:
            return findings  # counting events in a damaged file would only fail
        with self.engine.connect() as conn:
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


def _row(event: Event) -> tuple[Any, ...]:
    if not event.type:
        raise JournalError("event without type", code="journal.no_type")
    return (event.event_id, event.local_order, event.device_id, event.device_seq, event.type,
            event.schema_version, event.actor_id, event.subject_id, event.payload,
            event.device_time, event.server_seq, event.server_time)

"""The outbox: events written here and not yet acknowledged, in ``device_seq`` order.

Re-stamping (restored or copied profiles): pending events whose ``device_id`` is not the
profile's current one — left from before a re-enrolment, or appended by a process that
still had the old id — get the current id and the next ``device_seq`` values of its
gap-free counter, in local order, in one transaction. Their ``event_id`` stays: if the
service already holds one of them (received under the old id), it recognises it and the
new id's mark passes over it, so nothing is lost and nothing is stored twice.

May import: sqlalchemy, trainer.store, trainer.journal.sql, trainer.sync.wire, the standard
library.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.dialects.sqlite import insert

from trainer.journal.sql import bulk
from trainer.store.models import DeviceCounter, JournalEvent, table_of
from trainer.sync.wire import ENVELOPE

J = table_of(JournalEvent)
SENT = ENVELOPE


def restamp(conn: Connection, device_id: str) -> int:
    """Move pending events written under another device id to ``device_id``. Only ids
    this profile ever wrote under can have any (each has its counter): usually none, and
    then the pending events are not searched at all."""
    others = conn.scalars(select(DeviceCounter.device_id)
                          .where(DeviceCounter.device_id != device_id)).all()
    if not others:
        return 0
    strays = conn.scalars(
        select(J.c.event_id)
        .where(J.c.server_seq.is_(None), J.c.device_id.in_(others))
        .order_by(J.c.local_order)
    ).all()
    if not strays:
        return 0
    last = conn.scalar(select(DeviceCounter.last_seq).where(DeviceCounter.device_id == device_id))
    last = last or 0
    for offset, event_id in enumerate(strays, start=1):
        conn.execute(update(J).where(J.c.event_id == event_id)
                     .values(device_id=device_id, device_seq=last + offset))
    stmt = insert(DeviceCounter).values(device_id=device_id, last_seq=last + len(strays))
    conn.execute(stmt.on_conflict_do_update(index_elements=["device_id"],
                                            set_={"last_seq": last + len(strays)}))
    return len(strays)


def send_from(conn: Connection, device_id: str, mark: int) -> int:
    """Where the push starts: after the service's mark — or before it, at the first of
    this device's events still unacknowledged here: either its answer was lost (sending
    it again is harmless) or another profile wrote that number as this device, which only
    the service can tell (it refuses the batch: a copy)."""
    first = conn.scalar(select(func.min(J.c.device_seq)).where(
        J.c.device_id == device_id, J.c.server_seq.is_(None)))
    return mark if first is None else min(mark, int(first) - 1)


def batch(conn: Connection, device_id: str, after: int, limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` of this device's events after ``after``, as sent to the service."""
    return [dict(zip(SENT, row, strict=True)) for row in _rows(conn, device_id, after, limit)]


def batch_columns(conn: Connection, device_id: str, after: int, limit: int
                  ) -> dict[str, list[Any]]:
    """:func:`batch` as columns (``wire.SENT`` and ``device_id``), as a push carries them:
    no row is made into a dict on the way."""
    rows = _rows(conn, device_id, after, limit)
    return {name: list(values) for name, values in zip(
        SENT, zip(*rows, strict=True) if rows else [() for _ in SENT], strict=True)}


def _rows(conn: Connection, device_id: str, after: int, limit: int) -> list[Any]:
    cursor = conn.connection.cursor()  # the driver's own: no per-row work in SQLAlchemy
    try:
        with bulk():  # 10,000s of tuples that are not garbage
            return list(cursor.execute(
                f"SELECT {', '.join(SENT)} FROM journal_event WHERE device_id = ? "
                "AND device_seq > ? ORDER BY device_seq LIMIT ?", (device_id, after, limit)
            ).fetchall())
    finally:
        cursor.close()


def apply_acks(conn: Connection, acks: list[list[Any]]) -> int:
    """Fill ``server_seq``/``server_time`` of acknowledged events; returns rows changed."""
    if not acks:
        return 0
    cursor = conn.exec_driver_sql(
        "UPDATE journal_event SET server_seq = ?, server_time = ? "
        "WHERE event_id = ? AND server_seq IS NULL",
        [(int(seq), str(at), str(eid)) for eid, seq, at in acks],
    )
    return int(cursor.rowcount or 0)


def apply_ranges(conn: Connection, device_id: str, ranges: list[list[Any]]) -> int:
    """Acknowledgements by range (see ``trainer.server.ingest._compact``): the events of
    this device numbered ``first..last`` — exactly the batch sent — get consecutive
    ``server_seq`` values."""
    changed = 0
    for first, last, first_server_seq, at in ranges:
        result = conn.exec_driver_sql(
            "UPDATE journal_event SET server_seq = ? + (device_seq - ?), server_time = ? "
            # "+": the (device_id, device_seq) index, not every pending event's
            "WHERE device_id = ? AND device_seq BETWEEN ? AND ? AND +server_seq IS NULL",
            (int(first_server_seq), int(first), str(at), device_id, int(first), int(last)))
        changed += int(result.rowcount or 0)
    return changed


def last_seq(conn: Connection, device_id: str) -> int:
    value = conn.scalar(select(DeviceCounter.last_seq).where(DeviceCounter.device_id == device_id))
    return int(value or 0)

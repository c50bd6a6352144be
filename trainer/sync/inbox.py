"""The inbox: events pulled from the service, the roster it sends, and the projections.

Pulled events are inserted with their ``server_seq``/``server_time``; one this profile
already holds (its own, whose acknowledgement was lost) only gets those two filled in.
The cursor is written by the caller in the same transaction.

The projections are brought up to date afterwards by :mod:`trainer.sync.projecting` (the
journal's projection engine); what they applied is reported as :class:`Changes`, see
:func:`changes_of`.

May import: sqlalchemy, trainer.journal, trainer.store, the standard library.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from trainer.journal.changes import Changes
from trainer.journal.journal import INSERT
from trainer.store.models import (
    DeviceCounter,
    JournalEvent,
    Staff,
    StaffDepartment,
    StaffRole,
    SyncScope,
    table_of,
)

J = table_of(JournalEvent)
PULLED = ("event_id", "device_id", "device_seq", "type", "schema_version", "actor_id",
          "subject_id", "payload", "device_time", "server_seq", "server_time")


def insert_events(conn: Connection, events: list[dict[str, Any]]
                  ) -> tuple[list[dict[str, Any]], int]:
    """Store pulled events; returns those new here and how many pending ones they acked."""
    if not events:
        return [], 0
    ids = [e["event_id"] for e in events]
    known: set[str] = set()
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        known.update(conn.scalars(select(J.c.event_id).where(J.c.event_id.in_(chunk))))
    acks = [(e["server_seq"], e["server_time"], e["event_id"]) for e in events
            if e["event_id"] in known]
    acked = 0
    if acks:
        result = conn.exec_driver_sql(
            "UPDATE journal_event SET server_seq = ?, server_time = ? "
            "WHERE event_id = ? AND server_seq IS NULL", acks)
        acked = int(result.rowcount or 0)
    new = [e for e in events if e["event_id"] not in known]
    if new:
        order = int(conn.scalar(select(func.coalesce(func.max(J.c.local_order), 0))) or 0)
        INSERT.executemany(conn, [
            (e["event_id"], order + i, e["device_id"], e["device_seq"], e["type"],
             e["schema_version"], e["actor_id"], e["subject_id"], e["payload"],
             e["device_time"], e["server_seq"], e["server_time"])
            for i, e in enumerate(new, start=1)
        ])
        _raise_counters(conn, {e["device_id"] for e in new})
    return new, acked


def changes_of(events: list[dict[str, Any]]) -> Changes:
    """The event types (and staff) of pulled events, for the GUI's change broadcast."""
    return Changes.of_rows(events)


def _raise_counters(conn: Connection, device_ids: set[str]) -> None:
    """A device id this profile once wrote as must never hand out a number the service
    already holds (a restored profile getting its own lost events back)."""
    for device_id in device_ids:
        top = conn.scalar(select(func.max(J.c.device_seq)).where(J.c.device_id == device_id))
        conn.execute(update(DeviceCounter).where(
            DeviceCounter.device_id == device_id, DeviceCounter.last_seq < top)
            .values(last_seq=top))


def apply_roster(conn: Connection, people: list[dict[str, Any]], *, authoritative: bool) -> None:
    """The service's roster for this workstation's scope replaces the local rows; people
    outside the scope can no longer log in here (networked mode: the server decides)."""
    ids = [p["staff_id"] for p in people]
    for person in people:
        upsert_person(conn, person)
    if authoritative:
        conn.execute(update(Staff).where(Staff.staff_id.not_in(ids)).values(active=False))


def upsert_person(conn: Connection, person: dict[str, Any]) -> None:
    sid = person["staff_id"]
    values = {k: person[k] for k in ("name", "active", "password_hash", "must_change_password",
                                     "password_changed_at", "created_at")}
    if conn.scalar(select(Staff.staff_id).where(Staff.staff_id == sid)) is None:
        conn.execute(insert(Staff).values(staff_id=sid, **values))
    else:
        conn.execute(update(Staff).where(Staff.staff_id == sid).values(**values))
    conn.execute(delete(StaffRole).where(StaffRole.staff_id == sid))
    for role in person["roles"]:
        conn.execute(insert(StaffRole).values(staff_id=sid, role=role))
    conn.execute(delete(StaffDepartment).where(StaffDepartment.staff_id == sid))
    for department, since, until in person["departments"]:
        conn.execute(insert(StaffDepartment).values(
            staff_id=sid, department=department, since=since, until=until))


def scoped(conn: Connection) -> set[str]:
    return set(conn.scalars(select(SyncScope.staff_id)))


def forget_out_of_scope(conn: Connection, scope: list[str]) -> None:
    """People who left this PC's scope: if they come back, their history while away is
    back-filled again (the pull cursor moved past it)."""
    conn.execute(delete(SyncScope).where(SyncScope.staff_id.not_in(scope)))


def mark_scoped(conn: Connection, staff_ids: list[str], at: str) -> None:
    have = scoped(conn)
    for sid in staff_ids:
        if sid not in have:
            conn.execute(insert(SyncScope).values(staff_id=sid, backfilled_at=at))

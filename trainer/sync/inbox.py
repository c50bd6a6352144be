"""The inbox: events pulled from the service, the roster it sends, and the projections.

Pulled events are inserted with their ``server_seq``/``server_time``; one this profile
already holds (its own, whose acknowledgement was lost) only gets those two filled in.
The cursor is written by the caller in the same transaction.

Pulled events of types no projection reads are examined as they arrive (one that cannot
be read is set aside in the quarantine at once, so the audit log never meets it); the
projections are brought up to date afterwards by :mod:`trainer.sync.projecting` (the
journal's projection engine); what they applied is reported as :class:`Changes`, see
:func:`changes_of`.

May import: sqlalchemy, trainer.journal, trainer.store, the standard library.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from trainer.journal import quarantine
from trainer.journal.changes import Changes
from trainer.journal.events import Event
from trainer.journal.journal import INSERT
from trainer.journal.projections import PROJECTIONS
from trainer.journal.sql import bulk, upsert
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
STAFF = table_of(Staff)
PULLED = ("event_id", "device_id", "device_seq", "type", "schema_version", "actor_id",
          "subject_id", "payload", "device_time", "server_seq", "server_time")


def insert_events(conn: Connection, events: list[dict[str, Any]]
                  ) -> tuple[list[dict[str, Any]], int]:
    """Store pulled events; returns those new here and how many pending ones they acked."""
    if not events:
        return [], 0
    with bulk():
        return _insert(conn, events)


def _insert(conn: Connection, events: list[dict[str, Any]]
            ) -> tuple[list[dict[str, Any]], int]:
    ids = [e["event_id"] for e in events]
    known: set[str] = set()
    for start in range(0, len(ids), 900):  # plain SQL: no per-value work in SQLAlchemy
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        known.update(row[0] for row in conn.exec_driver_sql(
            f"SELECT event_id FROM journal_event WHERE event_id IN ({marks})", tuple(chunk)))
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
        rows = [(e["event_id"], order + i, e["device_id"], e["device_seq"], e["type"],
                 e["schema_version"], e["actor_id"], e["subject_id"], e["payload"],
                 e["device_time"], e["server_seq"], e["server_time"])
                for i, e in enumerate(new, start=1)]  # in the order of projector.COLUMNS
        INSERT.executemany(conn, rows)
        _raise_counters(conn, {e["device_id"] for e in new})
        projected = {t for p in PROJECTIONS for t in p.event_types}  # read at the refresh
        quarantine.examine(conn, [Event.from_row(row) for row in rows
                                  if row[4] not in projected])
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
    upsert_people(conn, people)
    if authoritative:
        ids = [p["staff_id"] for p in people]
        conn.execute(update(Staff).where(Staff.staff_id.not_in(ids)).values(active=False))


def upsert_person(conn: Connection, person: dict[str, Any]) -> None:
    upsert_people(conn, [person])


#: The roster fields a workstation keeps (besides roles and departments).
PERSON_FIELDS = ("name", "active", "password_hash", "must_change_password",
                 "password_changed_at", "created_at")
#: People per ``IN (…)`` list (SQLite's older limit on bound values is 999).
CHUNK = 500


def upsert_people(conn: Connection, people: list[dict[str, Any]]) -> None:
    """The service's rows for ``people`` replace the local ones (roles and departments
    too): a handful of statements for the whole roster, not several per person."""
    if not people:
        return
    person_rows = [{"staff_id": p["staff_id"], **{k: p[k] for k in PERSON_FIELDS}}
                   for p in people]
    stmt = upsert(conn, STAFF)
    conn.execute(stmt.on_conflict_do_update(
        index_elements=["staff_id"], set_={k: stmt.excluded[k] for k in PERSON_FIELDS}),
        person_rows)
    ids = [p["staff_id"] for p in people]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        conn.execute(delete(StaffRole).where(StaffRole.staff_id.in_(chunk)))
        conn.execute(delete(StaffDepartment).where(StaffDepartment.staff_id.in_(chunk)))
    roles = [{"staff_id": p["staff_id"], "role": role} for p in people for role in p["roles"]]
    if roles:
        conn.execute(insert(StaffRole), roles)
    departments = [{"staff_id": p["staff_id"], "department": department, "since": since,
                    "until": until}
                   for p in people for department, since, until in p["departments"]]
    if departments:
        conn.execute(insert(StaffDepartment), departments)


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

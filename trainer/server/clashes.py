"""Staff-number clashes of merged standalone profiles, for an administrator to resolve
(:mod:`trainer.server.merge` notes them): the list, and the two ways out — *map* the local
person to the service's person with that number, or *rename* the local person to a new
number. Either releases the history events held for that person into the journal (under
the sequence lock, like a push), with actor and subject renamed for a rename.

May import: sqlalchemy, trainer.server.*, trainer.journal.events, the standard library.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select, text, update

from trainer.journal.events import now_iso
from trainer.server.errors import ServiceError
from trainer.server.merge import HELD_FIELDS, TRAINEE_ROLES, _create, _scope
from trainer.server.schema import (
    SEQ_LOCK,
    device,
    merge_held,
    merge_person,
    staff,
    staff_department,
)


@dataclass(frozen=True)
class Clash:
    device_id: str
    device_name: str | None
    staff_id: str
    local_name: str
    local_departments: list[str]
    service_name: str | None
    service_departments: list[str]
    held_events: int
    outcome: str
    target: str | None
    resolved_at: str | None
    resolved_by: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def list_clashes(engine: Engine, *, resolved_too: bool = False) -> list[Clash]:
    """Open clashes (with ``resolved_too``: those mapped or renamed as well)."""
    outcomes = ("clash", "mapped", "renamed") if resolved_too else ("clash",)
    held = (select(merge_held.c.device_id, merge_held.c.waits_for,
                   func.count().label("n"))
            .group_by(merge_held.c.device_id, merge_held.c.waits_for).subquery())
    query = (select(merge_person, device.c.name.label("device_name"),
                    staff.c.name.label("service_name"), func.coalesce(held.c.n, 0).label("n"))
             .join(device, device.c.device_id == merge_person.c.device_id)
             .outerjoin(staff, staff.c.staff_id == merge_person.c.staff_id)
             .outerjoin(held, (held.c.device_id == merge_person.c.device_id)
                        & (held.c.waits_for == merge_person.c.staff_id))
             .where(merge_person.c.outcome.in_(outcomes))
             .order_by(merge_person.c.noted_at, merge_person.c.staff_id))
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
        spells = _departments(conn, [r["staff_id"] for r in rows])
    return [Clash(r["device_id"], r["device_name"], r["staff_id"], r["name"],
                  list(r["departments"]), r["service_name"], spells.get(r["staff_id"], []),
                  int(r["n"]), r["outcome"], r["target"], r["resolved_at"], r["resolved_by"])
            for r in rows]


def _departments(conn: Connection, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for sid, dept in conn.execute(select(staff_department.c.staff_id,
                                         staff_department.c.department)
                                  .where(staff_department.c.staff_id.in_(ids),
                                         staff_department.c.until.is_(None))
                                  .order_by(staff_department.c.department)):
        out.setdefault(sid, []).append(dept)
    return out


def resolve(engine: Engine, device_id: str, staff_id: str, action: str,
            new_staff_id: str | None = None, by: str | None = None) -> dict[str, Any]:
    """``action`` "map" or "rename" (then ``new_staff_id``, a number not in the roster).
    Returns the outcome and how many held events were released."""
    if action not in ("map", "rename") or (action == "rename") != bool(new_staff_id):
        raise ServiceError("merge.bad_action", 422)
    now = now_iso()
    with engine.begin() as conn:
        # the device row first, as a push does: no push of this device can hold an event
        # for this person after the release below has looked
        conn.execute(select(device.c.device_id).where(device.c.device_id == device_id)
                     .with_for_update())
        row = conn.execute(select(merge_person, device.c.departments.label("served"))
                           .join(device, device.c.device_id == merge_person.c.device_id)
                           .where(merge_person.c.device_id == device_id,
                                  merge_person.c.staff_id == staff_id)
                           .with_for_update(of=merge_person)).first()  # one resolver
        if row is None:
            raise ServiceError("merge.unknown", 404)
        if row.outcome != "clash":
            raise ServiceError("merge.resolved", 409)
        target = staff_id if action == "map" else str(new_staff_id)
        if action == "rename":
            if conn.scalar(select(staff.c.staff_id).where(staff.c.staff_id == target)):
                raise ServiceError("roster.exists", 409)
            _create(conn, target, row.name, sorted(set(row.departments) & set(row.served)),
                    sorted(set(row.roles) & TRAINEE_ROLES), row.password_hash, now)
        conn.execute(update(merge_person).where(merge_person.c.device_id == device_id,
                                                merge_person.c.staff_id == staff_id)
                     .values(outcome="mapped" if action == "map" else "renamed",
                             target=target, resolved_at=now, resolved_by=by))
        _scope(conn, device_id, target, now)
        released = release(conn, device_id)
    return {"staff_id": staff_id, "outcome": "mapped" if action == "map" else "renamed",
            "target": target, "released": released}


RELEASE = text("""
INSERT INTO event (server_seq, event_id, device_id, device_seq, type, schema_version,
                   actor_id, subject_id, payload, device_time, server_time, clock_skew_s)
VALUES (nextval('event_server_seq'), :event_id, :device_id, :device_seq, :type,
        :schema_version, :actor_id, :subject_id, :payload, :device_time, :server_time,
        :clock_skew_s)
ON CONFLICT (event_id) DO NOTHING
""")


def release(conn: Connection, device_id: str) -> int:
    """Move the device's held events that name nobody still in clash into the journal,
    in ``device_seq`` order, with renamed people's numbers."""
    people = conn.execute(select(merge_person.c.staff_id, merge_person.c.outcome,
                                 merge_person.c.target)
                          .where(merge_person.c.device_id == device_id)).all()
    clashing = {p.staff_id for p in people if p.outcome == "clash"}
    renamed = {p.staff_id: p.target for p in people if p.outcome == "renamed"}
    held = conn.execute(select(merge_held).where(merge_held.c.device_id == device_id)
                        .order_by(merge_held.c.device_seq)).mappings().all()
    ready = [h for h in held if not {h["actor_id"], h["subject_id"]} & clashing]
    if not ready:
        return 0
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SEQ_LOCK})
    now = now_iso()
    conn.execute(RELEASE, [
        {**{n: h[n] for n in HELD_FIELDS}, "device_id": device_id,
         "device_seq": h["device_seq"], "server_time": now, "clock_skew_s": h["clock_skew_s"],
         "actor_id": renamed.get(h["actor_id"], h["actor_id"]),
         "subject_id": renamed.get(h["subject_id"], h["subject_id"])}
        for h in ready])
    conn.execute(delete(merge_held).where(
        merge_held.c.device_id == device_id,
        merge_held.c.device_seq.in_([h["device_seq"] for h in ready])))
    return len(ready)

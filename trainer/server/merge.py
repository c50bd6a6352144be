"""A standalone profile joins the service (ARCHITECTURE §4, "moving from standalone to
networked"): its roster is merged, then its history is pushed.

- **Offer** (``/v1/merge``, once per device, right after enrolment and before its first
  push, and only by a device enrolled with a *merge code*: an administrator knowingly lets
  this PC bring self-attested history, see :func:`issue_merge_code`): the profile sends
  its staff and the last ``device_seq`` of its standalone history. Each person is, against
  the service's roster:

  - *added* when the staff number is unknown here: a new person with the local name, the
    local departments the device serves, and only trainee roles (a PC never makes
    anyone an administrator, HR, trainer or head); a password hash is taken (the person
    must change it at the next login, which also gives the service their proof key);
  - *same* when the number is known with the same identity (name, and departments the
    service's person is in);
  - a *clash* otherwise (another name, or another department): never merged silently,
    listed for an administrator to resolve.

  Added and same people join the device's scope (its history names them).
- **History** (``device_seq`` ≤ the mark noted at the offer) is self-attested: it is
  checked against the registry, payload schemas and the device's scope, but not for
  proven logins or roles (nobody could prove a standalone login to the service); a
  certificate in it must say ``self_attested`` and stays so (its payload is stored as
  sent) until the service issues one. History events naming a person in clash are
  **held** (``merge_held``): the device's mark passes over them, nothing else sees them.
- **Resolve** (an administrator): *map* — the local person is the service's person with
  that number, held events are released as they are; *rename* — the local person is
  someone else and becomes a new person under a number the administrator gives, held
  events are released with actor and subject changed to it (payloads stay byte for byte;
  ``merge_person`` records the renaming for anyone reading ids inside payloads).

May import: sqlalchemy, trainer.server.*, trainer.vocabulary, trainer.journal.events, the
standard library.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from trainer import catalogue
from trainer.journal.events import now_iso
from trainer.server.enrolment import EnrolCode, digest, issue_code, normalise_code
from trainer.server.errors import ServiceError
from trainer.server.schema import (
    device,
    enrol_code,
    merge_code,
    merge_held,
    merge_person,
    staff,
    staff_department,
    staff_role,
)
from trainer.vocabulary import Role

if TYPE_CHECKING:
    from trainer.server.admission import Gate

#: The only roles a merged profile may bring: a PC never grants anything more.
TRAINEE_ROLES = frozenset({Role.DOCTOR.value, Role.NURSE.value, Role.PHARMACIST.value,
                           Role.CASHIER.value})
ARGON2 = "$argon2id$"


@dataclass(frozen=True)
class History:
    """A device's standalone history: ``device_seq`` 1…``upto`` (0: none), and the local
    staff numbers still in clash (their history events are held)."""

    upto: int = 0
    clashing: frozenset[str] = frozenset()


def history_of(conn: Connection, device_id: str) -> History:
    upto = conn.scalar(select(device.c.history_upto).where(device.c.device_id == device_id))
    return history_upto(conn, device_id, upto)


def history_upto(conn: Connection, device_id: str, upto: int | None) -> History:
    """:func:`history_of` when the device row's ``history_upto`` is read already."""
    if not upto:
        return History()
    clashing = conn.scalars(select(merge_person.c.staff_id).where(
        merge_person.c.device_id == device_id, merge_person.c.outcome == "clash"))
    return History(int(upto), frozenset(clashing))


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def offer(engine: Engine, device_id: str, people: list[dict[str, Any]],
          history_upto: int) -> dict[str, Any]:
    """Merge a standalone profile's roster (see the module's docstring). Asked again (a
    lost answer), it answers what was decided the first time."""
    now = now_iso()
    with engine.begin() as conn:
        row = conn.execute(select(device.c.history_upto, device.c.departments,
                                  device.c.acked_seq)
                           .where(device.c.device_id == device_id).with_for_update()).one()
        if row.history_upto is None:
            if not _merge_allowed(conn, device_id):
                raise ServiceError("merge.not_allowed", 403)
            if row.acked_seq:
                raise ServiceError("merge.after_push", 409)  # history must come first
            served = set(row.departments)
            unique = {p["staff_id"]: p for p in reversed(people)}  # the first of a number
            for person in unique.values():
                _note(conn, device_id, person, served, now)
            conn.execute(update(device).where(device.c.device_id == device_id)
                         .values(history_upto=history_upto))
        return {"history_upto": int(row.history_upto or history_upto),
                "people": _outcomes(conn, device_id)}


def issue_merge_code(engine: Engine, departments: list[str], hours: float = 24.0) -> EnrolCode:
    """An enrolment code for a standalone profile: the device enrolled with it may offer
    its roster and push its history once (an ordinary code does not allow that)."""
    code = issue_code(engine, departments, hours)
    with engine.begin() as conn:
        conn.execute(insert(merge_code).values(code_hash=digest(normalise_code(code.code))))
    return code


def _merge_allowed(conn: Connection, device_id: str) -> bool:
    return conn.scalar(select(merge_code.c.code_hash)
                       .join(enrol_code, enrol_code.c.code_hash == merge_code.c.code_hash)
                       .where(enrol_code.c.used_by == device_id)) is not None


def _note(conn: Connection, device_id: str, person: dict[str, Any], served: set[str],
          now: str) -> None:
    sid, name = person["staff_id"], person["name"]
    departments = sorted(set(person["departments"]) & served)
    roles = sorted(set(person["roles"]) & TRAINEE_ROLES)
    pw = person.get("password_hash")
    pw = pw if isinstance(pw, str) and pw.startswith(ARGON2) else None
    known = conn.execute(select(staff.c.name).where(staff.c.staff_id == sid)).first()
    if known is None:
        outcome = "added"
        _create(conn, sid, name, departments, roles, pw, now)
    else:
        theirs = set(conn.scalars(select(staff_department.c.department).where(
            staff_department.c.staff_id == sid, staff_department.c.until.is_(None))))
        same = _same_name(known.name, name) and set(person["departments"]) <= theirs
        outcome = "same" if same else "clash"
    conn.execute(insert(merge_person).values(
        device_id=device_id, staff_id=sid, name=name, departments=sorted(person["departments"]),
        roles=sorted(person["roles"]), password_hash=pw, outcome=outcome,
        target=None if outcome == "clash" else sid, noted_at=now))
    if outcome != "clash":
        _scope(conn, device_id, sid, now)


def _create(conn: Connection, sid: str, name: str, departments: list[str], roles: list[str],
            password_hash: str | None, now: str) -> None:
    version = int(conn.scalar(text("SELECT nextval('roster_version')")) or 0)
    conn.execute(insert(staff).values(
        staff_id=sid, name=name, active=True, password_hash=password_hash,
        must_change_password=True, password_changed_at=None, created_at=now,
        version=version))
    for role in roles:
        conn.execute(insert(staff_role).values(staff_id=sid, role=role))
    for department in departments:
        conn.execute(insert(staff_department).values(
            staff_id=sid, department=department, since=now, until=None))


def _scope(conn: Connection, device_id: str, sid: str, now: str) -> None:
    from trainer.server.schema import device_staff

    conn.execute(pg_insert(device_staff).values(device_id=device_id, staff_id=sid,
                                                added_at=now).on_conflict_do_nothing())


def _outcomes(conn: Connection, device_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(select(merge_person.c.staff_id, merge_person.c.outcome,
                               merge_person.c.target)
                        .where(merge_person.c.device_id == device_id)
                        .order_by(merge_person.c.staff_id))
    return [{"staff_id": r.staff_id, "outcome": r.outcome, "target": r.target} for r in rows]


def history_refusal(gate: Gate, columns: dict[str, list[Any]], i: int
                    ) -> tuple[str, int] | None:
    """The checks on one event of a standalone history (``(code, status)`` or ``None``):
    the registry, the payload, the scope (people in clash count as in it: their events
    are held), a certificate only if self-attested; no login proofs, no roles."""
    from trainer.server.admission import valid_payload

    kind, version = columns["type"][i], columns["schema_version"][i]
    actor, subject, payload = columns["actor_id"][i], columns["subject_id"][i], \
        columns["payload"][i]
    spec = gate.registry.get(kind)
    if spec is None:
        return "push.unknown_type", 422
    if version > spec.version:
        return "push.bad_version", 422
    if not valid_payload(spec, version, payload):
        return "push.bad_payload", 422
    if kind in catalogue.RESULT_TYPES and kind.startswith("cert.") and not _self_attested(
            kind, payload):
        return "push.result_event", 403
    allowed = gate.scope | gate.history.clashing
    if (actor is not None and actor not in allowed) or (
            subject is not None and subject not in allowed and not spec.any_subject):
        return "push.out_of_scope", 403
    return None


def _self_attested(kind: str, payload: str) -> bool:
    """A certificate from a standalone PC says so; a revocation there concerns one."""
    if kind == "cert.revoked":
        return True
    try:
        return json.loads(payload).get("self_attested") is True
    except (ValueError, AttributeError):
        return False


HELD_FIELDS = ("event_id", "type", "schema_version", "actor_id", "subject_id", "payload",
               "device_time")


def hold(conn: Connection, device_id: str, columns: dict[str, list[Any]], history: History,
         skew: float | None) -> dict[str, list[Any]]:
    """Set aside the history events naming a person in clash (stored in ``merge_held``; a
    replay is harmless); returns the rest of the batch."""
    if not history.clashing:
        return columns
    keep = []
    for i, seq in enumerate(columns["device_seq"]):
        named = {columns["actor_id"][i], columns["subject_id"][i]} & history.clashing
        if seq > history.upto or not named:
            keep.append(i)
            continue
        conn.execute(pg_insert(merge_held).values(
            device_id=device_id, device_seq=seq, waits_for=min(named), clock_skew_s=skew,
            **{n: columns[n][i] for n in HELD_FIELDS}).on_conflict_do_nothing())
    if len(keep) == len(columns["device_seq"]):
        return columns
    return {name: [values[i] for i in keep] for name, values in columns.items()}

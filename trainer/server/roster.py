"""The authoritative roster on the service, and the scope each workstation receives.

A workstation's scope: staff currently in one of its departments, anyone whose password
the service itself checked there (``/v1/person``, ``/v1/password``: ``device_staff``), and
administrators (so IT can work on any PC) — never whoever a pushed event names. Every
change to a person takes a new ``roster_version``; a workstation that sees a different
``roster_tag`` gets its scope again in full.

May import: sqlalchemy, trainer.server.schema, trainer.server.errors, trainer.server.guard,
trainer.auth.passwords, trainer.auth.proof, trainer.vocabulary, trainer.journal.events,
trainer.errors.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from trainer.auth.passwords import hash_password, verify_password
from trainer.journal.events import now_iso
from trainer.server.errors import ServiceError
from trainer.server.schema import device, device_staff, staff, staff_department, staff_role
from trainer.vocabulary import Role


@dataclass(frozen=True)
class StaffChange:
    """``None`` fields stay as they are; a new person needs a name."""

    staff_id: str
    name: str | None = None
    roles: list[str] | None = None
    departments: list[str] | None = None
    active: bool | None = None
    password: str | None = None
    #: Default: a password set by someone else (HR, an admin) must be changed at the
    #: next login. Only set False for a person's own choice.
    must_change_password: bool | None = None


#: Roles whose password hashes never leave the service: they log in online.
PRIVILEGED = frozenset({Role.ADMIN.value, Role.HR.value, Role.TRAINER.value})


def checked_roles(roles: list[str] | None) -> list[str] | None:
    if roles is None:
        return None
    known = {r.value for r in Role}
    if any(r not in known for r in roles):
        raise ServiceError("roster.bad_role", 422)
    return sorted(set(roles))


def password_values(staff_id: str, password: str, must_change: bool) -> dict[str, Any]:
    """The columns a new password sets: policy checked, hash and login-proof key made."""
    from trainer.auth.passwords import check_policy
    from trainer.auth.proof import proof_key
    from trainer.errors import WeakPassword
    from trainer.server.guard import hashing_slot

    try:
        check_policy(password, staff_id=staff_id)
    except WeakPassword as exc:
        raise ServiceError(exc.code, 422) from exc
    with hashing_slot():
        return {"password_hash": hash_password(password), "password_changed_at": now_iso(),
                "must_change_password": must_change,
                "proof_key": proof_key(staff_id, password)}


def apply_staff_change(engine: Engine, change: StaffChange) -> int:
    """Create or change one person; returns the new roster version. The password policy
    holds for every path; a password set here must be changed at the next login."""
    roles = checked_roles(change.roles)
    secret = None if change.password is None else password_values(
        change.staff_id, change.password,
        True if change.must_change_password is None else change.must_change_password)
    with engine.begin() as conn:
        version = int(conn.scalar(text("SELECT nextval('roster_version')")) or 0)
        now = now_iso()
        values: dict[str, Any] = {"version": version}
        if change.name is not None:
            values["name"] = change.name
        if change.active is not None:
            values["active"] = change.active
        if secret is not None:
            values.update(secret, proof_key_before=staff.c.proof_key)
        exists = conn.scalar(select(staff.c.staff_id).where(staff.c.staff_id == change.staff_id))
        if exists is None:
            if change.name is None:
                raise ServiceError("roster.name_required", 400)
            conn.execute(insert(staff).values(
                staff_id=change.staff_id, created_at=now,
                active=True if change.active is None else change.active,
                **{"must_change_password": False,
                   **{k: v for k, v in values.items()
                      if k not in ("active", "proof_key_before")}}))
        else:
            conn.execute(update(staff).where(staff.c.staff_id == change.staff_id).values(values))
        if roles is not None:
            conn.execute(delete(staff_role).where(staff_role.c.staff_id == change.staff_id))
            for role in roles:
                conn.execute(insert(staff_role).values(staff_id=change.staff_id, role=role))
        if change.departments is not None:
            _transfer(conn, change.staff_id, change.departments, now)
    return version


def _transfer(conn: Connection, staff_id: str, departments: list[str], now: str) -> None:
    current = set(conn.scalars(select(staff_department.c.department).where(
        staff_department.c.staff_id == staff_id, staff_department.c.until.is_(None))))
    for gone in current - set(departments):
        conn.execute(update(staff_department).where(
            staff_department.c.staff_id == staff_id, staff_department.c.department == gone,
            staff_department.c.until.is_(None)).values(until=now))
    for new in set(departments) - current:
        conn.execute(insert(staff_department).values(
            staff_id=staff_id, department=new, since=now, until=None))


def scope_of(conn: Connection, device_id: str) -> list[str]:
    """Staff ids whose roster rows and events this device receives (one query)."""
    departments = select(func.unnest(device.c.departments)).where(
        device.c.device_id == device_id)
    in_departments = select(staff_department.c.staff_id).where(
        staff_department.c.department.in_(departments),
        staff_department.c.until.is_(None))
    logged_in = select(device_staff.c.staff_id).where(device_staff.c.device_id == device_id)
    admins = select(staff_role.c.staff_id).where(staff_role.c.role == Role.ADMIN.value)
    query = select(staff.c.staff_id).where(or_(
        staff.c.staff_id.in_(in_departments), staff.c.staff_id.in_(logged_in),
        staff.c.staff_id.in_(admins))).order_by(staff.c.staff_id)
    return list(conn.scalars(query))


def roster_tag(conn: Connection, scope: list[str]) -> str:
    """A fingerprint of the scope's roster *as committed in this snapshot*: every change
    bumps ``staff.version``. (The sequence's ``last_value`` moves before a change commits,
    so a pull in between would store a tag for rows it never saw.)"""
    rows = conn.execute(select(staff.c.staff_id, staff.c.version)
                        .where(staff.c.staff_id.in_(scope)).order_by(staff.c.staff_id))
    text_form = ",".join(f"{sid}:{version}" for sid, version in rows)
    return hashlib.sha256(text_form.encode()).hexdigest()[:32]


def is_admin(engine: Engine, staff_id: str) -> bool:
    with engine.connect() as conn:
        return conn.scalar(select(staff_role.c.staff_id).where(
            staff_role.c.staff_id == staff_id, staff_role.c.role == Role.ADMIN.value)) is not None


def roster_rows(conn: Connection, scope: list[str]) -> list[dict[str, Any]]:
    """The scope's people with their roles and department spells; password hashes only of
    people who may log in offline (never of administrators, HR or trainers)."""
    people = conn.execute(select(staff).where(staff.c.staff_id.in_(scope))).mappings().all()
    roles: dict[str, list[str]] = {}
    for sid, role in conn.execute(select(staff_role).where(staff_role.c.staff_id.in_(scope))):
        roles.setdefault(sid, []).append(role)
    spells: dict[str, list[list[str | None]]] = {}
    for row in conn.execute(select(staff_department).where(
            staff_department.c.staff_id.in_(scope))):
        spells.setdefault(row.staff_id, []).append([row.department, row.since, row.until])
    return [
        {
            "staff_id": p["staff_id"], "name": p["name"], "active": p["active"],
            "password_hash": None if PRIVILEGED & set(roles.get(p["staff_id"], []))
            else p["password_hash"],
            "must_change_password": p["must_change_password"],
            "password_changed_at": p["password_changed_at"], "created_at": p["created_at"],
            "roles": sorted(roles.get(p["staff_id"], [])),
            "departments": spells.get(p["staff_id"], []),
        }
        for p in people
    ]


def add_to_scope(conn: Connection, device_id: str, staff_id: str) -> bool:
    """Someone logged in online here: from now on this device receives them."""
    if conn.scalar(select(staff.c.staff_id).where(staff.c.staff_id == staff_id)) is None:
        return False
    conn.execute(pg_insert(device_staff).values(
        device_id=device_id, staff_id=staff_id, added_at=now_iso()).on_conflict_do_nothing())
    return True


def change_own_password(engine: Engine, device_id: str, staff_id: str, old: str,
                        new: str) -> dict[str, Any]:
    """A person changes their own password at a workstation: checked here against the
    authoritative roster (the old password under the back-off, the policy), so the next
    sync does not undo it. Returns their new roster row for the workstation to store."""
    from trainer.server.guard import checked, keys_for

    with engine.connect() as conn:
        row = conn.execute(select(staff).where(staff.c.staff_id == staff_id)).first()
    stored = row.password_hash if row is not None and row.active else None
    if not checked(engine, keys_for(staff_id, device_id, None), stored, old):
        raise ServiceError("auth.bad_credentials", 403)
    if old == new or verify_password(str(stored), new):
        raise ServiceError("auth.password_unchanged", 422)
    values = password_values(staff_id, new, False)
    with engine.begin() as conn:
        version = int(conn.scalar(text("SELECT nextval('roster_version')")) or 0)
        conn.execute(update(staff).where(staff.c.staff_id == staff_id).values(
            version=version, proof_key_before=staff.c.proof_key, **values))
        add_to_scope(conn, device_id, staff_id)
        return {"person": roster_rows(conn, [staff_id])[0]}

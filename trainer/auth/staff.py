"""The roster: create staff, read them back as plain frozen dataclasses."""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, delete, insert, select

from trainer.auth.passwords import check_policy, hash_password
from trainer.auth.session import StaffMember
from trainer.errors import TrainerError
from trainer.journal.events import now_iso
from trainer.store.models import Staff, StaffDepartment, StaffRole
from trainer.vocabulary import Role


class StaffExists(TrainerError):
    code = "auth.staff_exists"


class BadStaffDetails(TrainerError):
    """``code``: auth.bad_staff_id, auth.bad_name or auth.no_roles."""

    code = "auth.bad_staff"


#: A staff number (工号): letters, digits, - or _, up to 32; what HR files and logins use.
STAFF_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
MAX_NAME = 100


def check_details(staff_id: str, name: str, roles: set[Role]) -> None:
    """The rules every way of creating or editing a person shares (form, import, first run)."""
    if not STAFF_ID.match(staff_id):
        raise BadStaffDetails(code="auth.bad_staff_id", staff_id=staff_id)
    if not name.strip() or len(name) > MAX_NAME:
        raise BadStaffDetails(code="auth.bad_name")
    if not roles:
        raise BadStaffDetails(code="auth.no_roles")


def load_member(conn: Connection, staff_id: str) -> StaffMember | None:
    found = load_members(conn, [staff_id])
    return found[0] if found else None


def load_members(conn: Connection, staff_ids: list[str] | None = None) -> list[StaffMember]:
    """People by staff number (all when None), in three queries, ordered by number."""
    people = select(Staff).order_by(Staff.staff_id)
    roles_q = select(StaffRole.staff_id, StaffRole.role)
    depts_q = (select(StaffDepartment.staff_id, StaffDepartment.department)
               .where(StaffDepartment.until.is_(None)).order_by(StaffDepartment.department))
    if staff_ids is not None:
        people = people.where(Staff.staff_id.in_(staff_ids))
        roles_q = roles_q.where(StaffRole.staff_id.in_(staff_ids))
        depts_q = depts_q.where(StaffDepartment.staff_id.in_(staff_ids))
    roles: dict[str, set[Role]] = {}
    for sid, role in conn.execute(roles_q):
        roles.setdefault(sid, set()).add(Role(role))
    departments: dict[str, list[str]] = {}
    for sid, department in conn.execute(depts_q):
        departments.setdefault(sid, []).append(department)
    return [
        StaffMember(row["staff_id"], row["name"], frozenset(roles.get(row["staff_id"], ())),
                    tuple(departments.get(row["staff_id"], ())), bool(row["active"]),
                    bool(row["must_change_password"]))
        for row in conn.execute(people).mappings()
    ]


def create_staff(
    conn: Connection,
    staff_id: str,
    name: str,
    roles: set[Role],
    departments: list[str],
    password: str | None,
    *,
    must_change_password: bool = True,
) -> StaffMember:
    """Insert one person; ``password`` None leaves the account without one (cannot log in)."""
    check_details(staff_id, name, roles)
    if conn.scalar(select(Staff.staff_id).where(Staff.staff_id == staff_id)) is not None:
        raise StaffExists(code="auth.staff_exists", staff_id=staff_id)
    if password is not None:
        check_policy(password, staff_id=staff_id)
    now = now_iso()
    conn.execute(
        insert(Staff).values(
            staff_id=staff_id,
            name=name,
            active=True,
            created_at=now,
            password_hash=None if password is None else hash_password(password),
            must_change_password=must_change_password,
            password_changed_at=None if password is None else now,
        )
    )
    set_roles(conn, staff_id, roles)
    for department in departments:
        conn.execute(
            insert(StaffDepartment).values(
                staff_id=staff_id, department=department, since=now, until=None
            )
        )
    member = load_member(conn, staff_id)
    assert member is not None
    return member


def set_roles(conn: Connection, staff_id: str, roles: set[Role]) -> None:
    conn.execute(delete(StaffRole).where(StaffRole.staff_id == staff_id))
    for role in sorted(roles):
        conn.execute(insert(StaffRole).values(staff_id=staff_id, role=role.value))


def roster_is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.scalar(select(Staff.staff_id).limit(1)) is None

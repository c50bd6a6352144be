"""Administer the roster: create, edit, transfer, disable and re-enable staff, reset
passwords. Every function checks the acting person's role first and audits the change
as a journal event carrying ids only (ARCHITECTURE §3).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, insert, select, update

from trainer.auth.audit import STAFF_CHANGED
from trainer.auth.passwords import check_policy, hash_password
from trainer.auth.permissions import require
from trainer.auth.session import Session, StaffMember
from trainer.auth.staff import (
    check_details,
    create_staff,
    load_member,
    load_members,
    set_roles,
)
from trainer.errors import TrainerError
from trainer.journal import Journal, NewEvent
from trainer.journal.events import now_iso
from trainer.store.models import Staff, StaffDepartment, StaffRole
from trainer.vocabulary import Role


class UnknownStaff(TrainerError):
    code = "auth.unknown_staff"


class LastAdmin(TrainerError):
    """The change would leave the roster without an active administrator."""

    code = "auth.last_admin"


@dataclass(frozen=True)
class DepartmentSpell:
    department: str
    since: str
    until: str | None


class RosterService:
    def __init__(self, engine: Engine, journal: Journal) -> None:
        self.engine = engine
        self.journal = journal

    def list_staff(self, session: Session | None, *, text: str = "",
                   include_disabled: bool = True) -> list[StaffMember]:
        require(session, "staff.view")
        needle = text.strip().casefold()
        with self.engine.connect() as conn:
            members = load_members(conn)
        return [m for m in members
                if (include_disabled or m.active)
                and (not needle or needle in m.staff_id.casefold() or needle in m.name.casefold()
                     or any(needle in d.casefold() for d in m.departments))]

    def get(self, session: Session | None, staff_id: str) -> StaffMember:
        require(session, "staff.view")
        with self.engine.connect() as conn:
            return _member(conn, staff_id)

    def create(self, session: Session | None, staff_id: str, name: str, roles: set[Role],
               departments: list[str], temporary_password: str | None) -> StaffMember:
        """A new person; a temporary password must be changed at first login."""
        actor = require(session, "staff.create")
        with self.engine.begin() as conn:
            member = create_staff(conn, staff_id.strip(), name.strip(), roles, departments,
                                  temporary_password, must_change_password=True)
        self._audit(actor, member.staff_id, "created", roles=sorted(r.value for r in roles))
        return member

    def update(self, session: Session | None, staff_id: str, *, name: str | None = None,
               roles: set[Role] | None = None, departments: list[str] | None = None
               ) -> StaffMember:
        """Change name, roles or departments; a department change keeps the history."""
        actor = require(session, "staff.edit")
        with self.engine.begin() as conn:
            before = _member(conn, staff_id)
            check_details(staff_id, before.name if name is None else name,
                          set(before.roles) if roles is None else roles)
            if name is not None and name.strip() != before.name:
                conn.execute(update(Staff).where(Staff.staff_id == staff_id)
                             .values(name=name.strip()))
            if roles is not None and roles != set(before.roles):
                if Role.ADMIN in before.roles and Role.ADMIN not in roles:
                    _keep_an_admin(conn, staff_id)
                set_roles(conn, staff_id, roles)
            if departments is not None:
                transfer(conn, staff_id, departments)
            after = _member(conn, staff_id)
        if after.roles != before.roles:
            self._audit(actor, staff_id, "roles", roles=sorted(r.value for r in after.roles))
        if after.departments != before.departments:
            self._audit(actor, staff_id, "departments")
        if after.name != before.name:
            self._audit(actor, staff_id, "name")
        return after

    def set_active(self, session: Session | None, staff_id: str, active: bool) -> StaffMember:
        """Disable a leaver (cannot log in; history kept) or re-enable them."""
        actor = require(session, "staff.disable")
        if not active and actor.staff_id == staff_id:
            raise TrainerError(code="auth.disable_self")
        with self.engine.begin() as conn:
            before = _member(conn, staff_id)
            if before.active == active:
                return before
            if not active and Role.ADMIN in before.roles:
                _keep_an_admin(conn, staff_id)
            conn.execute(update(Staff).where(Staff.staff_id == staff_id).values(active=active))
            after = _member(conn, staff_id)
        self._audit(actor, staff_id, "enabled" if active else "disabled")
        return after

    def reset_password(self, session: Session | None, staff_id: str, temporary: str) -> None:
        """Set a temporary password; the person must choose a new one at next login."""
        actor = require(session, "staff.reset_password")
        check_policy(temporary, staff_id=staff_id)
        with self.engine.begin() as conn:
            _member(conn, staff_id)
            conn.execute(update(Staff).where(Staff.staff_id == staff_id).values(
                password_hash=hash_password(temporary), must_change_password=True,
                password_changed_at=now_iso()))
        self._audit(actor, staff_id, "password_reset")

    def department_history(self, session: Session | None, staff_id: str
                           ) -> list[DepartmentSpell]:
        require(session, "staff.view")
        with self.engine.connect() as conn:
            _member(conn, staff_id)
            rows = conn.execute(select(StaffDepartment).where(StaffDepartment.staff_id == staff_id)
                                .order_by(StaffDepartment.since, StaffDepartment.department))
            return [DepartmentSpell(r.department, r.since, r.until) for r in rows]

    def _audit(self, actor: Session, subject: str, change: str,
               roles: list[str] | None = None) -> None:
        payload: dict[str, object] = {"change": change}
        if roles is not None:
            payload["roles"] = roles
        self.journal.append(NewEvent(STAFF_CHANGED.name, payload, actor_id=actor.staff_id,
                                     subject_id=subject))


def transfer(conn: Connection, staff_id: str, departments: list[str]) -> None:
    """End memberships not in ``departments`` and start new ones (history is kept)."""
    now = now_iso()
    wanted = {d.strip() for d in departments if d.strip()}
    current = set(conn.scalars(select(StaffDepartment.department).where(
        StaffDepartment.staff_id == staff_id, StaffDepartment.until.is_(None))).all())
    for gone in current - wanted:
        conn.execute(update(StaffDepartment).where(
            StaffDepartment.staff_id == staff_id, StaffDepartment.department == gone,
            StaffDepartment.until.is_(None)).values(until=now))
    for new in sorted(wanted - current):
        conn.execute(insert(StaffDepartment).values(
            staff_id=staff_id, department=new, since=now, until=None))


def _member(conn: Connection, staff_id: str) -> StaffMember:
    member = load_member(conn, staff_id)
    if member is None:
        raise UnknownStaff(code="auth.unknown_staff", staff_id=staff_id)
    return member


def _keep_an_admin(conn: Connection, leaving: str) -> None:
    others = conn.scalar(
        select(func.count()).select_from(StaffRole)
        .join(Staff, Staff.staff_id == StaffRole.staff_id)
        .where(StaffRole.role == Role.ADMIN.value, Staff.active.is_(True),
               StaffRole.staff_id != leaving))
    if not others:
        raise LastAdmin(code="auth.last_admin", staff_id=leaving)

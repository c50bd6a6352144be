"""Import HR's staff list: preview what will change, then apply it in one transaction.

Nothing is imported unless the whole file is clean. New people get no password: an
administrator sets a temporary one (reset password), which they must change at first
login. An import never removes the administrator role from anyone, and never disables
people missing from the file (HR exports are often partial): leavers are disabled by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, update

from trainer.auth.audit import STAFF_CHANGED
from trainer.auth.permissions import require
from trainer.auth.roster import transfer
from trainer.auth.session import Session
from trainer.auth.staff import create_staff, load_member, load_members, set_roles
from trainer.auth.staff_file import StaffFile, StaffRow, read_staff_file
from trainer.errors import ContentError
from trainer.journal import Journal, NewEvent
from trainer.store.models import Staff
from trainer.vocabulary import Role


@dataclass(frozen=True)
class StaffChange:
    row: StaffRow
    action: str  # create | update | unchanged
    changes: tuple[str, ...]  # name, roles, departments (for updates)
    disabled: bool  # the person exists but is disabled (stays disabled)


@dataclass(frozen=True)
class ImportPlan:
    file: StaffFile
    changes: tuple[StaffChange, ...]

    @property
    def ok(self) -> bool:
        return not self.file.problems

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)


def plan_import(engine: Engine, session: Session | None, path: Path,
                name: str | None = None) -> ImportPlan:
    """Validate ``path`` and compare it with the roster; changes nothing."""
    require(session, "staff.import")
    staff_file = read_staff_file(path, name)
    if staff_file.problems:
        return ImportPlan(staff_file, ())
    changes = []
    with engine.connect() as conn:
        known = {m.staff_id: m for m in load_members(conn, [r.staff_id for r in staff_file.rows])}
    for row in staff_file.rows:
        member = known.get(row.staff_id)
        if member is None:
            changes.append(StaffChange(row, "create", (), False))
            continue
        wanted_roles = set(row.roles) | (set(member.roles) & {Role.ADMIN})
        diff = tuple(field for field, same in (
            ("name", member.name == row.name),
            ("roles", set(member.roles) == wanted_roles),
            ("departments", set(member.departments) == set(row.departments)),
        ) if not same)
        changes.append(StaffChange(row, "update" if diff else "unchanged", diff,
                                   not member.active))
    return ImportPlan(staff_file, tuple(changes))


def apply_import(engine: Engine, journal: Journal, session: Session | None,
                 plan: ImportPlan) -> int:
    """Apply a clean plan; returns the number of people created or changed."""
    actor = require(session, "staff.import")
    if not plan.ok:
        raise ContentError(plan.file.problems)
    applied: list[StaffChange] = []
    with engine.begin() as conn:
        for change in plan.changes:
            row = change.row
            if change.action == "create":
                create_staff(conn, row.staff_id, row.name, set(row.roles),
                             list(row.departments), None, must_change_password=True)
            elif change.action == "update":
                member = load_member(conn, row.staff_id)
                assert member is not None
                conn.execute(update(Staff).where(Staff.staff_id == row.staff_id)
                             .values(name=row.name))
                set_roles(conn, row.staff_id, set(row.roles) | (set(member.roles) & {Role.ADMIN}))
                transfer(conn, row.staff_id, list(row.departments))
            else:
                continue
            applied.append(change)
    journal.append(*[
        NewEvent(STAFF_CHANGED.name,
                 {"change": "imported" if c.action == "create"
                  else "import:" + ",".join(c.changes),
                  "roles": sorted(r.value for r in c.row.roles)},
                 actor_id=actor.staff_id, subject_id=c.row.staff_id)
        for c in applied])
    return len(applied)


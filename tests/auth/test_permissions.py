"""Role × action: each role can do exactly what it may, checked in the service layer."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.auth.audit import audit_log, export_csv
from trainer.auth.permissions import ACTIONS, allowed
from trainer.auth.roster import RosterService
from trainer.auth.session import Session
from trainer.auth.staff_import import plan_import
from trainer.demo import DEMO_ACCOUNTS
from trainer.errors import PermissionDenied
from trainer.services import Services, change_setting
from trainer.vocabulary import Role

#: The policy, written out by hand: (role, action) pairs that are allowed.
EXPECTED: dict[str, set[Role]] = {
    "staff.view": {Role.ADMIN, Role.HR},
    "staff.create": {Role.ADMIN},
    "staff.edit": {Role.ADMIN},
    "staff.import": {Role.ADMIN},
    "staff.disable": {Role.ADMIN},
    "staff.reset_password": {Role.ADMIN},
    "audit.view": {Role.ADMIN},
    "audit.export": {Role.ADMIN},
    "settings.workstation": {Role.ADMIN},
    "bank.browse": {Role.TRAINER, Role.ADMIN},
    "course.read": set(Role),
    "password.change_own": set(Role),
    "training.take": {Role.DOCTOR, Role.NURSE, Role.PHARMACIST, Role.CASHIER},
    "exam.proctor": {Role.TRAINER, Role.ADMIN},
    "exam.mark": {Role.TRAINER, Role.ADMIN},
    "cert.view": {Role.HR, Role.ADMIN, Role.TRAINER},
    "cert.view_department": {Role.DEPARTMENT_HEAD},
    "cert.issue": {Role.HR, Role.ADMIN},
    "cert.revoke": {Role.HR, Role.ADMIN},
    "cert.rules": {Role.HR, Role.ADMIN},
    "cert.key": {Role.HR, Role.ADMIN},
    "cert.print": {Role.HR, Role.ADMIN},
    "records.export": {Role.HR, Role.ADMIN},
    "practical.review": {Role.TRAINER, Role.ADMIN},
    "practical.mark": {Role.TRAINER},
}

def session_for(services: Services, role: Role) -> Session:
    """The demo account holding ``role``: the one with that role alone where there is one
    (the department head, H001, is also a nurse)."""
    holders = sorted((len(roles), sid) for sid, _n, roles, _d, _p in DEMO_ACCOUNTS
                     if role in roles)
    return services.login.demo_session(holders[0][1])


def test_the_table_in_code_is_the_policy() -> None:
    assert {a: set(r) for a, r in ACTIONS.items()} == EXPECTED


@pytest.mark.parametrize("role", list(Role))
def test_each_role_is_allowed_exactly_its_actions(demo_services: Services, role: Role) -> None:
    session = session_for(demo_services, role)
    for action, roles in EXPECTED.items():
        expected = bool(roles & session.roles)
        assert allowed(session, action) == expected, (role, action)


@pytest.mark.parametrize("role", list(Role))
def test_services_refuse_what_the_role_may_not_do(demo_services: Services, role: Role,
                                                  tmp_path: Path) -> None:
    session = session_for(demo_services, role)
    roster = RosterService(demo_services.engine, demo_services.journal)
    staff_file = tmp_path / "staff.csv"
    staff_file.write_text("工号,姓名,科室,岗位\nN900,新护士,内科,护士\n", encoding="utf-8")
    calls = {
        "staff.view": lambda: roster.list_staff(session),
        "staff.create": lambda: roster.create(session, f"X{role.value[:3]}", "X", {Role.NURSE},
                                              ["内科"], None),
        "staff.edit": lambda: roster.update(session, "N001", name="演示护士 Demo Nurse"),
        "staff.import": lambda: plan_import(demo_services.engine, session, staff_file),
        "staff.disable": lambda: roster.set_active(session, "C001", True),
        "staff.reset_password": lambda: roster.reset_password(session, "C001", "temp-pass-42"),
        "audit.view": lambda: audit_log(demo_services.journal, session),
        "audit.export": lambda: export_csv(session, [], tmp_path / "a.csv"),
        "settings.workstation": lambda: change_setting(demo_services, session,
                                                       "idle_lock_minutes", 7),
    }
    for action, call in calls.items():
        if EXPECTED[action] & session.roles:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()


def test_a_disabled_person_is_refused(demo_services: Services) -> None:
    admin = demo_services.login.demo_session("A001")
    roster = RosterService(demo_services.engine, demo_services.journal)
    roster.create(admin, "A002", "Second admin", {Role.ADMIN}, ["信息科"], "second admin pw")
    roster.set_active(admin, "A002", False)
    disabled = demo_services.login.demo_session("A002")
    assert not allowed(disabled, "staff.view")

"""Roster administration: create, edit, transfer, disable, reset; audited by id."""

from __future__ import annotations

import pytest

from trainer.auth.roster import LastAdmin, RosterService
from trainer.errors import LoginFailed, TrainerError, WeakPassword
from trainer.services import Services
from trainer.vocabulary import Role


@pytest.fixture
def roster(demo_services: Services) -> RosterService:
    return RosterService(demo_services.engine, demo_services.journal)


def test_create_then_first_login_must_change_the_temporary_password(
        demo_services: Services, roster: RosterService) -> None:
    admin = demo_services.login.demo_session("A001")
    roster.create(admin, "N100", "李护士", {Role.NURSE}, ["外科"], "temporary-42")
    session = demo_services.login.login("N100", "temporary-42")
    assert session.member.must_change_password
    with pytest.raises(WeakPassword):
        demo_services.login.change_password(session, "temporary-42", "short")
    with pytest.raises(TrainerError) as same:
        demo_services.login.change_password(session, "temporary-42", "temporary-42")
    assert same.value.code == "auth.password_unchanged"
    changed = demo_services.login.change_password(session, "temporary-42", "my own ward phrase")
    assert not changed.member.must_change_password
    assert not demo_services.login.login("N100", "my own ward phrase").member.must_change_password


def test_transfer_keeps_department_history(demo_services: Services,
                                           roster: RosterService) -> None:
    admin = demo_services.login.demo_session("A001")
    roster.update(admin, "N001", departments=["外科 Surgery"])
    member = roster.get(admin, "N001")
    assert member.departments == ("外科 Surgery",)
    history = roster.department_history(admin, "N001")
    assert [(h.department, h.until is None) for h in history] == [
        ("内科 Internal medicine", False), ("外科 Surgery", True)]


def test_disabled_staff_cannot_log_in_and_can_be_re_enabled(demo_services: Services,
                                                             roster: RosterService) -> None:
    admin = demo_services.login.demo_session("A001")
    roster.set_active(admin, "C001", False)
    with pytest.raises(LoginFailed):
        demo_services.login.login("C001", "demo-cashier")
    roster.set_active(admin, "C001", True)
    assert demo_services.login.login("C001", "demo-cashier").staff_id == "C001"


def test_the_last_admin_cannot_be_disabled_or_demoted(demo_services: Services,
                                                      roster: RosterService) -> None:
    admin = demo_services.login.demo_session("A001")
    with pytest.raises(TrainerError):
        roster.set_active(admin, "A001", False)  # not yourself
    roster.create(admin, "A002", "Deputy", {Role.ADMIN}, ["信息科"], "deputy admin pw")
    deputy = demo_services.login.demo_session("A002")
    roster.update(deputy, "A001", roles={Role.TRAINER})
    with pytest.raises(LastAdmin):
        roster.update(admin, "A002", roles={Role.HR})
    with pytest.raises(LastAdmin):
        roster.set_active(admin, "A002", False)


def test_reset_password_forces_a_change_and_is_audited_without_the_password(
        demo_services: Services, roster: RosterService) -> None:
    admin = demo_services.login.demo_session("A001")
    roster.reset_password(admin, "D001", "reset-by-admin-1")
    assert demo_services.login.login("D001", "reset-by-admin-1").member.must_change_password
    events = [e for e in demo_services.journal.events(type="auth.staff_changed")]
    assert events[-1].data() == {"change": "password_reset"}
    assert events[-1].actor_id == "A001" and events[-1].subject_id == "D001"
    assert all("reset-by-admin-1" not in e.payload for e in demo_services.journal.events())


def test_role_changes_are_audited(demo_services: Services, roster: RosterService) -> None:
    admin = demo_services.login.demo_session("A001")
    roster.update(admin, "P001", roles={Role.PHARMACIST, Role.TRAINER})
    last = list(demo_services.journal.events(type="auth.staff_changed"))[-1]
    assert last.data() == {"change": "roles", "roles": ["pharmacist", "trainer"]}


def test_password_rotation_when_configured(demo_services: Services) -> None:
    from trainer.auth.login import LoginService

    later = LoginService(demo_services.engine, demo_services.journal, "pc",
                         clock=lambda: 4_102_444_800.0,  # year 2100
                         password_max_age_days=lambda: 90)
    assert later.login("N001", "demo-nurse").member.must_change_password
    never = LoginService(demo_services.engine, demo_services.journal, "pc",
                         clock=lambda: 4_102_444_800.0)
    assert not never.login("N001", "demo-nurse").member.must_change_password


@pytest.mark.parametrize("staff_id,name,roles,code", [
    ("N 101", "李护士", {Role.NURSE}, "auth.bad_staff_id"),
    ("", "李护士", {Role.NURSE}, "auth.bad_staff_id"),
    ("N101", "   ", {Role.NURSE}, "auth.bad_name"),
    ("N101", "李护士", set(), "auth.no_roles"),
])
def test_bad_details_are_refused_the_same_way_everywhere(
        demo_services: Services, roster: RosterService, staff_id: str, name: str,
        roles: set[Role], code: str) -> None:
    admin = demo_services.login.demo_session("A001")
    with pytest.raises(TrainerError) as exc:
        roster.create(admin, staff_id, name, roles, ["外科"], None)
    assert exc.value.code == code
    if code != "auth.bad_staff_id":  # an edit never changes the staff number
        with pytest.raises(TrainerError) as edit:
            roster.update(admin, "N001", name=name, roles=roles)
        assert edit.value.code == code


def test_first_run_refuses_a_staff_number_with_a_space(services: Services) -> None:
    with pytest.raises(TrainerError) as exc:
        services.login.create_first_admin("A 1", "Admin", "a long admin phrase")
    assert exc.value.code == "auth.bad_staff_id"
    assert services.login.needs_first_admin()

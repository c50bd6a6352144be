"""Certification rules over a real journal: windows, expiry on the day, revocation and
re-certification, critical errors, top-ups, failure and retraining."""

from __future__ import annotations

from datetime import date

import pytest

from tests.certify.helpers import (
    COURSES,
    DAY0,
    add_person,
    days,
    hr_session,
    nurse_session,
    practical,
    read_course,
    theory,
)
from trainer.certify.keys import IssuerKey
from trainer.certify.service import CertificationService, CertifyError
from trainer.certify.standing import standing
from trainer.errors import PermissionDenied
from trainer.services import Services


def status(certs: CertificationService, staff: str, today: date) -> tuple[str, str]:
    found = standing(certs.ledger(), staff, "nurse_station", today, COURSES)
    return found.status, found.reason


def ready(services: Services, staff: str = "N100", gap: int = 10) -> None:
    add_person(services.engine, staff, "李雪")
    read_course(services.journal, staff, DAY0)
    theory(services.journal, staff, DAY0 + days(1), 90)
    practical(services.journal, staff, DAY0 + days(1 + gap), 85)


@pytest.mark.parametrize(("gap", "expected"), [(89, "eligible"), (90, "eligible"),
                                                (91, "in_training")])
def test_both_passes_within_the_window_inclusive(services: Services,
                                                 certs: CertificationService, gap: int,
                                                 expected: str) -> None:
    ready(services, gap=gap)
    found, reason = status(certs, "N100", DAY0 + days(200))
    assert found == expected
    assert reason == ("" if expected == "eligible" else "window")


def test_window_follows_the_rules_event(services: Services, certs: CertificationService
                                        ) -> None:
    ready(services, gap=40)
    assert status(certs, "N100", DAY0 + days(60))[0] == "eligible"
    certs.set_rules(hr_session(), module="nurse_station", window_days=30)
    assert status(certs, "N100", DAY0 + days(60)) == ("in_training", "window")


def test_unread_course_keeps_a_trainee_in_training(services: Services,
                                                  certs: CertificationService) -> None:
    add_person(services.engine, "N100", "李雪")
    read_course(services.journal, "N100", DAY0, sections=("s1",))
    theory(services.journal, "N100", DAY0, 95)
    practical(services.journal, "N100", DAY0, 95)
    assert status(certs, "N100", DAY0) == ("in_training", "course_unread")
    read_course(services.journal, "N100", DAY0 + days(2), sections=("s2",))
    assert status(certs, "N100", DAY0 + days(2))[0] == "eligible"


def test_a_critical_error_fails_whatever_the_score(services: Services,
                                                    certs: CertificationService) -> None:
    add_person(services.engine, "N100", "李雪")
    read_course(services.journal, "N100", DAY0)
    theory(services.journal, "N100", DAY0, 100)
    # 98 % and (wrongly) marked passed by the writer: the critical error still fails it.
    practical(services.journal, "N100", DAY0, 98, critical=("wrong_patient",), passed=True)
    assert status(certs, "N100", DAY0) == ("failed", "critical_error_failed")


def test_failure_means_retraining_then_a_pass_makes_eligible(
        services: Services, certs: CertificationService) -> None:
    add_person(services.engine, "N100", "李雪")
    read_course(services.journal, "N100", DAY0)
    theory(services.journal, "N100", DAY0, 60)
    practical(services.journal, "N100", DAY0, 90)
    assert status(certs, "N100", DAY0) == ("failed", "theory_failed")
    theory(services.journal, "N100", DAY0 + days(7), 85)
    assert status(certs, "N100", DAY0 + days(7))[0] == "eligible"
    theory(services.journal, "N100", DAY0 + days(8), 70, certifying=False)  # practice only
    assert status(certs, "N100", DAY0 + days(8))[0] == "eligible"


def test_expiry_on_its_day_with_nobody_running_anything(
        services: Services, certs: CertificationService, issuer: IssuerKey) -> None:
    ready(services)
    issued_on = date(2026, 3, 31)
    cert = certs.issue(hr_session(), issuer, "N100", "nurse_station", issued_on)
    assert cert.expires_on == date(2027, 3, 31)
    assert status(certs, "N100", date(2027, 2, 28)) == ("certified", "")
    assert status(certs, "N100", date(2027, 3, 1)) == ("expiring", "expires_soon")
    assert status(certs, "N100", date(2027, 3, 30))[0] == "expiring"
    assert status(certs, "N100", date(2027, 3, 31))[0] == "expired"


def test_month_end_validity(services: Services, certs: CertificationService,
                            issuer: IssuerKey) -> None:
    ready(services)
    cert = certs.issue(hr_session(), issuer, "N100", "nurse_station", date(2027, 2, 28))
    assert cert.expires_on == date(2028, 2, 28)
    certs.set_rules(hr_session(), validity_months=1)
    add_person(services.engine, "N200", "王")
    read_course(services.journal, "N200", DAY0)
    theory(services.journal, "N200", DAY0, 90)
    practical(services.journal, "N200", DAY0, 90)
    assert certs.issue(hr_session(), issuer, "N200", "nurse_station",
                       date(2027, 1, 31)).expires_on == date(2027, 2, 28)


def test_revoked_then_recertified(services: Services, certs: CertificationService,
                                  issuer: IssuerKey) -> None:
    ready(services)
    today = DAY0 + days(30)
    first = certs.issue(hr_session(), issuer, "N100", "nurse_station", today)
    certs.revoke(hr_session(), first.number, "考核作弊 cheating in the practical")
    assert status(certs, "N100", today)[0] == "revoked"
    with pytest.raises(CertifyError) as refused:  # the old results are used up
        certs.issue(hr_session(), issuer, "N100", "nurse_station", today)
    assert refused.value.code == "cert.not_eligible"
    theory(services.journal, "N100", today + days(20), 88)
    practical(services.journal, "N100", today + days(21), 92)
    second = certs.issue(hr_session(), issuer, "N100", "nurse_station", today + days(21))
    assert second.number != first.number
    assert status(certs, "N100", today + days(22)) == ("certified", "")
    assert certs.ledger().certificates[first.number].revoked_reason.startswith("考核作弊")


def test_top_up_due_then_missed(services: Services, certs: CertificationService,
                                issuer: IssuerKey) -> None:
    ready(services, "N100")
    ready(services, "N200")
    today = DAY0 + days(20)
    certs.issue(hr_session(), issuer, "N100", "nurse_station", today)
    certs.issue(hr_session(), issuer, "N200", "nurse_station", today)
    due = today + days(30)
    certs.require_topup(hr_session(), "nurse_station", "upgrade_2026", due, "HIS 5.2")
    read_course(services.journal, "N200", due, course="upgrade_2026", sections=("u1",))
    ledger = certs.ledger()
    on_due = standing(ledger, "N100", "nurse_station", due, COURSES)
    assert on_due.status == "certified"
    assert [(t.course_id, t.due_on, t.missed) for t in on_due.topups] == [
        ("upgrade_2026", due, False)]
    late = standing(ledger, "N100", "nurse_station", due + days(1), COURSES)
    assert (late.status, late.reason) == ("expired", "topup_missed")
    assert status(certs, "N200", due + days(1)) == ("certified", "")


def test_top_up_course_is_not_required_of_new_trainees(
        services: Services, certs: CertificationService) -> None:
    certs.require_topup(hr_session(), "nurse_station", "upgrade_2026", DAY0, "HIS 5.2")
    ready(services)
    assert status(certs, "N100", DAY0 + days(30))[0] == "eligible"


def test_roles_are_checked_in_the_service(services: Services, certs: CertificationService,
                                          issuer: IssuerKey) -> None:
    ready(services)
    with pytest.raises(PermissionDenied):
        certs.issue(nurse_session(), issuer, "N100", "nurse_station", DAY0 + days(30))
    with pytest.raises(PermissionDenied):
        certs.set_rules(nurse_session(), window_days=1000)
    with pytest.raises(PermissionDenied):
        certs.rows(None, DAY0)
    with pytest.raises(CertifyError):
        certs.revoke(hr_session(), "NOPE-1", "")


def test_issue_and_revoke_name_the_acting_person(services: Services,
                                                 certs: CertificationService,
                                                 issuer: IssuerKey) -> None:
    ready(services)
    cert = certs.issue(hr_session("HR07"), issuer, "N100", "nurse_station", DAY0 + days(30))
    certs.revoke(hr_session("HR08"), cert.number, "wrong person")
    actors = [(e.type, e.actor_id, e.subject_id) for e in services.journal.events(
        types=["cert.issued", "cert.revoked"])]
    assert actors == [("cert.issued", "HR07", "N100"), ("cert.revoked", "HR08", "N100")]


def test_automatic_issue_on_sign_off_when_configured(
        services: Services, certs: CertificationService, issuer: IssuerKey) -> None:
    ready(services)
    today = DAY0 + days(30)
    assert certs.after_sign_off(issuer, "N100", "nurse_station", today) is None
    certs.set_rules(hr_session(), auto_issue=True)
    cert = certs.after_sign_off(issuer, "N100", "nurse_station", today)
    assert cert is not None and cert.issued_by is None and cert.self_attested
    assert certs.after_sign_off(issuer, "N100", "nurse_station", today) is None


def test_numbers_are_allocated_in_sequence_and_ledger_is_deterministic(
        services: Services, certs: CertificationService, issuer: IssuerKey) -> None:
    for staff in ("N100", "N200", "N300"):
        ready(services, staff)
    issued = certs.issue_all_eligible(hr_session(), issuer, DAY0 + days(30))
    assert [c.number[-5:] for c in issued] == ["00001", "00002", "00003"]
    assert all(c.number.startswith(f"{issuer.key_id[:4]}-2026-") for c in issued)
    assert certs.ledger() == certs.ledger()


def test_networked_workstation_does_not_issue(services: Services, issuer: IssuerKey) -> None:
    ready(services)
    networked = CertificationService(services.engine, services.journal,
                                     services.profile.keys_dir, lambda: COURSES,
                                     networked=lambda: True)
    with pytest.raises(CertifyError) as refused:
        networked.issue(hr_session(), issuer, "N100", "nurse_station", DAY0 + days(30))
    assert refused.value.code == "cert.issue_on_service"


def test_recertification_before_expiry(services: Services, certs: CertificationService,
                                       issuer: IssuerKey) -> None:
    ready(services)
    first = certs.issue(hr_session(), issuer, "N100", "nurse_station", DAY0 + days(20))
    near_end = first.expires_on - days(20)
    assert status(certs, "N100", near_end)[0] == "expiring"
    assert certs.issue_all_eligible(hr_session(), issuer, near_end) == []  # no new passes
    theory(services.journal, "N100", near_end - days(5), 90)
    practical(services.journal, "N100", near_end - days(4), 90)
    renewed = certs.issue_all_eligible(hr_session(), issuer, near_end)
    assert [c.holder for c in renewed] == ["N100"]
    assert renewed[0].expires_on > first.expires_on
    assert status(certs, "N100", first.expires_on) == ("certified", "")


def test_a_department_head_sees_her_own_departments_only(
        services: Services, certs: CertificationService) -> None:
    from trainer.auth.session import Session, StaffMember
    from trainer.vocabulary import Role

    ready(services, "N100")  # 内科
    add_person(services.engine, "N200", "王芳", department="外科")
    head = Session(StaffMember("H001", "护士长", frozenset({Role.DEPARTMENT_HEAD, Role.NURSE}),
                               ("内科",), True, False), "test-pc")
    seen = {r.member.staff_id for r in certs.rows(head, DAY0 + days(30))}
    assert "N100" in seen and "N200" not in seen
    assert {r.member.staff_id for r in certs.rows(hr_session(), DAY0 + days(30))} >= {
        "N100", "N200"}
    asked_for_other = certs.rows(head, DAY0 + days(30), department="外科")
    assert asked_for_other == []  # a filter cannot widen what she may see
    with pytest.raises(PermissionDenied):
        certs.rows(nurse_session(), DAY0 + days(30))


def test_everyone_sees_their_own_standing_and_expiry(
        services: Services, certs: CertificationService, issuer: IssuerKey) -> None:
    ready(services)
    certs.issue(hr_session(), issuer, "N100", "nurse_station", date(2026, 3, 31))
    own = certs.own(nurse_session("N100"), date(2027, 3, 10))
    assert [(s.module, s.status) for s in own] == [("nurse_station", "expiring")]
    assert own[0].certificate is not None and own[0].certificate.expires_on == date(2027, 3, 31)
    with pytest.raises(PermissionDenied):
        certs.own(None, date(2027, 3, 10))

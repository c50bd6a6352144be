"""The service issues certificates in networked mode: the genuine path end to end, HR's
request with roles checked on the service, revocations syncing out, and numbers that never
collide — on a real PostgreSQL with the real service."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.server.practical_flow import (
    ALL,
    MODULE,
    PASSWORDS,
    Hospital,
    critical,
    expert,
    hospital,
)
from tests.sync.conftest import Workstation
from tests.sync.helpers import sync_ok
from trainer.certify import verify
from trainer.certify.keys import IssuerKeyError, local_public_key
from trainer.certify.ledger import LEDGER_TYPES, fold
from trainer.certify.signing import key_id, typable_code
from trainer.cli import main
from trainer.journal import NewEvent
from trainer.practical import verdicts as vd
from trainer.server.authority import judge_new, settings_from_env, write
from trainer.sync.admin import ServiceAdmin

__all__ = ["hospital"]


def _pcs(hospital: Hospital, workstation: Workstation) -> tuple[Any, Any]:
    ward = workstation("ward-pc", hospital.service.url, hospital.db_url)
    office = workstation("office-pc", hospital.service.url, hospital.db_url)
    return ward, office


def _passed_practical(hospital: Hospital, ward: Any, office: Any) -> None:
    """N100 sits the practical on the ward PC, T200 marks it full and signs it off on the
    office PC; both synced."""
    found = hospital.sit(ward, expert())
    sync_ok(ward)
    sync_ok(office)
    practical = hospital.practical(office)
    trainer = hospital.as_(office, "T200")
    practical.mark(trainer, found.attempt_id, ALL)
    practical.sign_off(trainer, found.attempt_id)
    sync_ok(office)


def test_genuine_path_attempt_rerun_sign_off_issue_pull_verify(
        hospital: Hospital, workstation: Workstation) -> None:
    ward, office = _pcs(hospital, workstation)
    hospital.rules(office, auto_issue=True)
    hospital.theory_passed()
    found = hospital.sit(ward, expert())
    sync_ok(ward)
    [rerun] = hospital.events(vd.RERUN.name)
    assert rerun["data"]["outcome"] == "verified" and rerun["data"]["reasons"] == []
    assert rerun["data"]["score"] == found.result.score if found.result else None
    assert rerun["device_id"] == "service" and rerun["subject_id"] == "N100"

    sync_ok(office)  # the trainer's PC receives the attempt and the service's verdict
    practical = hospital.practical(office)
    trainer = hospital.as_(office, "T200")
    assert practical.get(found.attempt_id).review is not None
    practical.mark(trainer, found.attempt_id, ALL, comments="规范")
    practical.sign_off(trainer, found.attempt_id)
    sync_ok(office)

    [checked] = hospital.events(vd.SIGN_OFF_CHECKED.name)
    assert checked["data"]["reasons"] == []
    assert checked["data"]["accepted"]
    [issued] = hospital.events("cert.issued")
    data = issued["data"]
    assert issued["device_id"] == "service" and issued["actor_id"] is None
    assert data["holder"] == "N100" and not data["self_attested"]
    assert hospital.key is not None and data["key_id"] == hospital.key.key_id
    assert data["scores"][0]["practical_attempt"] == found.attempt_id
    with hospital.engine.connect() as conn:
        numbers = [tuple(r) for r in
                   conn.exec_driver_sql("SELECT number, holder FROM cert_number")]
    assert numbers == [(data["number"], "N100")]

    sync_ok(ward)  # the certificate (and the issuer's public key) arrive by pull
    ledger = fold(ward.journal.events(types=LEDGER_TYPES))
    cert = ledger.certificates[data["number"]]
    assert hospital.key.key_id in ledger.issuer_keys
    verdict = verify.verify_code(typable_code(cert.signature), ledger, ledger.issuer_keys,
                                 date.today())
    assert verdict.verdict == verify.VALID and verdict.reason == ""  # not self-attested

    # HR revokes on the service; the revocation reaches the ward PC
    refused = hospital.call("/v1/certs/revoke", {"number": data["number"], "reason": "x"},
                            staff="T100")
    assert refused.status_code == 403
    answer = hospital.call("/v1/certs/revoke", {"number": data["number"],
                                                "reason": "issued on a wrong record"})
    assert answer.status_code == 200, answer.text
    sync_ok(ward)
    ledger = fold(ward.journal.events(types=LEDGER_TYPES))
    verdict = verify.verify_code(typable_code(cert.signature), ledger, ledger.issuer_keys,
                                 date.today())
    assert verdict.verdict == verify.REVOKED


def test_hr_request_is_checked_on_the_service(hospital: Hospital,
                                              workstation: Workstation) -> None:
    ward, office = _pcs(hospital, workstation)
    hospital.rules(office, auto_issue=False)
    _passed_practical(hospital, ward, office)
    assert hospital.events("cert.issued") == []  # rules: HR issues
    body = {"holder": "N100", "module": MODULE}
    early = hospital.call("/v1/certs/issue", body)
    assert early.status_code == 409  # no theory result graded by the service yet
    assert early.json()["code"] == "cert.service_not_eligible"
    hospital.theory_passed()
    assert hospital.call("/v1/certs/issue", body, staff="T200").status_code == 403
    assert hospital.call("/v1/certs/issue", body, staff="N100").status_code == 403
    admin = ServiceAdmin(office.engine)  # HR's workstation asks the service
    try:
        admin.log_in("H100", PASSWORDS["H100"])
        issued = admin.issue_certificate("N100", MODULE)
    finally:
        admin.close()
    assert issued["holder"] == "N100" and not issued["self_attested"]
    [event] = hospital.events("cert.issued")
    assert event["actor_id"] == "H100"
    again = hospital.call("/v1/certs/issue", body)
    assert again.status_code == 409  # certified: the same passes give one certificate


def _eligible_by_records(hospital: Hospital, trainee: str) -> None:
    """Service records of a passed theory exam and an accepted practical sign-off."""
    hospital.theory_passed(trainee)
    sign_off = NewEvent("practical.signed_off", {
        "attempt_id": f"practical-{trainee}", "module": MODULE, "scenario_id": "s",
        "score": 95.0, "pass_mark": 80.0, "passed": True}, actor_id="T200",
        subject_id=trainee)
    with hospital.engine.begin() as conn:
        write(conn, sign_off, NewEvent(vd.SIGN_OFF_CHECKED.name, {
            "attempt_id": f"practical-{trainee}", "sign_off_event": sign_off.event_id,
            "accepted": True}, subject_id=trainee))


def test_concurrent_issues_get_different_numbers_and_one_certificate_per_pass(
        hospital: Hospital) -> None:
    people = ["N100", "D100", "T300", "N200"]
    for person in people:
        _eligible_by_records(hospital, person)
    token = hospital.hr_token()
    answers: list[Any] = []
    requests = [*people, "N100", "N100"]  # N100 asked for three times at once
    barrier = threading.Barrier(len(requests))

    def ask(holder: str) -> None:
        import httpx

        barrier.wait()
        answers.append(httpx.post(f"{hospital.service.url}/v1/certs/issue", timeout=60,
                                  headers={"Authorization": f"Bearer {token}"},
                                  json={"holder": holder, "module": MODULE}))

    threads = [threading.Thread(target=ask, args=(h,)) for h in requests]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ok = [a.json()["issued"] for a in answers if a.status_code == 200]
    assert sorted(a["holder"] for a in ok) == sorted(people)
    assert [a.status_code for a in answers].count(409) == 2
    numbers = [a["number"] for a in ok]
    assert len(set(numbers)) == len(numbers) == 4
    stored = hospital.events("cert.issued")
    assert sorted(e["data"]["number"] for e in stored) == sorted(numbers)


def test_a_failed_practical_never_issues(hospital: Hospital,
                                         workstation: Workstation) -> None:
    ward, office = _pcs(hospital, workstation)
    hospital.rules(office, auto_issue=True)
    hospital.theory_passed()
    found = hospital.sit(ward, critical())
    sync_ok(ward)
    sync_ok(office)
    practical = hospital.practical(office)
    trainer = hospital.as_(office, "T200")
    practical.mark(trainer, found.attempt_id, ALL)
    practical.sign_off(trainer, found.attempt_id)
    sync_ok(office)
    [checked] = hospital.events(vd.SIGN_OFF_CHECKED.name)
    assert checked["data"]["accepted"]  # a genuine fail, signed as a fail
    assert hospital.events("cert.issued") == []
    assert hospital.call("/v1/certs/issue", {"holder": "N100", "module": MODULE}
                         ).status_code == 409


def test_the_services_issuer_key_from_the_command_line_and_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "service-key"
    monkeypatch.setattr("sys.stdin", io.StringIO("the hospital's long passphrase\n"))
    assert main(["server", "issuer-key", "--dir", str(folder)]) == 0
    public = local_public_key(folder)
    assert public is not None
    monkeypatch.setenv("HIS_TRAINER_ISSUER_KEY", str(folder))
    monkeypatch.setenv("HIS_TRAINER_ISSUER_PASSPHRASE", "the hospital's long passphrase")
    settings = settings_from_env()
    assert settings.key is not None and settings.key.key_id == key_id(public)
    monkeypatch.setenv("HIS_TRAINER_ISSUER_PASSPHRASE", "a wrong passphrase")
    with pytest.raises(IssuerKeyError) as refused:
        settings_from_env()
    assert refused.value.code == "cert.bad_passphrase"
    monkeypatch.delenv("HIS_TRAINER_ISSUER_KEY")
    assert settings_from_env().key is None  # no key: the service refuses to issue (503)


def test_a_theory_grade_completing_eligibility_issues_under_auto_issue(
        hospital: Hospital, workstation: Workstation) -> None:
    ward, office = _pcs(hospital, workstation)
    hospital.rules(office, auto_issue=True)
    _passed_practical(hospital, ward, office)
    assert hospital.events("cert.issued") == []  # the theory exam is not graded yet
    hospital.theory_passed()  # the service grades it …
    judge_new(hospital.engine, hospital.settings)  # … and judges what it holds now
    [issued] = hospital.events("cert.issued")
    assert issued["subject_id"] == "N100" and issued["actor_id"] is None
    judge_new(hospital.engine, hospital.settings)
    assert len(hospital.events("cert.issued")) == 1  # judged once


def test_hr_issues_from_her_pc_through_the_service(hospital: Hospital,
                                                   workstation: Workstation) -> None:
    """What the certificates page does in networked mode: HR's own password on the
    service, one request per eligible person, refusals per person, then a sync."""
    from trainer.errors import TrainerError
    from trainer.gui.certificates.central import issue_on_service

    ward, office = _pcs(hospital, workstation)
    hospital.rules(office, auto_issue=False)
    _passed_practical(hospital, ward, office)
    hospital.theory_passed()
    with pytest.raises(TrainerError):
        issue_on_service(office, "H100", "not her password", [("N100", MODULE)])
    done = issue_on_service(office, "H100", PASSWORDS["H100"],
                            [("N404", MODULE), ("N100", MODULE)])
    assert len(done.issued) == 1 and [(h, m) for h, m, _e in done.refused] == [
        ("N404", MODULE)]  # one refusal does not stop the others
    [event] = hospital.events("cert.issued")
    assert event["actor_id"] == "H100" and event["data"]["number"] == done.issued[0]
    assert [e.type for e in office.journal.events(type="cert.issued")] == ["cert.issued"]

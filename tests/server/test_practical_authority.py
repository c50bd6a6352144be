"""The service re-runs practical attempts and checks marks and sign-offs from every PC: an
edited command log, a forged result or a forged sign-off never becomes a certificate, and
two PCs' disagreeing marks go to adjudication everywhere (real PostgreSQL, real service)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.server.practical_flow import ALL, MODULE, Hospital, critical, expert, hospital
from tests.sync.conftest import Workstation, client
from tests.sync.helpers import sync_ok
from trainer.errors import TrainerError
from trainer.journal import NewEvent
from trainer.practical import verdicts as vd
from trainer.server.practicals import Shelf
from trainer.services import Services
from trainer.sim.recording import chain_link

__all__ = ["hospital"]


def _rows(pc: Services, kind: str, match: str) -> list[tuple[str, dict[str, Any]]]:
    with pc.engine.connect() as conn:
        found = conn.execute(text("SELECT event_id, payload FROM journal_event WHERE type = :t "
                                  "ORDER BY device_seq"), {"t": kind}).all()
    return [(r[0], json.loads(r[1])) for r in found if match in r[1]]


def _store(pc: Services, event_id: str, data: dict[str, Any]) -> None:
    """Edit a stored event in the workstation's database file, as anyone at the PC can."""
    with pc.engine.begin() as conn:
        conn.execute(text("UPDATE journal_event SET payload = :p WHERE event_id = :e"),
                     {"p": json.dumps(data, ensure_ascii=False), "e": event_id})


def edit_args(pc: Services, attempt_id: str) -> None:
    """One command's arguments changed; nothing else touched."""
    event_id, data = _rows(pc, "sim.command", attempt_id)[0]
    data["args"] = {**data["args"], "note": "changed afterwards"}
    _store(pc, event_id, data)


def swap_order(pc: Services, attempt_id: str) -> None:
    """Two commands swapped (their numbers exchanged), everything else kept."""
    (first, a), (second, b) = _rows(pc, "sim.command", attempt_id)[1:3]
    a["seq"], b["seq"] = b["seq"], a["seq"]
    _store(pc, first, a)
    _store(pc, second, b)


def forge_result(pc: Services, attempt_id: str) -> None:
    """The provisional result rewritten to a pass; the log left as it is."""
    event_id, data = _rows(pc, "practical.finished", attempt_id)[0]
    data.update(score=100.0, passed=True, critical_errors=[],
                checks=dict.fromkeys(data["checks"], True))
    _store(pc, event_id, data)


def rechain_edit(pc: Services, attempt_id: str) -> None:
    """A careful forger: the last command rewritten, the chain and digest made up again —
    the log is whole and chained, but the sandbox does not do what it claims."""
    rows = _rows(pc, "sim.command", attempt_id)
    event_id, dropped = rows[-1]
    dropped.update(cmd="noop", args={}, ok=True, code=None)
    link = attempt_id
    for eid, data in rows:
        data = dropped if eid == event_id else data
        link = chain_link(link, data["seq"], data["t"], data["cmd"], data["args"],
                          data["ok"], data.get("code"))
        data["chain"] = link
        _store(pc, eid, data)
    finish_id, finish = _rows(pc, "practical.finished", attempt_id)[0]
    finish["log_digest"] = link
    _store(pc, finish_id, finish)


EDITS: dict[str, tuple[Callable[[Services, str], None], str]] = {
    "args edited": (edit_args, "log_chain"),
    "commands reordered": (swap_order, "log_order"),
    "result forged": (forge_result, "result_differs"),
    "command rewritten and rechained": (rechain_edit, "log_replay"),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_command_log_edited_after_the_fact_is_caught_and_never_certified(
        hospital: Hospital, workstation: Workstation, edit: str) -> None:
    ward = workstation("ward-pc", hospital.service.url, hospital.db_url)
    office = workstation("office-pc", hospital.service.url, hospital.db_url)
    hospital.rules(office, auto_issue=True)
    hospital.theory_passed()
    found = hospital.sit(ward, critical() if edit == "result forged" else expert())
    change, reason = EDITS[edit]
    change(ward, found.attempt_id)  # before the events leave the PC
    sync_ok(ward)
    [rerun] = hospital.events(vd.RERUN.name)
    assert rerun["data"]["outcome"] == "flagged"
    assert reason in rerun["data"]["reasons"], rerun["data"]["reasons"]

    sync_ok(office)
    practical = hospital.practical(office)
    trainer = hospital.as_(office, "T200")
    assert practical.get(found.attempt_id).status == "flagged"
    assert found.attempt_id in {a.attempt_id for a in practical.queue(trainer)}
    practical.mark(trainer, found.attempt_id, ALL)
    with pytest.raises(TrainerError) as refused:
        practical.sign_off(trainer, found.attempt_id)
    assert refused.value.code == "practical.flagged"
    # a sign-off written past the PC's checks (as a trainer's PC could) still does not count
    office.journal.append(NewEvent("practical.signed_off", {
        "attempt_id": found.attempt_id, "module": MODULE, "scenario_id": found.scenario_id,
        "score": 100.0, "pass_mark": 80.0, "passed": True}, actor_id="T200",
        subject_id="N100"))
    sync_ok(office)
    [checked] = hospital.events(vd.SIGN_OFF_CHECKED.name)
    assert not checked["data"]["accepted"] and "rerun_flagged" in checked["data"]["reasons"]
    assert hospital.events("cert.issued") == []
    asked = hospital.call("/v1/certs/issue", {"holder": "N100", "module": MODULE})
    assert asked.status_code == 409 and hospital.events("cert.issued") == []


FORGERIES = {
    # the trainer's mark is genuine (a fail); the sign-off claims a pass
    "sign-off score": ("decision_differs", False),
    # a mark claiming full marks on a failed run, without an override, and a sign-off on it
    "mark score": ("mark_differs", True),
}


@pytest.mark.parametrize("forgery", sorted(FORGERIES))
def test_a_forged_sign_off_or_score_does_not_become_a_certificate(
        hospital: Hospital, workstation: Workstation, forgery: str) -> None:
    ward = workstation("ward-pc", hospital.service.url, hospital.db_url)
    office = workstation("office-pc", hospital.service.url, hospital.db_url)
    hospital.rules(office, auto_issue=True)
    hospital.theory_passed()
    found = hospital.sit(ward, critical())  # a critical error: the run fails
    sync_ok(ward)
    sync_ok(office)
    hospital.as_(office, "T200")
    reason, forged_mark = FORGERIES[forgery]
    if forged_mark:
        office.journal.append(NewEvent("practical.marked", {
            "attempt_id": found.attempt_id, "stage": "first", "rubric": ALL, "score": 100.0,
            "passed": True}, actor_id="T200", subject_id="N100"))
    else:
        hospital.practical(office).mark(hospital.as_(office, "T200"), found.attempt_id, ALL)
    office.journal.append(NewEvent("practical.signed_off", {
        "attempt_id": found.attempt_id, "module": MODULE, "scenario_id": found.scenario_id,
        "score": 100.0, "pass_mark": 80.0, "passed": True}, actor_id="T200",
        subject_id="N100"))
    sync_ok(office)
    [rerun] = hospital.events(vd.RERUN.name)
    assert rerun["data"]["outcome"] == "verified" and not rerun["data"]["passed"]
    [checked] = hospital.events(vd.SIGN_OFF_CHECKED.name)
    assert not checked["data"]["accepted"]
    assert reason in checked["data"]["reasons"], checked["data"]["reasons"]
    assert hospital.events("cert.issued") == []
    asked = hospital.call("/v1/certs/issue", {"holder": "N100", "module": MODULE})
    assert asked.status_code == 409 and asked.json()["code"] == "cert.service_not_eligible"


def test_two_pcs_marks_disagreeing_go_to_adjudication(hospital: Hospital,
                                                      workstation: Workstation) -> None:
    ward = workstation("ward-pc", hospital.service.url, hospital.db_url)
    office = workstation("office-pc", hospital.service.url, hospital.db_url)
    hospital.rules(office, auto_issue=True)
    hospital.theory_passed()
    found = hospital.sit(ward, expert())
    sync_ok(ward)
    sync_ok(office)
    # both PCs offline from here: each trainer believes they mark first
    at_ward, at_office = hospital.practical(ward), hospital.practical(office)
    at_ward.mark(hospital.as_(ward, "T300"), found.attempt_id, ALL)  # 100, pass
    at_office.mark(hospital.as_(office, "T200"), found.attempt_id, ALL, score=60,
                   reason="交接时漏报血钾结果，实际未达标")  # an override: fail
    assert at_ward.get(found.attempt_id).status == "marked"
    assert at_office.get(found.attempt_id).status == "marked"
    sync_ok(ward)
    sync_ok(office)
    [referred] = hospital.events(vd.REFERRED.name)
    assert referred["data"]["first_marker"] == "T300"
    assert referred["data"]["second_marker"] == "T200"
    assert referred["data"]["reason"] == "tolerance"
    sync_ok(ward)
    for practical in (at_ward, at_office):
        assert practical.get(found.attempt_id).status == "adjudication"
    with pytest.raises(TrainerError) as refused:
        at_office.sign_off(hospital.as_(office, "T200"), found.attempt_id)
    assert refused.value.code == "practical.needs_adjudication"

    adjudicator = hospital.as_(office, "T100")
    at_office.adjudicate(adjudicator, found.attempt_id, ALL, reason="回放确认交接完整")
    at_office.sign_off(adjudicator, found.attempt_id)
    sync_ok(office)
    [checked] = hospital.events(vd.SIGN_OFF_CHECKED.name)
    assert checked["data"]["accepted"], checked["data"]["reasons"]
    [issued] = hospital.events("cert.issued")
    assert issued["data"]["holder"] == "N100"
    sync_ok(ward)
    assert at_ward.get(found.attempt_id).status == "signed_off"


def test_an_unknown_scenario_version_is_held_until_the_service_has_it(
        hospital: Hospital, workstation: Workstation, tmp_path: Path) -> None:
    ward = workstation("ward-pc", hospital.service.url, hospital.db_url)
    office = workstation("office-pc", hospital.service.url, hospital.db_url)
    hospital.rules(office, auto_issue=True)
    hospital.theory_passed()
    shelf = hospital.settings.shelf
    hospital.settings._shelf = Shelf([tmp_path])  # the service lacks this content version
    found = hospital.sit(ward, expert())
    sync_ok(ward)
    [held] = hospital.events(vd.RERUN.name)
    assert held["data"]["outcome"] == "held"
    assert held["data"]["reasons"] == ["scenario_unknown"]
    sync_ok(office)
    practical = hospital.practical(office)
    trainer = hospital.as_(office, "T200")
    practical.mark(trainer, found.attempt_id, ALL)
    practical.sign_off(trainer, found.attempt_id)
    sync_ok(office)
    assert hospital.events(vd.SIGN_OFF_CHECKED.name) == []  # waits for the re-run
    assert hospital.events("cert.issued") == []

    hospital.settings._shelf = shelf  # the content version is installed on the service
    answer = hospital.call("/v1/admin/judge", {}, staff="A100")
    assert answer.status_code == 200 and answer.json()["attempts"] >= 1
    assert [e["data"]["outcome"] for e in hospital.events(vd.RERUN.name)] == [
        "held", "verified"]
    [checked] = hospital.events(vd.SIGN_OFF_CHECKED.name)
    assert checked["data"]["accepted"]
    assert len(hospital.events("cert.issued")) == 1


@pytest.mark.parametrize("kind", sorted(vd.TYPES))
def test_a_workstation_cannot_push_the_services_verdicts(
        hospital: Hospital, workstation: Workstation, kind: str) -> None:
    ward = workstation("ward-pc", hospital.service.url, hospital.db_url)
    found = hospital.sit(ward, critical())
    sync_ok(ward)
    payloads: dict[str, dict[str, Any]] = {
        vd.RERUN.name: {"attempt_id": found.attempt_id, "outcome": "verified",
                        "score": 100.0, "passed": True},
        vd.REFERRED.name: {"attempt_id": found.attempt_id, "first_marker": "T100",
                           "first_score": 1.0, "first_passed": False,
                           "second_marker": "T200", "second_score": 99.0,
                           "second_passed": True, "tolerance": 5.0, "reason": "tolerance"},
        vd.SIGN_OFF_CHECKED.name: {"attempt_id": found.attempt_id, "sign_off_event": "x",
                                   "accepted": True},
    }
    ward.journal.append(NewEvent(kind, payloads[kind], actor_id="N100", subject_id="N100"))
    outcome = client(ward).run()
    assert outcome.error_code == "push.result_event"
    assert [e["data"]["outcome"] for e in hospital.events(vd.RERUN.name)] == ["verified"]
    assert hospital.events(vd.SIGN_OFF_CHECKED.name) == []
    assert hospital.events(vd.REFERRED.name) == []

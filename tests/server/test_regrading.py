"""The service as the authority for theory exams (issue 17): it grades certifying attempts
from their raw answers with its own copy of the content, writes the result itself, and
flags what does not add up. Each attack is made on a real ward PC profile (or with its
token), synced with the real service on a real PostgreSQL; none becomes a passing result
on the service."""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import uuid
from pathlib import Path

import httpx
import yaml

from testkit.postgres import ServiceThread
from tests.server.regrading_kit import (
    MODULE,
    Sitting,
    add_trainer,
    flags_on_service,
    graded_on_service,
    grading_row,
    objective_seed,
    right,
)
from tests.server.wire import FIELDS, admin_token
from tests.sync.conftest import Workstation, client
from tests.sync.helpers import login
from trainer.exams.assembly import assemble
from trainer.exams.attempts import attempt
from trainer.exams.events import ATTEMPT_TYPES
from trainer.journal import NewEvent
from trainer.resources import app_root
from trainer.server.authored import SERVICE_DEVICE
from trainer.sync.state import get_token


def networked_pc(workstation: Workstation, service: ServiceThread, server_db: str,
                 name: str = "pc") -> Sitting:
    add_trainer(server_db)
    pc = workstation(name, service.url, server_db)
    assert client(pc).run().error_code is None  # the roster arrives
    return Sitting(pc)


def test_a_genuine_attempt_is_graded_by_the_service_and_the_result_comes_back(
    workstation: Workstation, service: ServiceThread, server_db: str
) -> None:
    sitting = networked_pc(workstation, service, server_db)
    attempt_id = sitting.sit(answers="right")
    local = attempt(sitting.pc.journal, "N100", attempt_id)
    assert local is not None and local.graded is None  # the PC wrote no result
    assert client(sitting.pc).run().error_code is None
    [graded] = graded_on_service(server_db, attempt_id)
    assert graded["_device"] == SERVICE_DEVICE and graded["passed"] is True
    assert graded["score"] == graded["max_score"] > 0
    assert grading_row(server_db, attempt_id) == ("graded", None, True, False)
    assert flags_on_service(server_db, attempt_id) == []
    back = attempt(sitting.pc.journal, "N100", attempt_id)  # pulled in the same sync
    assert back is not None and back.graded is not None and back.graded["passed"] is True
    [event] = list(sitting.pc.journal.events(type="exam.graded"))
    assert event.device_id == SERVICE_DEVICE and event.server_seq is not None


def test_a_forged_local_result_is_refused_and_an_edited_claim_is_flagged(
    workstation: Workstation, service: ServiceThread, server_db: str
) -> None:
    sitting = networked_pc(workstation, service, server_db)
    attempt_id = sitting.sit(answers="wrong")
    pc = sitting.pc
    # The trainee edits the PC's file: the claim the PC made now says full marks …
    with pc.engine.begin() as conn:
        row = conn.exec_driver_sql(
            "SELECT event_id, payload FROM journal_event WHERE type = 'exam.graded_locally'"
        ).one()
        claim = json.loads(row[1]) | {"score": 40.0, "max_score": 40.0, "passed": True}
        conn.exec_driver_sql("UPDATE journal_event SET payload = ? WHERE event_id = ?",
                             (json.dumps(claim), row[0]))
    assert client(pc).run().error_code is None
    [graded] = graded_on_service(server_db, attempt_id)
    assert graded["passed"] is False and graded["_device"] == SERVICE_DEVICE
    [flag] = flags_on_service(server_db, attempt_id)
    assert flag["reason"] == "grading.disagrees" and flag["local_passed"] is True
    assert flag["service_passed"] is False
    # … and then forges a passing exam.graded of its own: the push is refused whole.
    pc.journal.append(NewEvent("exam.graded", {
        "attempt_id": attempt_id, "module": MODULE, "score": 40, "max_score": 40,
        "pass_mark": 80, "passed": True, "certifying": True}, subject_id="N100"))
    assert client(pc).run().error_code == "push.result_event"
    assert [g["passed"] for g in graded_on_service(server_db, attempt_id)] == [False]
    trainers = httpx.get(f"{service.url}/v1/admin/grading", params={"lang": "zh_CN"},
                         headers={"Authorization": f"Bearer {admin_token(service.url)}"})
    listed = {r["attempt_id"]: r for r in trainers.json()}
    assert listed[attempt_id]["reason"] == "grading.disagrees"
    assert listed[attempt_id]["passed"] is False and "不一致" in listed[attempt_id]["words"]


def test_answers_for_items_not_on_the_paper_are_not_certified(
    workstation: Workstation, service: ServiceThread, server_db: str
) -> None:
    sitting = networked_pc(workstation, service, server_db)
    attempt_id = sitting.sit(answers="right", submit=False)
    found = attempt(sitting.pc.journal, "N100", attempt_id)
    assert found is not None
    outside = next(i for i in sitting.exams.content.exam_index(MODULE).taken_by(
        sitting.exams.content.blueprint(MODULE).sections[-1])
        if i[0] not in found.paper.item_ids)[1]
    sitting.pc.journal.append(NewEvent("exam.answer_saved", {
        "attempt_id": attempt_id, "item_id": outside.id, "response": right(outside),
        "elapsed_ms": 1000}, actor_id="N100", subject_id="N100"))
    sitting.pc.journal.append(NewEvent("exam.submitted", {
        "attempt_id": attempt_id, "elapsed_ms": 2000, "reason": "submitted"},
        actor_id="N100", subject_id="N100"))
    assert client(sitting.pc).run().error_code is None
    assert graded_on_service(server_db, attempt_id) == []
    assert grading_row(server_db, attempt_id) == ("refused", "grading.off_paper", None, True)
    assert [f["reason"] for f in flags_on_service(server_db, attempt_id)] == [
        "grading.off_paper"]


def test_a_paper_the_rules_did_not_draw_is_not_certified(
    workstation: Workstation, service: ServiceThread, server_db: str
) -> None:
    sitting = networked_pc(workstation, service, server_db)
    attempt_id = sitting.sit(answers="right", submit=False)
    pc = sitting.pc
    # The file is edited before the first sync: the drawn paper's first item swapped for
    # an easier one of the pool (its content hash made to match, as a careful forger would).
    from trainer.exams.attempts import content_hash

    with pc.engine.begin() as conn:
        event_id, payload = conn.exec_driver_sql(
            "SELECT event_id, payload FROM journal_event WHERE type = 'exam.started'").one()
        data = json.loads(payload)
        ids = {e["item"] for e in data["entries"]}
        content = sitting.exams.content
        easy = next(i for i in sorted(content.items.values(), key=lambda i: i.id)
                    if i.pool == "exam" and MODULE in i.modules and i.id not in ids
                    and i.type == "true_false")
        dropped = data["entries"][0]["item"]
        data["entries"][0] = {"item": easy.id, "section": data["entries"][0]["section"],
                              "orders": []}
        data["content_hash"] = content_hash(
            [content.items[e["item"]] for e in data["entries"]])
        conn.exec_driver_sql("UPDATE journal_event SET payload = ? WHERE event_id = ?",
                             (json.dumps(data), event_id))
        conn.exec_driver_sql(
            "UPDATE journal_event SET payload = json_set(payload, '$.item_id', ?) "
            "WHERE type = 'exam.answer_saved' AND json_extract(payload, '$.item_id') = ?",
            (easy.id, dropped))
    pc.journal.append(NewEvent("exam.answer_saved", {
        "attempt_id": attempt_id, "item_id": easy.id, "response": right(easy),
        "elapsed_ms": 1000}, actor_id="N100", subject_id="N100"))
    pc.journal.append(NewEvent("exam.submitted", {
        "attempt_id": attempt_id, "elapsed_ms": 2000, "reason": "submitted"},
        actor_id="N100", subject_id="N100"))
    assert client(pc).run().error_code is None
    assert graded_on_service(server_db, attempt_id) == []
    assert grading_row(server_db, attempt_id) == ("refused", "grading.not_drawn", None, True)


def test_a_replayed_attempt_does_not_become_a_pass(
    workstation: Workstation, service: ServiceThread, server_db: str
) -> None:
    sitting = networked_pc(workstation, service, server_db)
    attempt_id = sitting.sit(answers="wrong")
    assert client(sitting.pc).run().error_code is None
    assert [g["passed"] for g in graded_on_service(server_db, attempt_id)] == [False]
    # The old attempt's events are pushed again with the right answers (new event ids,
    # same attempt id), as a trainee would after reading the review.
    pc = sitting.pc
    old = [e for e in pc.journal.events(types=ATTEMPT_TYPES)
           if e.data().get("attempt_id") == attempt_id and e.device_id == pc.journal.device_id]
    content = sitting.exams.content
    replay = []
    for event in old:
        data = event.data()
        if event.type == "exam.answer_saved":
            data["response"] = right(content.items[data["item_id"]])
        replay.append(NewEvent(event.type, data, actor_id=event.actor_id,
                               subject_id=event.subject_id))
    pc.journal.append(*replay)
    assert client(pc).run().error_code is None
    assert [g["passed"] for g in graded_on_service(server_db, attempt_id)] == [False]
    assert grading_row(server_db, attempt_id) == ("graded", None, False, True)
    assert "grading.replayed" in [f["reason"] for f in flags_on_service(server_db,
                                                                         attempt_id)]
    # The very same events again (same ids and numbers), as a lost answer or a copied
    # profile would send them: stored once, graded once, nothing new.
    before = len(flags_on_service(server_db, attempt_id))
    with pc.engine.connect() as conn:
        token = get_token(conn)
    sent = [e for e in pc.journal.events(types=ATTEMPT_TYPES)
            if e.data().get("attempt_id") == attempt_id and e.device_id == pc.journal.device_id]
    body = {"device_id": pc.journal.device_id, "columns": {
        name: [getattr(e, name) for e in sent] for name in FIELDS}}
    again = httpx.post(f"{service.url}/v1/push", json=body,
                       headers={"Authorization": f"Bearer {token}"}, timeout=60)
    assert again.status_code == 200
    assert [g["passed"] for g in graded_on_service(server_db, attempt_id)] == [False]
    assert len(flags_on_service(server_db, attempt_id)) == before


def test_a_content_version_the_service_lacks_holds_the_attempt_until_it_is_added(
    workstation: Workstation, service: ServiceThread, server_db: str, tmp_path: Path
) -> None:
    sitting = networked_pc(workstation, service, server_db)
    # The PC holds an item version the service never had (its stem edited).
    content = sitting.exams.content
    seed = objective_seed(content)
    first = content.items[assemble(content.blueprint(MODULE), content.exam_index(MODULE),
                                   seed).item_ids[0]]
    edited = first.model_copy(update={"stem": {"zh_CN": "改过的题干", "en": "edited stem"}})
    items = dict(content.items) | {first.id: edited}
    sitting.exams.content = dataclasses.replace(content, items=items, _indexes={})
    attempt_id = sitting.sit(answers="right", seed=seed)
    assert client(sitting.pc).run().error_code is None
    assert graded_on_service(server_db, attempt_id) == []
    status, reason, passed, flagged = grading_row(server_db, attempt_id) or (None,) * 4
    assert (status, reason, passed, flagged) == ("held", "grading.content_missing", None, True)
    [flag] = flags_on_service(server_db, attempt_id)
    assert flag["held"] is True and flag["content_hash"]
    listed = httpx.get(f"{service.url}/v1/admin/grading",
                       headers={"Authorization": f"Bearer {admin_token(service.url)}"}).json()
    [row] = [r for r in listed if r["attempt_id"] == attempt_id]
    assert row["words"].startswith("Cannot grade: content version ")
    assert row["content_hash"][:12] in row["words"]
    # A pass retrying held attempts changes nothing while the content is still missing.
    run = httpx.post(f"{service.url}/v1/admin/grading/run",
                     headers={"Authorization": f"Bearer {admin_token(service.url)}"}).json()
    assert run["graded"] == [] and len(flags_on_service(server_db, attempt_id)) == 1
    # The administrator adds that content version; the held attempt is graded.
    banks = tmp_path / "question_banks"
    shutil.copytree(app_root() / "question_banks", banks)
    for path in banks.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data.get("items", []):
            if entry["id"] == first.id:
                entry["stem"] = dict(edited.stem)
                path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                encoding="utf-8")
    assert _server_cli("regrade", "--db", server_db, "--content", str(banks)) == 0
    [graded] = graded_on_service(server_db, attempt_id)
    assert graded["passed"] is True
    assert grading_row(server_db, attempt_id) == ("graded", None, True, True)
    assert client(sitting.pc).run().error_code is None
    back = attempt(sitting.pc.journal, "N100", attempt_id)
    assert back is not None and back.graded is not None and back.graded["passed"] is True


def _server_cli(*argv: str) -> int:
    from trainer.server.cli import register

    parser = argparse.ArgumentParser(prog="his-trainer")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["server", *argv])
    result: int = args.handler(args)
    return result


def test_an_attempt_the_trainee_unlocked_for_themselves_is_not_certified(
    workstation: Workstation, service: ServiceThread, server_db: str
) -> None:
    sitting = networked_pc(workstation, service, server_db)
    pc = sitting.pc
    login(pc, "N100")
    pc.journal.append(NewEvent("exam.unlocked", {  # what a doctored PC could write
        "unlock_id": str(uuid.uuid4()), "module": MODULE, "device_id": pc.journal.device_id,
        "sitting_id": None, "by": "trainer"}, actor_id="N100", subject_id="N100"))
    content = sitting.exams.content
    running = sitting.exams.start_certifying(sitting.nurse, MODULE, identity_confirmed=True,
                                             seed=objective_seed(content))
    for item_id in running.attempt.paper.item_ids:
        running.save_answer(item_id, right(content.items[item_id]))
    sitting.exams.submit(running)
    assert client(pc).run().error_code is None
    assert graded_on_service(server_db, running.attempt_id) == []
    assert grading_row(server_db, running.attempt_id) == (
        "refused", "grading.not_unlocked", None, True)


def test_an_unreadable_attempt_is_refused_and_does_not_stop_the_grading_of_others(
    workstation: Workstation, service: ServiceThread, server_db: str
) -> None:
    sitting = networked_pc(workstation, service, server_db)
    pc = sitting.pc
    broken = sitting.sit(answers="right")
    genuine = sitting.sit(answers="right", seed=objective_seed(sitting.exams.content, 600))
    with pc.engine.begin() as conn:  # a paper entry without its item: valid JSON, no paper
        event_id, payload = conn.exec_driver_sql(
            "SELECT event_id, payload FROM journal_event WHERE type = 'exam.started' "
            "AND json_extract(payload, '$.attempt_id') = ?", (broken,)).one()
        data = json.loads(payload)
        data["entries"][0] = {"section": 0}
        conn.exec_driver_sql("UPDATE journal_event SET payload = ? WHERE event_id = ?",
                             (json.dumps(data), event_id))
    assert client(pc).run().error_code is None  # one pass: the broken attempt comes first
    assert grading_row(server_db, broken) == ("refused", "grading.refused", None, True)
    assert [g["passed"] for g in graded_on_service(server_db, genuine)] == [True]

"""The exam pool reaches a networked ward PC from the service without answers; the PC draws
the certifying paper from it, cannot grade it ("submitted — result after grading"), and
the service's result arrives by pull (ARCHITECTURE §4, issue 17)."""

from __future__ import annotations

import json
from typing import Any

import httpx

from testkit.postgres import ServiceThread
from tests.server.regrading_kit import (
    MODULE,
    Sitting,
    add_trainer,
    graded_on_service,
    objective_seed,
)
from tests.sync.conftest import Workstation, client
from trainer.exams.answerfree import SECRET_FIELDS
from trainer.exams.attempts import attempt
from trainer.exams.content import ExamContent
from trainer.exams.networked import content_of_workstation
from trainer.exams.runner import RunningAttempt
from trainer.sync.exampool import pool_version, stored_pool
from trainer.sync.state import get_token


def secrets_in(value: Any) -> list[str]:
    """Every key that would give an answer away, anywhere in ``value``."""
    found = []
    if isinstance(value, dict):
        found += [k for k in value if k in (*SECRET_FIELDS, "weight")]
        for inner in value.values():
            found += secrets_in(inner)
    elif isinstance(value, list):
        for inner in value:
            found += secrets_in(inner)
    return found


def test_a_networked_pc_sits_the_exam_from_the_answer_free_pool_and_gets_the_result_back(
    workstation: Workstation, service: ServiceThread, server_db: str
) -> None:
    add_trainer(server_db)
    pc = workstation("pc", service.url, server_db)
    assert client(pc).run().error_code is None
    pool = stored_pool(pc.engine)
    assert pool is not None and pool["items"] and MODULE in pool["blueprints"]
    assert secrets_in(pool) == []
    full = ExamContent.load()
    assert {i["id"] for i in pool["items"]} == {
        i.id for i in full.items.values() if i.pool == "exam" and (
            {m.value for m in i.modules} & set(pool["modules"]))}
    content, version = content_of_workstation(pc.engine, full, networked=True)
    assert version == pool_version(pc.engine) != ""
    assert all(i.answer is None for i in content.items.values() if i.pool == "exam")
    assert any(i.answer is not None for i in content.items.values() if i.pool == "practice")

    sitting = Sitting(pc)
    sitting.exams.content = content  # as the GUI's wiring gives it on a networked PC
    attempt_id = sitting.sit(answers="right", seed=objective_seed(content), key=full,
                             submit=False)
    found = attempt(pc.journal, "N100", attempt_id)
    assert found is not None
    submitted = sitting.exams.submit(RunningAttempt(pc.journal, found))
    assert submitted.result is None and not submitted.graded_here  # "result after grading"
    assert list(pc.journal.events(type="exam.graded_locally")) == []  # nothing to claim

    assert client(pc).run().error_code is None
    [graded] = graded_on_service(server_db, attempt_id)
    assert graded["passed"] is True
    back = attempt(pc.journal, "N100", attempt_id)
    assert back is not None and back.graded is not None and back.graded["passed"] is True
    shown = sitting.exams.result(back)  # the review: the service's result, not a local 0
    assert shown.passed and shown.percent == 100.0
    assert shown.by_knowledge_point and all(k.percent == 100.0
                                            for k in shown.by_knowledge_point)


def test_the_pool_is_sent_again_only_when_it_changed(
    workstation: Workstation, service: ServiceThread, server_db: str
) -> None:
    pc = workstation("pc", service.url, server_db)
    assert client(pc).run().error_code is None
    version = pool_version(pc.engine)
    with pc.engine.connect() as conn:
        token = get_token(conn)
    auth = {"Authorization": f"Bearer {token}"}
    same = httpx.get(f"{service.url}/v1/exam-pool", params={"known": version}, headers=auth)
    assert same.json() == {"version": version, "unchanged": True}
    fresh = httpx.get(f"{service.url}/v1/exam-pool", params={"known": "old"}, headers=auth)
    assert fresh.json()["version"] == version and fresh.json()["items"]
    assert "answer" not in json.dumps(fresh.json()["items"][0])
    refused = httpx.get(f"{service.url}/v1/exam-pool")
    assert refused.status_code == 401

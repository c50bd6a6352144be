"""A networked ward PC whose nurse's certifying attempt the service flags (the PC's file
was edited to claim a pass the service's own grading does not give)."""

from __future__ import annotations

import json

from testkit.postgres import ServiceThread
from tests.server.regrading_kit import Sitting, add_trainer
from tests.sync.conftest import Workstation, client


def flagged_pc(workstation: Workstation, service: ServiceThread, server_db: str) -> tuple[
        Sitting, str]:
    """The PC (trainer T100 and nurse N100 of ward-3 known there) and the flagged
    attempt's id: graded by the service as failed, the PC's claim said passed."""
    add_trainer(server_db)
    pc = workstation("ward-3-pc", service.url, server_db)
    assert client(pc).run().error_code is None  # the roster arrives
    sitting = Sitting(pc)
    attempt_id = sitting.sit(answers="wrong")
    with pc.engine.begin() as conn:
        row = conn.exec_driver_sql(
            "SELECT event_id, payload FROM journal_event WHERE type = 'exam.graded_locally'"
        ).one()
        claim = json.loads(row[1]) | {"score": 40.0, "max_score": 40.0, "passed": True}
        conn.exec_driver_sql("UPDATE journal_event SET payload = ? WHERE event_id = ?",
                             (json.dumps(claim), row[0]))
    assert client(pc).run().error_code is None
    return sitting, attempt_id

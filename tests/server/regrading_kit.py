"""Certifying theory attempts on a real ward PC profile, for the service's re-grading tests:
a proctor (trainer T100 of ward-3) unlocks, the nurse N100 sits the shipped nurse-station
exam, and the PC syncs with the real service on a real PostgreSQL."""

from __future__ import annotations

import json
from typing import Any

import psycopg
from sqlalchemy import create_engine

from tests.sync.helpers import login, pg_dsn
from trainer.auth.session import Session, StaffMember
from trainer.content.banks import Item
from trainer.exams.assembly import assemble
from trainer.exams.content import ExamContent
from trainer.exams.service import ExamService
from trainer.exams.sittings import unlock_here
from trainer.server.roster import StaffChange, apply_staff_change
from trainer.services import Services
from trainer.vocabulary import Role

MODULE = "nurse_station"
TRAINER_PASSWORD = "ward3-trainer-pass"


def add_trainer(db_url: str) -> None:
    engine = create_engine(db_url)
    apply_staff_change(engine, StaffChange("T100", "Trainer One", ["trainer"], ["ward-3"],
                                           True, TRAINER_PASSWORD, must_change_password=False))
    engine.dispose()


def session(staff_id: str, role: Role) -> Session:
    return Session(StaffMember(staff_id, staff_id, frozenset({role}), ("ward-3",), True,
                               False), "ward-3-pc")


def objective_seed(content: ExamContent, start: int = 1) -> int:
    """A seed whose paper has no short answer (so it grades without a trainer's mark)."""
    blueprint = content.blueprint(MODULE)
    for seed in range(start, start + 500):
        paper = assemble(blueprint, content.exam_index(MODULE), seed)
        if all(content.items[i].type != "short_answer" for i in paper.item_ids):
            return seed
    raise AssertionError("no objective paper")


def right(item: Item) -> object:
    if item.questions:
        return {str(n): q.answer for n, q in enumerate(item.questions, start=1)}
    if item.type == "fill_in" and isinstance(item.answer, dict):
        return next(iter(item.answer.values()))[0]
    return item.answer


def wrong(item: Item) -> object:
    if item.type == "true_false":
        return not item.answer
    return None  # left blank: no points


class Sitting:
    """One PC where T100 proctors and N100 sits the nurse-station exam."""

    def __init__(self, pc: Services, *, networked: bool = True) -> None:
        self.pc = pc
        self.exams = ExamService(pc.journal, ExamContent.load(), networked=lambda: networked)
        self.nurse = session("N100", Role.NURSE)

    def sit(self, *, answers: str = "right", seed: int | None = None,
            submit: bool = True, key: ExamContent | None = None) -> str:
        """One certifying attempt; responses from ``key`` (content with the answers;
        default the PC's own)."""
        login(self.pc, "T100", TRAINER_PASSWORD)
        unlock_here(self.pc.journal, session("T100", Role.TRAINER), "N100", MODULE)
        login(self.pc, "N100")
        content = self.exams.content
        running = self.exams.start_certifying(
            self.nurse, MODULE, identity_confirmed=True,
            seed=objective_seed(content) if seed is None else seed)
        for item_id in running.attempt.paper.item_ids:
            item = (key or content).items[item_id]
            running.save_answer(item_id, right(item) if answers == "right" else wrong(item))
        if submit:
            self.exams.submit(running)
        return running.attempt_id


def service_rows(db_url: str, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with psycopg.connect(pg_dsn(db_url)) as conn:
        return conn.execute(sql, args).fetchall()


def graded_on_service(db_url: str, attempt_id: str) -> list[dict[str, Any]]:
    return [json.loads(p) | {"_device": d} for d, p in service_rows(
        db_url, "SELECT device_id, payload FROM event WHERE type = 'exam.graded' "
        "AND payload::jsonb ->> 'attempt_id' = %s", attempt_id)]


def flags_on_service(db_url: str, attempt_id: str) -> list[dict[str, Any]]:
    return [json.loads(p) for (p,) in service_rows(
        db_url, "SELECT payload FROM event WHERE type = 'exam.grading_flagged' "
        "AND payload::jsonb ->> 'attempt_id' = %s ORDER BY server_seq", attempt_id)]


def grading_row(db_url: str, attempt_id: str) -> tuple[Any, ...] | None:
    rows = service_rows(db_url, "SELECT status, reason, passed, flagged FROM exam_grading "
                        "WHERE attempt_id = %s", attempt_id)
    return rows[0] if rows else None

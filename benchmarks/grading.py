"""The service's re-grading of certifying theory attempts (issue 17), on a throwaway
PostgreSQL started here (informative figures: ARCHITECTURE §10 sets no budget yet):

- grading one attempt on the service: a pass over :data:`ATTEMPTS` submitted nurse-station
  attempts (30 items each: unlock, content version, paper re-drawn, answers graded,
  ``exam.graded`` written), divided by their number;
- a pass that finds nothing new (what a push carrying no submission never pays, and one
  carrying a submission pays on top of grading);
- loading and archiving the shipped exam content (once per service process, on the first
  submission).

The attempts are made by the real exam service on a real profile and their events put in
the service's ``event`` table as ingest would store them.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, text

from benchmarks.harness import Figure
from testkit.postgres import PostgresCluster
from trainer.auth.session import Session, StaffMember
from trainer.exams.assembly import assemble
from trainer.exams.content import ExamContent
from trainer.exams.service import ExamService
from trainer.exams.sittings import unlock_here
from trainer.journal.events import now_iso
from trainer.server.db import make_server_engine, migrate
from trainer.server.grading import grade_pending
from trainer.server.pools import ServiceContent, archive
from trainer.server.schema import staff, staff_role
from trainer.services import open_services
from trainer.vocabulary import Role

ATTEMPTS = 40
MODULE = "nurse_station"


def _session(staff_id: str, role: Role) -> Session:
    return Session(StaffMember(staff_id, staff_id, frozenset({role}), ("ward-3",), True,
                               False), "bench-pc")


def _right(item: object) -> object:
    questions = getattr(item, "questions", ())
    if questions:
        return {str(n): q.answer for n, q in enumerate(questions, start=1)}
    answer = getattr(item, "answer", None)
    return next(iter(answer.values()))[0] if isinstance(answer, dict) else answer


def _attempt_rows(folder: Path) -> list[tuple[object, ...]]:
    """Events of :data:`ATTEMPTS` certifying attempts made on a real profile."""
    services = open_services(folder)
    exams = ExamService(services.journal, ExamContent.load(), networked=lambda: True)
    trainer = _session("T000", Role.TRAINER)
    content = exams.content
    seeds = (s for s in range(10_000) if all(  # papers without short answers: no marking
        content.items[i].type != "short_answer" for i in assemble(
            content.blueprint(MODULE), content.exam_index(MODULE), s).item_ids))
    for n, seed in zip(range(ATTEMPTS), seeds, strict=False):
        nurse = f"N{n:03}"
        unlock_here(services.journal, trainer, nurse, MODULE)
        running = exams.start_certifying(_session(nurse, Role.NURSE), MODULE,
                                         identity_confirmed=True, seed=seed)
        for item_id in running.attempt.paper.item_ids:
            running.save_answer(item_id, _right(exams.content.items[item_id]))
        exams.submit(running)
    with services.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT event_id, device_id, device_seq, type, schema_version, actor_id, "
            "subject_id, payload, device_time FROM journal_event WHERE type LIKE 'exam.%' "
            "ORDER BY local_order").all()
    services.close()
    return [tuple(r) for r in rows]


def run() -> list[Figure]:
    cluster = PostgresCluster()
    with tempfile.TemporaryDirectory() as tmp:
        try:
            cluster.start()
            engine = make_server_engine(cluster.create_database("grading"))
            migrate(engine)
            now = now_iso()
            with engine.begin() as conn:
                for sid, role in [("T000", "trainer")] + [
                        (f"N{n:03}", "nurse") for n in range(ATTEMPTS)]:
                    conn.execute(insert(staff).values(
                        staff_id=sid, name=sid, active=True, password_hash=None,
                        must_change_password=False, password_changed_at=now,
                        created_at=now, version=1))
                    conn.execute(insert(staff_role).values(staff_id=sid, role=role))
            rows = _attempt_rows(Path(tmp) / "pc")
            start = time.perf_counter()
            content = ServiceContent(ExamContent.reload())  # read from the files again
            archive(engine, content)
            load_ms = (time.perf_counter() - start) * 1000
            with engine.begin() as conn:
                for row in rows:
                    conn.execute(text(
                        "INSERT INTO event (server_seq, event_id, device_id, device_seq, "
                        "type, schema_version, actor_id, subject_id, payload, device_time, "
                        "server_time) VALUES (nextval('event_server_seq'), :a, :b, :c, :d, "
                        ":e, :f, :g, :h, :i, :t)"),
                        dict(zip("abcdefghi", row, strict=True)) | {"t": now_iso()})
            start = time.perf_counter()
            done = grade_pending(engine, content)
            grade_ms = (time.perf_counter() - start) * 1000
            assert len(done.graded) == ATTEMPTS, done
            start = time.perf_counter()
            grade_pending(engine, content)
            idle_ms = (time.perf_counter() - start) * 1000
            engine.dispose()
        finally:
            cluster.destroy()
    return [
        Figure("grade one certifying attempt on the service", grade_ms / ATTEMPTS, "ms",
               note=f"{ATTEMPTS} attempts of 30 items in one pass"),
        Figure("grading pass with nothing new", idle_ms, "ms"),
        Figure("load + archive the exam content (first use)", load_ms, "ms"),
    ]

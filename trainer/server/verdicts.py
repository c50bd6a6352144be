"""The service's verdict on a certifying attempt, and how it is recorded.

A verdict is one of: ``graded`` (the service's score; ``exam.graded`` written), ``held``
(the service lacks what grading needs — a content version; graded by a later pass),
``marking`` (short answers wait for a trainer's marks), ``refused`` (a check failed: no
result, ever). It is kept in ``exam_grading`` (one row per attempt, what administrators
and trainers list) and told to workstations by events the service writes
(:mod:`trainer.server.authored`): ``exam.graded``, and ``exam.grading_flagged`` for a held
or refused attempt and for a local result that disagrees with the service's.

May import: sqlalchemy, trainer.server.authored, trainer.exams, trainer.journal.events,
trainer.words, the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, text

from trainer.exams import grading_words as _words  # noqa: F401 (defines the words)
from trainer.exams.results import Result
from trainer.journal.events import Event, now_iso
from trainer.server.authored import ServiceEvent, write

#: A local percentage this close to the service's agrees (floating point, not leniency).
AGREES_WITHIN = 0.01

UPSERT = text("""
INSERT INTO exam_grading (attempt_id, trainee, module, device_id, submitted_seq, status,
    reason, content_hash, score, max_score, passed, local_percent, local_passed, flagged,
    updated_at)
VALUES (:attempt_id, :trainee, :module, :device_id, :submitted_seq, :status, :reason,
    :content_hash, :score, :max_score, :passed, :local_percent, :local_passed, :flagged,
    :updated_at)
ON CONFLICT (attempt_id) DO UPDATE SET status = EXCLUDED.status, reason = EXCLUDED.reason,
    score = EXCLUDED.score, max_score = EXCLUDED.max_score, passed = EXCLUDED.passed,
    local_percent = EXCLUDED.local_percent, local_passed = EXCLUDED.local_passed,
    flagged = exam_grading.flagged OR EXCLUDED.flagged, updated_at = EXCLUDED.updated_at
""")


@dataclass(frozen=True)
class Verdict:
    attempt_id: str
    trainee: str
    module: str
    device_id: str
    submitted_seq: int
    content_hash: str
    status: str = "graded"
    reason: str | None = None
    detail: str = ""
    result: Result | None = None
    claim: dict[str, Any] | None = None
    replay: bool = False  # a replay of an attempt already decided: its row stays

    @classmethod
    def of(cls, start: Event, submit: Event) -> Verdict:
        data = start.data()
        return cls(str(data["attempt_id"]), start.subject_id or "", str(data["module"]),
                   start.device_id, submit.server_seq or 0, str(data.get("content_hash", "")))

    def refuse(self, reason: str, detail: str, *, replay: bool = False) -> Verdict:
        return replace(self, status="refused", reason=reason, detail=detail, replay=replay)

    def hold(self, reason: str, content_hash: str) -> Verdict:
        return replace(self, status="held", reason=reason, content_hash=content_hash,
                       detail=content_hash)

    def waiting(self, result: Result) -> Verdict:
        return replace(self, status="marking", result=result)

    def graded(self, result: Result, claim: dict[str, Any] | None) -> Verdict:
        verdict = replace(self, status="graded", result=result, claim=claim)
        return replace(verdict, reason="grading.disagrees") if verdict.disagrees else verdict

    @property
    def disagrees(self) -> bool:
        if self.claim is None or self.result is None:
            return False
        top = float(self.claim.get("max_score") or 0) or 1.0
        local = 100.0 * float(self.claim.get("score") or 0) / top
        return (bool(self.claim.get("passed")) != self.result.passed
                or abs(local - self.result.percent) > AGREES_WITHIN)

    @property
    def flagged(self) -> bool:
        return self.status in ("held", "refused") or self.disagrees


def _row(conn: Connection, attempt_id: str) -> Any:
    return conn.execute(text("SELECT status, reason FROM exam_grading WHERE attempt_id = :a"),
                        {"a": attempt_id}).first()


def record(conn: Connection, verdict: Verdict) -> bool:
    """Keep ``verdict`` and write the events it calls for; returns whether anything
    changed (a held attempt still held, or one waiting for marks, changes nothing)."""
    before = _row(conn, verdict.attempt_id)
    if verdict.replay:
        write(conn, _flag(verdict))
        conn.execute(text("UPDATE exam_grading SET flagged = TRUE, updated_at = :t "
                          "WHERE attempt_id = :a"), {"t": now_iso(), "a": verdict.attempt_id})
        return True
    if before is not None and (before.status, before.reason) == (verdict.status,
                                                                 verdict.reason):
        return False
    result, claim = verdict.result, verdict.claim
    local_percent = None
    if claim is not None:
        local_percent = 100.0 * float(claim.get("score") or 0) / (
            float(claim.get("max_score") or 0) or 1.0)
    conn.execute(UPSERT, {
        "attempt_id": verdict.attempt_id, "trainee": verdict.trainee, "module": verdict.module,
        "device_id": verdict.device_id, "submitted_seq": verdict.submitted_seq,
        "status": verdict.status, "reason": verdict.reason,
        "content_hash": verdict.content_hash,
        "score": result.score if result else None,
        "max_score": result.max_score if result else None,
        "passed": result.passed if result and verdict.status == "graded" else None,
        "local_percent": local_percent,
        "local_passed": None if claim is None else bool(claim.get("passed")),
        "flagged": verdict.flagged, "updated_at": now_iso()})
    events = []
    if verdict.status == "graded" and result is not None:
        events.append(ServiceEvent("exam.graded", {
            "attempt_id": verdict.attempt_id, "module": verdict.module, "score": result.score,
            "max_score": result.max_score, "pass_mark": result.pass_mark,
            "passed": result.passed, "certifying": True,
            # per knowledge point, for the PC's review and retraining (it holds no answers)
            "knowledge_points": {k.knowledge_point: [k.score, k.max_score]
                                 for k in result.by_knowledge_point}}, verdict.trainee))
    if verdict.flagged:
        events.append(_flag(verdict))
    write(conn, *events)
    return True


def _flag(verdict: Verdict) -> ServiceEvent:
    result, claim = verdict.result, verdict.claim
    local = None
    if claim is not None:
        local = 100.0 * float(claim.get("score") or 0) / (float(claim.get("max_score") or 0)
                                                          or 1.0)
    return ServiceEvent("exam.grading_flagged", {
        "attempt_id": verdict.attempt_id, "module": verdict.module,
        "reason": verdict.reason or "grading.refused", "held": verdict.status == "held",
        "content_hash": verdict.content_hash, "local_percent": local,
        "local_passed": None if claim is None else bool(claim.get("passed")),
        "service_percent": result.percent if result and verdict.status == "graded" else None,
        "service_passed": result.passed if result and verdict.status == "graded" else None,
        "detail": verdict.detail[:200]}, verdict.trainee)


LIST = text("""
SELECT attempt_id, trainee, module, device_id, status, reason, content_hash, score,
       max_score, passed, local_percent, local_passed, flagged, updated_at
  FROM exam_grading WHERE flagged OR status <> 'graded' ORDER BY updated_at DESC LIMIT :n
""")


def flagged(conn: Connection, limit: int = 500) -> list[dict[str, Any]]:
    """Attempts for the trainers and administrators: held, refused, waiting for marks,
    or graded against a local result that disagrees — newest first."""
    return [dict(r._mapping) for r in conn.execute(LIST, {"n": limit})]

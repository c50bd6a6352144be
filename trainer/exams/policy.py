"""Attempt policy and retraining (补训), derived on read from the journal.

A certifying attempt may start when: the person has attempts left today (the blueprint's
``attempts_per_day``; the day of the server's time when known, else the device's), and —
after a failed certifying exam — the cool-down has passed and every course assigned for the
weak knowledge points has been read. :func:`retake_status` says exactly what is left, for
the home page and for the refusal.

May import: trainer.journal, trainer.exams, the standard library.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from trainer.exams.runner import parse_time
from trainer.journal.events import now_iso

if TYPE_CHECKING:
    from trainer.exams.service import ExamService

#: (module, weak knowledge points) → course ids that teach them.
CourseLookup = Callable[[str, list[str]], list[str]]
#: (trainee, course id) → sections of that course not yet read.
UnreadSections = Callable[[str, str], int]


def no_courses(_module: str, _points: list[str]) -> list[str]:
    return []


@dataclass(frozen=True)
class RetakeStatus:
    module: str
    may_start: bool
    reasons: tuple[str, ...] = ()  # word codes: exam.no_attempts_left, exam.cooling_down, …
    attempts_today: int = 0
    attempts_per_day: int = 0
    retake_after: str | None = None
    failed_attempt: str | None = None
    weak_points: tuple[str, ...] = ()
    courses_left: dict[str, int] = field(default_factory=dict)  # course → unread sections
    passed: bool = False


def _last_graded(service: ExamService, trainee: str, module: str) -> dict[str, object] | None:
    last = None
    for event in service.journal.events(subject_id=trainee, type="exam.graded"):
        data = event.data()
        if data.get("module") == module and data.get("certifying"):
            last = {**data, "_time": event.time}
    return last


def _assignment(service: ExamService, trainee: str, attempt_id: str
                ) -> dict[str, object] | None:
    for event in service.journal.events(subject_id=trainee, type="exam.retraining_assigned"):
        data = event.data()
        if data.get("attempt_id") == attempt_id:
            return data
    return None


def retake_status(service: ExamService, trainee: str, module: str, *,
                  unread: UnreadSections | None = None, now: str | None = None
                  ) -> RetakeStatus:
    """What stands between ``trainee`` and a certifying attempt of ``module``."""
    unread = unread or getattr(service, "unread_sections", None) or (lambda _t, _c: 0)
    now = now or now_iso()
    blueprint = service.content.blueprints.get(module)
    per_day = blueprint.attempts_per_day if blueprint else 1
    today = sum(1 for a in service.attempts(trainee)
                if a.certifying and a.module == module and a.started_at[:10] == now[:10])
    reasons = []
    if today >= per_day:
        reasons.append("exam.no_attempts_left")
    graded = _last_graded(service, trainee, module)
    if graded is None or graded.get("passed"):
        return RetakeStatus(module, not reasons, tuple(reasons), today, per_day,
                            passed=bool(graded and graded.get("passed")))
    attempt_id = str(graded["attempt_id"])
    assigned = _assignment(service, trainee, attempt_id)
    if assigned is not None:
        after = str(assigned["retake_after"])
        weak = [str(k) for k in assigned["knowledge_points"]]  # type: ignore[attr-defined]
        courses = [str(c) for c in assigned["courses"]]  # type: ignore[attr-defined]
    else:  # graded by the service: derive what it would assign
        hours = blueprint.cooldown_hours if blueprint else 24.0
        after = (parse_time(str(graded["_time"])) + timedelta(hours=hours)).strftime(
            "%Y-%m-%dT%H:%M:%S.000Z")
        found = next((a for a in service.attempts(trainee) if a.attempt_id == attempt_id),
                     None)
        weak = list(service.result(found).weak_points()) if found else []
        courses = service.retraining_courses(module, weak)
    if parse_time(now) < parse_time(after):
        reasons.append("exam.cooling_down")
    left = {c: n for c in courses if (n := unread(trainee, c)) > 0}
    if left:
        reasons.append("exam.retraining_unread")
    return RetakeStatus(module, not reasons, tuple(reasons), today, per_day, after,
                        attempt_id, tuple(weak), left)


def weakness(service: ExamService, trainee: str, module: str) -> dict[str, float]:
    """Knowledge point → share of points lost over the person's submitted attempts."""
    lost: dict[str, list[float]] = {}
    for found in service.attempts(trainee):
        if found.open or found.module != module:
            continue
        for kp in service.result(found).by_knowledge_point:
            got, top = lost.setdefault(kp.knowledge_point, [0.0, 0.0])
            lost[kp.knowledge_point] = [got + kp.max_score - kp.score, top + kp.max_score]
    return {k: v[0] / v[1] for k, v in lost.items() if v[1]}


def in_hours(hours: float) -> str:
    return (datetime.now(UTC) + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%S.000Z")

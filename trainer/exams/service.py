"""The exam service: start, resume and submit attempts; results under the mode's rules.

- **Practice** starts freely (any trainee, any time), gives feedback, and never writes a
  result event: its score is derived from its answers on read.
- **Certifying** starts only under a proctor's unlock for this person at this PC, records
  attendance, and follows the blueprint's attempt policy (attempts per day, cool-down,
  retraining done). On submission, a *standalone* PC grades and writes ``exam.graded``
  (self-attested) — once every short answer is marked — and assigns retraining (补训) on a
  fail; a *networked* PC writes nothing but the submission: the service grades it
  (ARCHITECTURE §4), and the trainee sees "submitted — result after grading".
- **Resume:** an attempt left without a pause (power cut, crash, kill) gets its pause
  journalled now, at the last journalled exam time; it may be resumed within the
  blueprint's resume limit (wall-clock time away, on the device clock), else it is
  submitted as it stands.

May import: trainer.content, trainer.journal, trainer.auth, trainer.errors, trainer.exams,
the standard library.
"""

from __future__ import annotations

import random
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from trainer.auth.permissions import require
from trainer.auth.session import Session
from trainer.errors import TrainerError
from trainer.exams import messages as _words  # noqa: F401 (defines the words)
from trainer.exams import policy
from trainer.exams.answerfree import has_answer
from trainer.exams.assembly import (
    Paper,
    PaperEntry,
    assemble,
    option_orders,
    paper_payload,
    practice_paper,
)
from trainer.exams.attempts import Attempt, attempt, attempts_of, content_hash, open_attempt
from trainer.exams.content import ExamContent
from trainer.exams.results import Result, grade_attempt, result_of_graded
from trainer.exams.runner import RunningAttempt, parse_time
from trainer.exams.sittings import Unlock, attend, pending_unlock
from trainer.journal import Journal
from trainer.journal.events import NewEvent


@dataclass(frozen=True)
class Submission:
    """What the trainee is told after submitting."""

    attempt_id: str
    result: Result | None  # None: networked certifying — "submitted, result after grading"
    graded_here: bool  # an exam.graded event was written on this PC


class ExamService:
    def __init__(self, journal: Journal, content: ExamContent, *,
                 networked: Callable[[], bool] = lambda: False,
                 review_shows_answers: Callable[[], bool] = lambda: False,
                 retraining_courses: policy.CourseLookup | None = None,
                 unread_sections: policy.UnreadSections | None = None) -> None:
        self.journal = journal
        self.content = content
        self.networked = networked
        self.review_shows_answers = review_shows_answers
        self.retraining_courses = retraining_courses or policy.no_courses
        self.unread_sections = unread_sections or (lambda _trainee, _course: 0)

    # --- starting --------------------------------------------------------------------------
    def _start(self, session: Session, paper: Paper, *, mode: str, time_limit_s: int,
               resume_limit_s: int, pass_mark: float, partial_credit: bool,
               unlock: Unlock | None = None) -> RunningAttempt:
        items = [self.content.items[i] for i in paper.item_ids]
        payload: dict[str, Any] = {
            "attempt_id": str(uuid.uuid4()), "module": paper.module,
            "blueprint": paper.blueprint, "blueprint_version": paper.version,
            "seed": paper.seed, "mode": mode, "certifying": mode == "exam",
            "time_limit_s": time_limit_s, "resume_limit_s": resume_limit_s,
            "pass_mark": pass_mark, "partial_credit": partial_credit,
            "entries": paper_payload(paper), "content_hash": content_hash(items),
            "unlock_id": unlock.unlock_id if unlock else None}
        events = [attend(self.journal, unlock)] if unlock else []
        events.append(NewEvent("exam.started", payload, actor_id=session.staff_id,
                               subject_id=session.staff_id))
        self.journal.append(*events)
        started = attempt(self.journal, session.staff_id, payload["attempt_id"])
        assert started is not None
        return RunningAttempt(self.journal, started)

    def start_practice(self, session: Session, module: str, count: int = 20,
                       seed: int | None = None, *, weak_first: bool = True
                       ) -> RunningAttempt:
        """A practice paper from the practice pool, weakest knowledge points first."""
        require(session, "training.take")
        weakness = policy.weakness(self, session.staff_id, module) if weak_first else None
        paper = practice_paper(self.content.items.values(), module, count,
                               seed if seed is not None else secrets.randbelow(2**31),
                               weakness)
        if not paper.entries:
            raise TrainerError(code="exam.no_practice_items", module=module)
        return self._start(session, paper, mode="practice", time_limit_s=0,
                           resume_limit_s=7 * 24 * 3600, pass_mark=80.0, partial_credit=False)

    def start_wrong_answers(self, session: Session, item_ids: list[str]) -> RunningAttempt:
        """Re-practise items from the 错题本 (notebook) with immediate feedback."""
        require(session, "training.take")
        items = [self.content.items[i] for i in item_ids if i in self.content.items]
        if not items:
            raise TrainerError(code="exam.notebook_empty")
        rng = random.Random(secrets.randbelow(2**31))
        entries = tuple(PaperEntry(i.id, 0, option_orders(i, rng, True)) for i in items)
        paper = Paper("wrong-answers", items[0].modules[0].value, 1, 0, entries)
        return self._start(session, paper, mode="wrong_answers", time_limit_s=0,
                           resume_limit_s=7 * 24 * 3600, pass_mark=80.0, partial_credit=False)

    def start_certifying(self, session: Session, module: str, *,
                         identity_confirmed: bool, seed: int | None = None) -> RunningAttempt:
        """Start the proctored exam unlocked for this person at this PC (records 签到)."""
        require(session, "training.take")
        if not identity_confirmed:
            raise TrainerError(code="exam.identity_not_confirmed")
        unlock = pending_unlock(self.journal, session.staff_id, module)
        if unlock is None:
            raise TrainerError(code="exam.not_unlocked", module=module)
        blueprint = self.content.blueprint(module)
        status = policy.retake_status(self, session.staff_id, module)
        if not status.may_start:
            raise TrainerError(code="exam.not_yet", module=module, reasons=status.reasons)
        paper = assemble(blueprint, self.content.exam_index(module),
                         seed if seed is not None else secrets.randbelow(2**31))
        return self._start(session, paper, mode="exam",
                           time_limit_s=blueprint.time_limit_minutes * 60,
                           resume_limit_s=blueprint.resume_limit_minutes * 60,
                           pass_mark=blueprint.pass_mark,
                           partial_credit=blueprint.partial_credit, unlock=unlock)

    # --- resuming --------------------------------------------------------------------------
    def unfinished(self, session: Session) -> Attempt | None:
        return open_attempt(self.journal, session.staff_id, self.journal.device_id)

    def resume(self, session: Session, found: Attempt, *, now: datetime | None = None
               ) -> RunningAttempt | Submission:
        """Resume ``found``; past its resume limit it is submitted as it stands."""
        if found.trainee != session.staff_id:
            raise TrainerError(code="auth.denied", action="exam.resume")
        running = RunningAttempt(self.journal, found, paused=True)
        if found.status == "running":  # interrupted without a pause: journal it now
            self.journal.append(NewEvent("exam.paused", {
                "attempt_id": found.attempt_id, "elapsed_ms": found.elapsed_ms,
                "reason": "interrupted"}, actor_id=found.trainee, subject_id=found.trainee))
        away = ((now or datetime.now(UTC)) - parse_time(found.last_time)).total_seconds()
        if found.time_limit_s and found.remaining_ms == 0:
            running.submit("time_out")
            return self.finish(running)
        if away > found.resume_limit_s:
            running.submit("resume_expired")
            return self.finish(running)
        running.resume(away_s=max(0.0, away))
        return running

    # --- submitting and results -----------------------------------------------------------
    def submit(self, running: RunningAttempt, reason: str = "submitted") -> Submission:
        running.submit(reason)
        return self.finish(running)

    def finish(self, running: RunningAttempt) -> Submission:
        """After submission: grade where this PC may, assign retraining on a fail."""
        found = attempt(self.journal, running.trainee, running.attempt_id)
        assert found is not None
        result = grade_attempt(found, self.content.items)
        if not found.certifying:
            return Submission(found.attempt_id, result, False)
        if self.networked():
            self._claim(found, result)
            return Submission(found.attempt_id, None, False)
        graded = False
        if not result.provisional and found.graded is None:
            self._write_graded(found, result, grader=None)
            graded = True
        return Submission(found.attempt_id, result, graded)

    def _claim(self, found: Attempt, result: Result) -> None:
        """Networked: the service grades. A PC that holds the answers of every item on
        the paper (content from before enrolment, an imported pool) says what it would
        have shown, for the service to compare (``exam.graded_locally``: never a result)."""
        items = [self.content.items.get(i) for i in found.paper.item_ids]
        if result.provisional or not all(i is not None and has_answer(i) for i in items):
            return
        self.journal.append(NewEvent("exam.graded_locally", {
            "attempt_id": found.attempt_id, "module": found.module, "score": result.score,
            "max_score": result.max_score, "passed": result.passed},
            actor_id=found.trainee, subject_id=found.trainee))

    def _write_graded(self, found: Attempt, result: Result, grader: str | None) -> None:
        """Standalone only (the service writes networked results): self-attested."""
        events = [NewEvent("exam.graded", {
            "attempt_id": found.attempt_id, "module": found.module, "score": result.score,
            "max_score": result.max_score, "pass_mark": result.pass_mark,
            "passed": result.passed, "certifying": True, "self_attested": True},
            actor_id=grader, subject_id=found.trainee)]
        if not result.passed:
            blueprint = self.content.blueprints.get(found.module)
            hours = blueprint.cooldown_hours if blueprint else 24.0
            weak = list(result.weak_points())
            events.append(NewEvent("exam.retraining_assigned", {
                "attempt_id": found.attempt_id, "module": found.module,
                "knowledge_points": weak,
                "courses": list(self.retraining_courses(found.module, weak)),
                "retake_after": (datetime.now(UTC) + timedelta(hours=hours))
                .strftime("%Y-%m-%dT%H:%M:%S.000Z")}, actor_id=grader,
                subject_id=found.trainee))
        self.journal.append(*events)

    def mark(self, marker: Session, trainee: str, attempt_id: str, item_id: str,
             score: float) -> Submission:
        """A trainer marks a short answer (0…1); the last mark grades a standalone attempt."""
        require(marker, "exam.mark")
        if not 0 <= score <= 1:
            raise TrainerError(code="exam.bad_mark", score=score)
        self.journal.append(NewEvent("exam.item_marked", {
            "attempt_id": attempt_id, "item_id": item_id, "score": score},
            actor_id=marker.staff_id, subject_id=trainee))
        found = attempt(self.journal, trainee, attempt_id)
        assert found is not None
        result = grade_attempt(found, self.content.items)
        if (found.certifying and not self.networked() and not result.provisional
                and found.graded is None and not found.open):
            self._write_graded(found, result, grader=marker.staff_id)
            return Submission(attempt_id, result, True)
        return Submission(attempt_id, result, False)

    def marking_queue(self) -> list[tuple[str, str, str]]:
        """``(trainee, attempt_id, item_id)`` of submitted short answers still unmarked."""
        queue = []
        trainees = {e.subject_id for e in self.journal.events(type="exam.submitted")}
        for trainee in sorted(t for t in trainees if t):
            for found in attempts_of(self.journal, trainee):
                if found.open:
                    continue
                result = grade_attempt(found, self.content.items)
                queue += [(trainee, found.attempt_id, i) for i in result.unmarked]
        return queue

    def result(self, found: Attempt) -> Result:
        """Graded here from the answers — or, where this PC holds no answers of the
        paper's items (networked exam pool), the service's result."""
        if found.graded is not None and not all(
                (i := self.content.items.get(item_id)) is not None and has_answer(i)
                for item_id in found.paper.item_ids):
            return result_of_graded(found)
        return grade_attempt(found, self.content.items)

    def attempts(self, trainee: str) -> list[Attempt]:
        return attempts_of(self.journal, trainee)

    def may_show_answer(self, item_id: str) -> bool:
        """Review shows the right answer of practice items; of exam items only where the
        hospital allows it (and never the networked exam pool, which has no answers)."""
        item = self.content.items.get(item_id)
        return item is not None and (item.pool == "practice" or self.review_shows_answers())

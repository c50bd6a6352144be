"""The practical exam service: start under a proctor's unlock, finish (automatic result),
mark, double-mark, adjudicate and sign off — every rule checked here, not in the GUI.

Rules (issue 14): roles from :mod:`trainer.auth.permissions`; nobody marks, adjudicates or
signs off their own attempt; the proctor may not sign off when the hospital forbids it
(``proctor_may_sign_off``); an override (a score other than the rubric's, or an automatic
critical error not upheld) needs a real written reason (the sandbox's rule); a second marker
is shown no other mark; two marks further apart than the definition's tolerance, or on
different sides of the pass mark, wait for a third trainer's adjudication. The sign-off
writes ``practical.signed_off`` (certification reads it) and, on a fail, assigns retraining
as the theory exam does (``exam.retraining_assigned``). In networked mode the service
accepts a sign-off only from a proven trainer login (issue 16).

May import: trainer.auth, trainer.errors, trainer.journal, trainer.exams (sittings, policy),
trainer.sim (library, recording, replay, grading, commands), trainer.practical.
"""

from __future__ import annotations

import hashlib
import random
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import trainer.practical.messages  # noqa: F401 (defines the words)
from trainer.auth.permissions import require
from trainer.auth.session import Session
from trainer.errors import TrainerError
from trainer.exams import policy
from trainer.exams.sittings import Unlock, attend, unlocks_of
from trainer.journal import Journal, NewEvent
from trainer.practical import events as ev
from trainer.practical.attempts import PracticalAttempt, attempt, attempts
from trainer.practical.definitions import PracticalExam
from trainer.practical.marking import mark_score, override_of
from trainer.practical.replay import commands_of, loaded_for
from trainer.sim import library
from trainer.sim.attempt import SimAttempt
from trainer.sim.commands import real_text
from trainer.sim.grading import grade
from trainer.sim.recording import log_chain
from trainer.sim.replay import expert_path
from trainer.sim.scenario_files import LoadedScenario

ScenarioLoader = Callable[[str], LoadedScenario]


@dataclass(frozen=True)
class Feedback:
    """A signed-off practical exam as its trainee sees it."""

    attempt_id: str
    module: str
    scenario_id: str
    score: float
    pass_mark: float
    passed: bool
    comments: tuple[str, ...]
    failed_checks: tuple[str, ...]
    critical_errors: tuple[str, ...]
    signed_by: str
    time: str


def scenario_hash(loaded: LoadedScenario) -> str:
    return hashlib.sha256((loaded.folder / "scenario.yaml").read_bytes()).hexdigest()


class PracticalService:
    def __init__(self, journal: Journal, exams: dict[str, PracticalExam], *,
                 scenarios: ScenarioLoader = library.scenario,
                 proctor_may_sign_off: Callable[[], bool] = lambda: True,
                 retraining_courses: policy.CourseLookup | None = None) -> None:
        self.journal = journal
        self.exams = exams
        self.scenarios = scenarios
        self.proctor_may_sign_off = proctor_may_sign_off
        self.retraining_courses = retraining_courses or policy.no_courses

    @property
    def tolerances(self) -> dict[str, float]:
        return {m: e.tolerance for m, e in self.exams.items()}

    # --- reading ---------------------------------------------------------------------------
    def get(self, attempt_id: str) -> PracticalAttempt:
        found = attempt(self.journal, attempt_id, self.tolerances)
        if found is None:
            raise TrainerError(code="practical.unknown_attempt", attempt=attempt_id)
        return found

    def all(self, trainee: str | None = None) -> list[PracticalAttempt]:
        return attempts(self.journal, trainee, self.tolerances)

    def exam(self, module: str) -> PracticalExam:
        if module not in self.exams:
            raise TrainerError(code="practical.no_exam", module=module)
        return self.exams[module]

    def loaded(self, found: PracticalAttempt) -> LoadedScenario:
        """The scenario the attempt pinned (refused if the file has changed since)."""
        return loaded_for(self.scenarios(found.scenario_id), found, scenario_hash)

    # --- the trainee's attempt -------------------------------------------------------------
    def pending_unlock(self, trainee: str, module: str) -> Unlock | None:
        """An unused unlock of ``module`` for ``trainee`` at this PC (theory or practical
        attempts use an unlock up)."""
        used = {e.data().get("unlock_id") for e in self.journal.events(
            types=("exam.started", ev.STARTED.name), subject_id=trainee)}
        for unlock in reversed(unlocks_of(self.journal, trainee)):
            if (unlock.unlock_id not in used and unlock.module == module
                    and unlock.device_id == self.journal.device_id):
                return unlock
        return None

    def start(self, session: Session, module: str, *, identity_confirmed: bool,
              seed: int | None = None) -> tuple[PracticalAttempt, LoadedScenario]:
        """Start the practical exam unlocked for this person here; draws one scenario."""
        require(session, "training.take")
        exam = self.exam(module)
        if not identity_confirmed:
            raise TrainerError(code="exam.identity_not_confirmed")
        unlock = self.pending_unlock(session.staff_id, module)
        if unlock is None:
            raise TrainerError(code="exam.not_unlocked", module=module)
        rng = random.Random(seed if seed is not None else secrets.randbelow(2**31))
        loaded = self.scenarios(rng.choice(exam.scenarios))
        attempt_id = str(uuid.uuid4())
        self.journal.append(attend(self.journal, unlock), NewEvent(ev.STARTED.name, {
            "attempt_id": attempt_id, "exam_id": exam.id, "exam_version": exam.version,
            "module": module, "scenario_id": loaded.scenario.id,
            "scenario_version": loaded.scenario.version,
            "scenario_hash": scenario_hash(loaded), "pass_mark": exam.pass_mark,
            "time_limit_s": exam.time_limit_minutes * 60, "unlock_id": unlock.unlock_id,
            "proctor": unlock.proctor}, actor_id=session.staff_id,
            subject_id=session.staff_id))
        return self.get(attempt_id), loaded

    def pause(self, session: Session, attempt_id: str, at_ms: int, reason: str) -> None:
        """Journal that the running attempt stopped at elapsed ``at_ms`` (lock, switch
        user, log out); nothing once it is handed in."""
        found = self.get(attempt_id)
        if session.staff_id != found.trainee:
            require(session, "exam.proctor")
        if found.result is None:
            self.journal.append(NewEvent(ev.PAUSED.name, {
                "attempt_id": attempt_id, "at_ms": int(at_ms), "reason": reason},
                actor_id=session.staff_id, subject_id=found.trainee))

    def finish(self, session: Session, attempt_id: str) -> PracticalAttempt:
        """Grade the attempt from its journalled commands: the provisional result."""
        found = self.get(attempt_id)
        if session.staff_id != found.trainee:
            require(session, "exam.proctor")
        if found.result is not None:
            return found
        loaded = self.loaded(found)
        sim = SimAttempt(loaded.scenario, loaded.reference)
        for t, cmd, args in commands_of(self.journal, attempt_id):
            sim.apply(t, cmd, args)
        result = grade(sim, expert_path(loaded))
        self.journal.append(NewEvent(ev.FINISHED.name, {
            "attempt_id": attempt_id, "score": result.score, "passed": result.passed,
            "checks": {c.id: c.passed for c in result.checks},
            "critical_errors": list(result.committed),
            "time_ms": result.efficiency.time_ms, "commands": result.efficiency.commands,
            "refused": result.efficiency.refused, "detours": result.efficiency.detours,
            "log_digest": log_chain(attempt_id, sim.log)},
            actor_id=session.staff_id, subject_id=found.trainee))
        return self.get(attempt_id)

    # --- trainers --------------------------------------------------------------------------
    def _may_judge(self, session: Session, found: PracticalAttempt) -> None:
        require(session, "practical.mark")
        if session.staff_id == found.trainee:
            raise TrainerError(code="practical.self_marking")
        if found.result is None:
            raise TrainerError(code="practical.not_finished")
        if found.signed_off is not None:
            raise TrainerError(code="practical.already_signed")

    def visible_marks(self, session: Session, found: PracticalAttempt
                      ) -> tuple[PracticalAttempt, bool]:
        """The attempt as ``session`` may see it: a trainer who could still be the second
        marker sees no other mark (True when marks were hidden)."""
        require(session, "practical.review")
        hidden = (found.status == "marked" and session.staff_id not in found.markers)
        if hidden:
            return replace(found, marks=()), True
        return found, False

    def mark(self, session: Session, attempt_id: str, rubric: list[str], *,
             comments: str = "", score: float | None = None,
             upheld: list[str] | None = None, reason: str = "") -> PracticalAttempt:
        """The first or second mark: rubric ticks, comments, and any override — a score
        other than the rubric's, or automatic critical errors not upheld — with a reason."""
        found = self.get(attempt_id)
        self._may_judge(session, found)
        if session.staff_id in found.markers:
            raise TrainerError(code="practical.already_marked")
        if len(found.marks) >= 2:
            raise TrainerError(code="practical.marks_complete")
        stage = "second" if found.marks else "first"
        payload = self._mark_payload(found, stage, rubric, comments, score, upheld, reason)
        self.journal.append(NewEvent(ev.MARKED.name, payload, actor_id=session.staff_id,
                                     subject_id=found.trainee))
        return self.get(attempt_id)

    def _mark_payload(self, found: PracticalAttempt, stage: str, rubric: list[str],
                      comments: str, score: float | None, upheld: list[str] | None,
                      reason: str) -> dict[str, object]:
        exam = self.exam(found.module)
        assert found.result is not None
        known = {r.id for r in exam.rubric}
        for item in rubric:
            if item not in known:
                raise TrainerError(code="practical.unknown_rubric", item=item)
        computed = mark_score(exam, found.result.score, rubric)
        final, kept, overridden = override_of(found.result, computed, score, upheld, reason)
        return {"attempt_id": found.attempt_id, "stage": stage, "rubric": sorted(set(rubric)),
                "score": final, "passed": final >= found.pass_mark and not kept,
                "critical_errors": list(kept), "comments": comments.strip(),
                "overridden": overridden, "reason": reason.strip() if overridden else ""}

    def adjudicate(self, session: Session, attempt_id: str, rubric: list[str], *,
                   reason: str, comments: str = "", score: float | None = None,
                   upheld: list[str] | None = None) -> PracticalAttempt:
        """A third trainer decides between two disagreeing marks (with a reason)."""
        found = self.get(attempt_id)
        self._may_judge(session, found)
        if found.status != "adjudication":
            raise TrainerError(code="practical.not_in_adjudication")
        if session.staff_id in found.markers:
            raise TrainerError(code="practical.adjudicator_marked")
        if not real_text(reason):
            raise TrainerError(code="practical.reason_required")
        payload = self._mark_payload(found, "adjudication", rubric, comments, score, upheld,
                                     reason if score is not None or upheld is not None else "")
        first, second = found.mark_of("first"), found.mark_of("second")
        assert first is not None and second is not None
        self.journal.append(
            NewEvent(ev.MARKED.name, payload, actor_id=session.staff_id,
                     subject_id=found.trainee),
            NewEvent(ev.ADJUDICATED.name, {
                "attempt_id": attempt_id, "score": payload["score"],
                "passed": payload["passed"], "first_marker": first.marker,
                "second_marker": second.marker, "reason": reason.strip()},
                actor_id=session.staff_id, subject_id=found.trainee))
        return self.get(attempt_id)

    def sign_off(self, session: Session, attempt_id: str) -> PracticalAttempt:
        """Record the decision as ``practical.signed_off``; a fail assigns retraining."""
        found = self.get(attempt_id)
        self._may_judge(session, found)
        if found.proctor == session.staff_id and not self.proctor_may_sign_off():
            raise TrainerError(code="practical.proctor_marking")
        if found.status == "adjudication":
            raise TrainerError(code="practical.needs_adjudication")
        if found.flagged:  # the service's re-run disagrees: never signed off on this log
            raise TrainerError(code="practical.flagged")
        decision = found.decision
        if decision is None or session.staff_id not in found.markers:
            # only a trainer who has marked (or adjudicated) it signs: nobody signs a mark
            # they were not shown
            raise TrainerError(code="practical.nothing_to_sign")
        assert found.result is not None
        overrides = [m for m in found.marks if m.overridden]
        events = [NewEvent(ev.SIGNED_OFF.name, {
            "attempt_id": attempt_id, "module": found.module,
            "scenario_id": found.scenario_id, "score": decision.score,
            "pass_mark": found.pass_mark, "passed": decision.passed,
            "critical_errors": list(decision.critical_errors),
            "overridden": bool(overrides),
            "reason": " / ".join(m.reason for m in overrides)},
            actor_id=session.staff_id, subject_id=found.trainee)]
        if not decision.passed:
            failed = list(found.result.failed_checks)
            events.append(NewEvent("exam.retraining_assigned", {
                "attempt_id": attempt_id, "module": found.module,
                "knowledge_points": failed,
                "courses": list(self.retraining_courses(found.module, failed)),
                "retake_after": (datetime.now(UTC) + timedelta(hours=24))
                .strftime("%Y-%m-%dT%H:%M:%S.000Z")},
                actor_id=session.staff_id, subject_id=found.trainee))
        self.journal.append(*events)
        return self.get(attempt_id)

    def feedback(self, session: Session, trainee: str | None = None) -> list[Feedback]:
        """What a trainee sees of their signed-off practical exams: result, comments, each
        failed check (by id; the scenario gives its words). Only once signed off — a
        provisional result is not shown as a result. Trainers may read anyone's."""
        trainee = trainee or session.staff_id
        if trainee != session.staff_id:
            require(session, "practical.review")
        out = []
        for found in self.all(trainee):
            if found.signed_off is None or found.result is None:
                continue
            data = found.signed_off
            out.append(Feedback(
                found.attempt_id, found.module, found.scenario_id, float(data["score"]),
                float(data["pass_mark"]), bool(data["passed"]),
                tuple(m.comments for m in found.marks if m.comments),
                found.result.failed_checks, tuple(data.get("critical_errors", ())),
                found.signed_by or "", found.finished_at or found.started_at))
        return out

    def queue(self, session: Session, *, module: str | None = None,
              status: str | None = None, since: str | None = None,
              departments: dict[str, tuple[str, ...]] | None = None,
              department: str | None = None) -> list[PracticalAttempt]:
        """Attempts waiting for a trainer (or of ``status``), oldest first."""
        require(session, "practical.review")
        waiting = ("provisional", "marked", "agreed", "adjudication", "adjudicated",
                   "flagged")
        out = []
        for found in self.all():
            if (status is None and found.status not in waiting) or \
                    (status is not None and found.status != status):
                continue
            if module and found.module != module:
                continue
            if since and (found.finished_at or found.started_at) < since:
                continue
            if department and department not in (departments or {}).get(found.trainee, ()):
                continue
            out.append(found)
        return sorted(out, key=lambda a: a.finished_at or a.started_at)

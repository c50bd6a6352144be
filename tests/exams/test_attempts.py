"""Attempts end to end against a real profile database (no GUI)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.exams import factory
from trainer.errors import PermissionDenied, TrainerError
from trainer.exams import policy, sittings
from trainer.exams.attempts import attempt
from trainer.exams.notebook import notebook
from trainer.exams.service import ExamService
from trainer.vocabulary import Role

NURSE = factory.session("N001")
TRAINER = factory.session("T001", Role.TRAINER)


def right_answer(exams: ExamService, item_id: str) -> object:
    item = exams.content.items[item_id]
    if item.questions:
        return {str(n): q.answer for n, q in enumerate(item.questions, start=1)}
    return item.answer


def test_certifying_needs_an_unlock_and_records_attendance(exams: ExamService) -> None:
    with pytest.raises(TrainerError) as refused:
        exams.start_certifying(NURSE, "nurse_station", identity_confirmed=True)
    assert refused.value.code == "exam.not_unlocked"
    with pytest.raises(PermissionDenied):
        sittings.unlock_here(exams.journal, NURSE, "N002", "nurse_station")
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    with pytest.raises(TrainerError) as unconfirmed:
        exams.start_certifying(NURSE, "nurse_station", identity_confirmed=False)
    assert unconfirmed.value.code == "exam.identity_not_confirmed"
    running = exams.start_certifying(NURSE, "nurse_station", identity_confirmed=True, seed=7)
    assert running.attempt.certifying and running.attempt.time_limit_s == 30 * 60
    assert [t for t, _ in sittings.attendance(exams.journal)] == ["N001"]
    # the unlock is used up: a second start needs a new one
    running.submit()
    with pytest.raises(TrainerError):
        exams.start_certifying(NURSE, "nurse_station", identity_confirmed=True)


def test_sitting_code_is_one_time_and_only_for_listed_staff(exams: ExamService) -> None:
    sitting, code = sittings.schedule_sitting(exams.journal, TRAINER, "nurse_station",
                                              "2026-12-03T09:00", "示教室 1", ["N001"])
    with pytest.raises(TrainerError) as wrong:
        sittings.unlock_by_code(exams.journal, NURSE, "WRONGCODE")
    assert wrong.value.code == "exam.bad_code"
    with pytest.raises(TrainerError) as other:
        sittings.unlock_by_code(exams.journal, factory.session("N002"), code)
    assert other.value.code == "exam.not_on_sitting"
    unlock = sittings.unlock_by_code(exams.journal, NURSE, code.lower())
    assert unlock.sitting_id == sitting.sitting_id and unlock.proctor == "T001"
    with pytest.raises(TrainerError) as again:
        sittings.unlock_by_code(exams.journal, NURSE, code)
    assert again.value.code == "exam.code_used"


def _pass_or_fail(exams: ExamService, passing: bool) -> str:
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    running = exams.start_certifying(NURSE, "nurse_station", identity_confirmed=True)
    for item_id in running.attempt.paper.item_ids:
        running.save_answer(item_id, right_answer(exams, item_id) if passing else None)
    submission = exams.submit(running)
    assert submission.result is not None
    assert submission.result.passed is passing and submission.graded_here
    return running.attempt_id


def test_standalone_grades_and_failing_assigns_retraining(exams: ExamService) -> None:
    exams.retraining_courses = lambda module, kps: ["nurse-orders"]
    unread = {"nurse-orders": 3}
    exams.unread_sections = lambda trainee, course: unread[course]
    attempt_id = _pass_or_fail(exams, passing=False)
    graded = [e.data() for e in exams.journal.events(type="exam.graded")]
    assert graded[0]["attempt_id"] == attempt_id and graded[0]["passed"] is False
    status = policy.retake_status(exams, "N001", "nurse_station")
    assert not status.may_start
    assert set(status.reasons) == {"exam.cooling_down", "exam.retraining_unread"}
    assert status.courses_left == {"nurse-orders": 3}
    unread["nurse-orders"] = 0
    later = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    status = policy.retake_status(exams, "N001", "nurse_station", now=later)
    assert status.may_start, status.reasons


def test_networked_certifying_writes_no_result(exams: ExamService) -> None:
    exams.networked = lambda: True
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    running = exams.start_certifying(NURSE, "nurse_station", identity_confirmed=True)
    submission = exams.submit(running)
    assert submission.result is None and not submission.graded_here
    assert list(exams.journal.events(type="exam.graded")) == []


def test_practice_never_writes_a_result(exams: ExamService) -> None:
    running = exams.start_practice(NURSE, "nurse_station", count=5, seed=3)
    assert not running.attempt.certifying and running.attempt.time_limit_s == 0
    for item_id in running.attempt.paper.item_ids:
        assert exams.content.items[item_id].pool == "practice"
    submission = exams.submit(running)
    assert submission.result is not None and not submission.graded_here
    assert list(exams.journal.events(type="exam.graded")) == []


def test_crash_pause_is_derived_at_resume_with_journalled_time(exams: ExamService) -> None:
    clock = [100.0]
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    running = exams.start_certifying(NURSE, "nurse_station", identity_confirmed=True)
    running._clock = lambda: clock[0]
    running._since = clock[0]
    first = running.attempt.paper.item_ids[0]
    clock[0] += 90
    running.save_answer(first, "B")
    clock[0] += 500  # time on screen after the last journalled event is lost in the crash
    found = exams.unfinished(NURSE)
    assert found is not None and found.elapsed_ms == 90_000 and found.status == "running"
    resumed = exams.resume(NURSE, found)
    assert not isinstance(resumed, type(None)) and hasattr(resumed, "remaining_ms")
    assert resumed.answers[first] == "B"  # type: ignore[union-attr]
    after = attempt(exams.journal, "N001", found.attempt_id)
    assert after is not None and [p.reason for p in after.pauses] == ["interrupted"]
    assert after.remaining_ms == 30 * 60_000 - 90_000


def test_resume_past_the_limit_submits(exams: ExamService) -> None:
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    running = exams.start_certifying(NURSE, "nurse_station", identity_confirmed=True)
    running.pause("lock")
    found = exams.unfinished(NURSE)
    assert found is not None
    late = datetime.now(UTC) + timedelta(minutes=found.resume_limit_s / 60 + 1)
    outcome = exams.resume(NURSE, found, now=late)
    assert getattr(outcome, "result", None) is not None
    assert exams.unfinished(NURSE) is None


def test_time_out_refuses_answers(exams: ExamService) -> None:
    clock = [0.0]
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    running = exams.start_certifying(NURSE, "nurse_station", identity_confirmed=True)
    running._clock = lambda: clock[0]
    running._since = 0.0
    clock[0] = 30 * 60 + 5
    assert running.timed_out and running.remaining_ms() == 0
    with pytest.raises(TrainerError) as late:
        running.save_answer(running.attempt.paper.item_ids[0], "A")
    assert late.value.code == "exam.time_up"
    exams.submit(running, "time_out")
    found = attempt(exams.journal, "N001", running.attempt_id)
    assert found is not None and found.elapsed_ms == 30 * 60_000


def test_short_answers_wait_for_marking(exams: ExamService, content: object) -> None:
    exams.content.blueprints["nurse_station"] = factory.blueprint(
        [{"count": 1, "types": ["short_answer"]}, {"count": 2, "types": ["true_false"]}])
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    running = exams.start_certifying(NURSE, "nurse_station", identity_confirmed=True)
    for item_id in running.attempt.paper.item_ids:
        running.save_answer(item_id, "写了一段话" if item_id == "t-essay-1"
                            else right_answer(exams, item_id))
    submission = exams.submit(running)
    assert submission.result is not None and submission.result.provisional
    assert not submission.graded_here
    assert exams.marking_queue() == [("N001", running.attempt_id, "t-essay-1")]
    with pytest.raises(PermissionDenied):
        exams.mark(NURSE, "N001", running.attempt_id, "t-essay-1", 1.0)
    marked = exams.mark(TRAINER, "N001", running.attempt_id, "t-essay-1", 1.0)
    assert marked.graded_here and marked.result is not None and marked.result.passed
    assert exams.marking_queue() == []


def test_notebook_until_right_twice_in_a_row(exams: ExamService) -> None:
    running = exams.start_practice(NURSE, "nurse_station", count=3, seed=1)
    ids = list(running.attempt.paper.item_ids)
    running.save_answer(ids[0], "Z")  # wrong; the others unanswered: wrong too
    exams.submit(running)
    assert {e.item_id for e in notebook(exams, "N001")} == set(ids)
    for round_ in range(2):
        again = exams.start_wrong_answers(NURSE, [ids[0]])
        again.save_answer(ids[0], right_answer(exams, ids[0]))
        exams.submit(again)
        listed = {e.item_id for e in notebook(exams, "N001")}
        assert (ids[0] in listed) is (round_ == 0)

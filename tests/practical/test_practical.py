"""Practical exams over the journal: unlock, provisional result, marking, override,
self-marking refused, double marking and adjudication, sign-off and retraining."""

from __future__ import annotations

import pytest

from tests.exams.factory import session
from tests.practical.conftest import MARKER2, MARKER3, NURSE, PROCTOR, log_lines, sit
from trainer.auth.audit import audit_log
from trainer.errors import PermissionDenied, TrainerError
from trainer.practical.marking import agreement
from trainer.practical.service import PracticalService
from trainer.vocabulary import Role

ALL = ["spoken_identity", "explained_to_patient", "handover_clear"]


def test_start_needs_an_unlock_and_the_result_is_provisional(practical: PracticalService
                                                             ) -> None:
    with pytest.raises(TrainerError) as refused:
        practical.start(NURSE, "nurse_station", identity_confirmed=True)
    assert refused.value.code == "exam.not_unlocked"
    found = sit(practical, log_lines())
    assert found.status == "provisional" and found.result is not None
    assert found.result.score == 100.0 and found.result.passed
    assert found.scenario_id == "nurse-verify-kcl" and found.scenario_version == 1
    assert found.proctor == "T001" and len(found.scenario_hash) == 64
    # the unlock is used up
    with pytest.raises(TrainerError):
        practical.start(NURSE, "nurse_station", identity_confirmed=True)
    assert not list(practical.journal.events(type="practical.signed_off"))


def test_provisional_to_signed_off(practical: PracticalService) -> None:
    found = sit(practical, log_lines())
    marked = practical.mark(MARKER2, found.attempt_id, ALL, comments="规范，口述清楚")
    assert marked.status == "marked" and marked.marks[0].score == 100.0
    signed = practical.sign_off(MARKER2, found.attempt_id)
    assert signed.status == "signed_off"
    [event] = practical.journal.events(type="practical.signed_off")
    data = event.data()
    assert event.actor_id == "T002" and event.subject_id == "N001"
    assert data["passed"] and data["score"] == 100.0 and data["pass_mark"] == 80.0
    assert not data["overridden"] and data["module"] == "nurse_station"
    with pytest.raises(TrainerError) as again:
        practical.sign_off(MARKER2, found.attempt_id)
    assert again.value.code == "practical.already_signed"


def test_rubric_counts_for_its_weight(practical: PracticalService) -> None:
    found = sit(practical, log_lines())
    marked = practical.mark(MARKER2, found.attempt_id, ["spoken_identity"])
    assert marked.marks[0].score == pytest.approx(0.8 * 100 + 0.2 * 40)  # 4 of 10 points


def test_override_needs_a_real_reason(practical: PracticalService) -> None:
    found = sit(practical, log_lines("critical/kcl_push_accepted.jsonl"))
    assert found.result is not None and "kcl_push_accepted" in found.result.critical_errors
    for bad in ("", "   ", "。。", "\u3000x"):
        with pytest.raises(TrainerError) as refused:
            practical.mark(MARKER2, found.attempt_id, ALL, upheld=[], reason=bad)
        assert refused.value.code == "practical.reason_required"
    with pytest.raises(TrainerError):
        practical.mark(MARKER2, found.attempt_id, ALL, score=90, reason="")
    marked = practical.mark(MARKER2, found.attempt_id, ALL, upheld=[], score=85,
                            reason="录像显示已口头拒绝执行，系统误判")
    mark = marked.marks[0]
    assert mark.overridden and mark.passed and mark.critical_errors == ()
    practical.sign_off(MARKER2, found.attempt_id)
    data = next(practical.journal.events(type="practical.signed_off")).data()
    assert data["overridden"] and data["passed"] and "系统误判" in data["reason"]


def test_self_marking_and_proctor_rule(practical: PracticalService) -> None:
    both = session("H009", Role.TRAINER, Role.NURSE)  # a trainer who is also a nurse
    found = sit(practical, log_lines(), trainee=both)
    for act in (lambda: practical.mark(both, found.attempt_id, ALL),
                lambda: practical.sign_off(both, found.attempt_id)):
        with pytest.raises(TrainerError) as refused:
            act()
        assert refused.value.code == "practical.self_marking"
    with pytest.raises(PermissionDenied):
        practical.mark(NURSE, found.attempt_id, ALL)
    practical.mark(PROCTOR, found.attempt_id, ALL)
    practical.proctor_may_sign_off = lambda: False
    with pytest.raises(TrainerError) as proctor:
        practical.sign_off(PROCTOR, found.attempt_id)
    assert proctor.value.code == "practical.proctor_marking"
    practical.proctor_may_sign_off = lambda: True
    assert practical.sign_off(PROCTOR, found.attempt_id).status == "signed_off"


def test_two_markers_agreeing(practical: PracticalService) -> None:
    found = sit(practical, log_lines())
    practical.mark(PROCTOR, found.attempt_id, ALL)
    # the second marker sees no first mark
    seen, hidden = practical.visible_marks(MARKER2, practical.get(found.attempt_id))
    assert hidden and seen.marks == ()
    with pytest.raises(TrainerError) as unseen:  # nobody signs a mark they did not see
        practical.sign_off(MARKER2, found.attempt_id)
    assert unseen.value.code == "practical.nothing_to_sign"
    both = practical.mark(MARKER2, found.attempt_id, ALL)
    assert both.status == "agreed" and both.decision is not None
    assert both.decision.score == 100.0 and both.decision.passed
    assert practical.sign_off(MARKER2, found.attempt_id).signed_off is not None


def test_two_markers_differing_slightly_agree_on_the_mean(practical: PracticalService
                                                         ) -> None:
    exam = practical.exams["nurse_station"]
    practical.exams["nurse_station"] = exam.model_copy(update={"tolerance": 6.0})
    found = sit(practical, log_lines())
    practical.mark(PROCTOR, found.attempt_id, ALL)  # 100
    both = practical.mark(MARKER2, found.attempt_id, ["spoken_identity", "handover_clear"])
    assert both.marks[1].score == 94.0  # 80 + 20% of 7 of 10 rubric points
    assert both.status == "agreed" and both.decision is not None
    assert both.decision.score == 97.0
    signed = practical.sign_off(PROCTOR, found.attempt_id)
    assert signed.signed_off is not None and signed.signed_off["score"] == 97.0


def test_two_markers_disagreeing_on_pass_fail_need_a_third(practical: PracticalService
                                                           ) -> None:
    found = sit(practical, log_lines())
    practical.mark(PROCTOR, found.attempt_id, ALL)  # 100, passed
    both = practical.mark(MARKER2, found.attempt_id, [], score=70,
                          reason="未口述核对，患者身份核对流于形式")
    assert both.status == "adjudication" and both.decision is None
    with pytest.raises(TrainerError) as waiting:
        practical.sign_off(PROCTOR, found.attempt_id)
    assert waiting.value.code == "practical.needs_adjudication"
    with pytest.raises(TrainerError) as marker:
        practical.adjudicate(MARKER2, found.attempt_id, ALL, reason="看过录像")
    assert marker.value.code == "practical.adjudicator_marked"
    with pytest.raises(TrainerError) as no_reason:
        practical.adjudicate(MARKER3, found.attempt_id, ALL, reason=" ")
    assert no_reason.value.code == "practical.reason_required"
    decided = practical.adjudicate(MARKER3, found.attempt_id, ["spoken_identity"],
                                   reason="录像中有口述核对，但未解释")
    assert decided.status == "adjudicated" and decided.decision is not None
    assert decided.decision.score == 88.0 and decided.decision.passed
    practical.sign_off(MARKER3, found.attempt_id)
    assert [e.data()["score"] for e in practical.journal.events(
        type="practical.signed_off")] == [88.0]
    stats = {a.trainer: a for a in agreement(practical.all())}
    assert stats["T001"].double_marked == 1 and stats["T001"].agreed == 0
    assert stats["T001"].mean_difference == 30.0 and stats["T001"].adjudicated_towards == 1
    assert stats["T002"].adjudicated_towards == 0


def test_a_difference_beyond_tolerance_alone_needs_adjudication(practical: PracticalService
                                                                ) -> None:
    found = sit(practical, log_lines())
    practical.mark(PROCTOR, found.attempt_id, ALL)  # 100
    both = practical.mark(MARKER2, found.attempt_id, ["explained_to_patient"])  # 86
    assert both.marks[1].passed and both.status == "adjudication"


def test_a_fail_assigns_retraining_and_the_trainee_sees_the_failed_checks(
        practical: PracticalService) -> None:
    commands = [c for c in log_lines() if c[1] != "notify"]
    found = sit(practical, commands)
    assert found.result is not None and found.result.failed_checks == ("doctor_told",)
    practical.mark(MARKER2, found.attempt_id, [], comments="未通知医生")
    signed = practical.sign_off(MARKER2, found.attempt_id)
    assert signed.signed_off is not None and not signed.signed_off["passed"]
    [retraining] = practical.journal.events(type="exam.retraining_assigned")
    assert retraining.subject_id == "N001"
    assert retraining.data()["knowledge_points"] == ["doctor_told"]
    [mine] = practical.feedback(NURSE)
    assert mine.comments == ("未通知医生",) and not mine.passed
    assert mine.failed_checks == ("doctor_told",) and mine.signed_by == "T002"
    with pytest.raises(PermissionDenied):  # another trainee's result
        practical.feedback(session("N002"), "N001")
    assert practical.feedback(MARKER3, "N001")[0].score == mine.score


def test_the_trainee_sees_no_result_before_the_sign_off(practical: PracticalService) -> None:
    found = sit(practical, log_lines())
    practical.mark(MARKER2, found.attempt_id, ALL, comments="好")
    assert practical.feedback(NURSE) == []


def test_grade_changes_are_in_the_audit_log(practical: PracticalService) -> None:
    found = sit(practical, log_lines())
    practical.mark(MARKER2, found.attempt_id, [], score=95, reason="口述核对完整，酌情加分")
    practical.sign_off(MARKER2, found.attempt_id)
    admin = session("A001", Role.ADMIN)
    entries = audit_log(practical.journal, admin)
    kinds = [(e.type, e.actor_id, e.subject_id) for e in entries]
    assert ("practical.marked", "T002", "N001") in kinds
    assert ("practical.signed_off", "T002", "N001") in kinds
    marked = next(e for e in entries if e.type == "practical.marked")
    assert "overridden=True" in marked.detail and "酌情加分" in marked.detail


def test_queue_oldest_first_and_filtered(practical: PracticalService) -> None:
    first = sit(practical, log_lines())
    second = sit(practical, log_lines(), trainee=session("N002"))
    queue = practical.queue(MARKER2)
    assert [a.attempt_id for a in queue] == [first.attempt_id, second.attempt_id]
    assert practical.queue(MARKER2, module="pharmacy") == []
    practical.mark(MARKER2, first.attempt_id, ALL)
    practical.sign_off(MARKER2, first.attempt_id)
    assert [a.attempt_id for a in practical.queue(MARKER2)] == [second.attempt_id]
    assert [a.trainee for a in practical.queue(
        MARKER2, department="ward", departments={"N002": ("ward",)})] == ["N002"]
    with pytest.raises(PermissionDenied):
        practical.queue(NURSE)

"""Demo attempts for the review pages' screenshots and tests: a nurse's practical exam at
the KCl scenario that wanders (a refusal, a pause, a critical error), one that follows the
expert path, and one whose two marks disagree.

May import: trainer.journal, trainer.exams.sittings, trainer.sim, trainer.practical,
trainer.auth.session, the standard library.
"""

from __future__ import annotations

from typing import Any

from trainer.auth.session import Session, StaffMember
from trainer.exams import sittings
from trainer.journal import JournalWriter
from trainer.practical.attempts import PracticalAttempt
from trainer.practical.service import PracticalService
from trainer.sim import library
from trainer.sim.log import parse_log
from trainer.sim.recording import RecordedAttempt
from trainer.vocabulary import Role

SCENARIO = "nurse-verify-kcl"
WANDERING: list[tuple[int, str, dict[str, Any]]] = [
    (4000, "verify_order", {"order": "ord3"}),
    (9000, "verify_identity", {"patient": "p007", "name": "杨磊", "dob": "1958-04-30"}),
    (15000, "verify_order", {"order": "ord1"}),
    (82000, "verify_order", {"order": "ord2"}),
    (95000, "notify", {"to": "doctor", "patient": "p007", "about": "氯化钾医嘱已执行"}),
]


def _session(staff_id: str, *roles: Role) -> Session:
    return Session(StaffMember(staff_id, staff_id, frozenset(roles), ("内科",), True, False),
                   "demo-pc")


def expert_commands() -> list[tuple[int, str, dict[str, Any]]]:
    folder = library.simulators_root() / "scenarios" / SCENARIO
    return [(int(str(ln.t)), str(ln.cmd), dict(ln.args))  # type: ignore[call-overload]
            for ln in parse_log((folder / "expert.jsonl").read_text(encoding="utf-8"))]


def sit(service: PracticalService, trainee: str,
        commands: list[tuple[int, str, dict[str, Any]]]) -> PracticalAttempt:
    """A proctored practical exam of the nurse station, played and finished."""
    proctor, nurse = _session("T001", Role.TRAINER), _session(trainee, Role.NURSE)
    sittings.unlock_here(service.journal, proctor, trainee, "nurse_station")
    exam = service.exams["nurse_station"]
    service.exams["nurse_station"] = exam.model_copy(update={"scenarios": [SCENARIO]})
    try:
        found, loaded = service.start(nurse, "nurse_station", identity_confirmed=True)
    finally:
        service.exams["nurse_station"] = exam
    writer = JournalWriter(service.journal, max_delay=0.02)
    try:
        recorded = RecordedAttempt(loaded, writer, trainee, "exam", found.attempt_id)
        for t, cmd, args in commands:
            recorded.apply(cmd, args, t)
        recorded.flush()
    finally:
        writer.close()
    return service.finish(nurse, found.attempt_id)


def make_demo_attempts(service: PracticalService) -> list[PracticalAttempt]:
    """Three attempts waiting for review, the wandering one first (oldest)."""
    wandering = sit(service, "N001", WANDERING)
    clean = sit(service, "H001", expert_commands())
    disputed = sit(service, "N002", expert_commands())
    service.mark(_session("T002", Role.TRAINER), disputed.attempt_id,
                 ["spoken_identity", "explained_to_patient", "handover_clear"])
    service.mark(_session("T003", Role.TRAINER), disputed.attempt_id, [], score=70,
                 reason="未口述核对患者身份")
    return [wandering, clean, service.get(disputed.attempt_id)]

"""Events of theory exams.

``exam.graded`` is a *result*: it is written where grading is authoritative — the central
service in networked mode (ARCHITECTURE §4), the PC itself only in standalone mode (whose
results are self-attested). A workstation in networked mode never pushes it: the service
refuses result events from devices (issue 16) and grades from the raw answers (issue 17).
Certification rules (``trainer.certify``) read it.

May import: ``trainer.journal``.
"""

from __future__ import annotations

from typing import Any

from trainer.journal.events import EventType, Payload, register


class Graded(Payload):
    """A theory attempt's score. ``subject_id`` is the trainee, ``actor_id`` the grader
    (the staff id of a trainer who marked short answers, or ``None`` for the machine)."""

    attempt_id: str
    module: str
    score: float  # points obtained
    max_score: float
    pass_mark: float  # percent of max_score needed
    passed: bool
    certifying: bool  # a proctored exam (False: practice)
    #: Graded on the PC itself (standalone mode): its certificates say so. The service's
    #: results (networked) never are.
    self_attested: bool = False


GRADED = register(EventType("exam.graded", 1, Graded, from_devices=False))


# --- attempts -------------------------------------------------------------------------------
# Every attempt event has ``subject_id`` = the trainee and carries ``attempt_id``; elapsed
# exam time (``elapsed_ms``) is what the runner measured while the exam was on screen —
# exam time comes from these, never from wall-clock differences (ARCHITECTURE §3).


class Started(Payload):
    attempt_id: str
    module: str
    blueprint: str
    blueprint_version: int
    seed: int
    mode: str  # "exam" (certifying), "practice", "wrong_answers"
    certifying: bool
    time_limit_s: int  # 0: untimed (practice)
    resume_limit_s: int
    pass_mark: float
    partial_credit: bool
    entries: list[dict[str, Any]]  # the paper: item, section, orders
    content_hash: str  # of the items on the paper, as the PC had them
    unlock_id: str | None = None  # the proctor's unlock a certifying attempt started under


class AnswerSaved(Payload):
    attempt_id: str
    item_id: str
    response: Any  # in the bank's own option keys; None: answer cleared
    elapsed_ms: int


class FlagSet(Payload):
    attempt_id: str
    item_id: str
    flagged: bool
    elapsed_ms: int


class TimeNoted(Payload):
    """A heartbeat: the exam was on screen up to ``elapsed_ms``."""

    attempt_id: str
    elapsed_ms: int


class Paused(Payload):
    attempt_id: str
    elapsed_ms: int
    reason: str  # lock, switch_user, log_out, closed, interrupted (derived at resume)


class Resumed(Payload):
    attempt_id: str
    elapsed_ms: int
    away_s: float  # wall-clock time away (device clock: advisory, shown to the trainer)


class Submitted(Payload):
    attempt_id: str
    elapsed_ms: int
    reason: str  # submitted, time_out, resume_expired


class ItemMarked(Payload):
    """A trainer marked a short answer (``actor_id``); ``score`` 0…1 of the item."""

    attempt_id: str
    item_id: str
    score: float


STARTED = register(EventType("exam.started", 1, Started))
ANSWER_SAVED = register(EventType("exam.answer_saved", 1, AnswerSaved))
FLAG_SET = register(EventType("exam.flag_set", 1, FlagSet))
TIME_NOTED = register(EventType("exam.time_noted", 1, TimeNoted))
PAUSED = register(EventType("exam.paused", 1, Paused))
RESUMED = register(EventType("exam.resumed", 1, Resumed))
SUBMITTED = register(EventType("exam.submitted", 1, Submitted))
ITEM_MARKED = register(EventType("exam.item_marked", 1, ItemMarked))

ATTEMPT_TYPES = ("exam.started", "exam.answer_saved", "exam.flag_set", "exam.time_noted",
                 "exam.paused", "exam.resumed", "exam.submitted", "exam.item_marked",
                 "exam.graded")


# --- sittings and retraining ---------------------------------------------------------------


class SittingScheduled(Payload):
    """A trainer (``actor_id``) scheduled a sitting; the one-time code is stored hashed."""

    sitting_id: str
    module: str
    starts_at: str
    room: str
    staff_ids: list[str]
    code_salt: str
    code_hash: str


class Unlocked(Payload):
    """A proctor unlocked one certifying attempt for ``subject_id`` at one PC."""

    unlock_id: str
    module: str
    device_id: str
    sitting_id: str | None = None
    by: str  # "trainer" (logged in at that PC) or "code" (the sitting's one-time code)


class Attended(Payload):
    """签到: the trainee confirmed their identity at the start of an unlocked attempt."""

    unlock_id: str
    module: str
    device_id: str
    sitting_id: str | None = None


class RetrainingAssigned(Payload):
    """补训 after a failed certifying attempt: courses for the weak knowledge points."""

    attempt_id: str
    module: str
    knowledge_points: list[str]
    courses: list[str]
    retake_after: str  # ISO time the cool-down ends


SITTING_SCHEDULED = register(EventType("exam.sitting_scheduled", 1, SittingScheduled))
UNLOCKED = register(EventType("exam.unlocked", 1, Unlocked))
ATTENDED = register(EventType("exam.attended", 1, Attended))
RETRAINING_ASSIGNED = register(EventType("exam.retraining_assigned", 1, RetrainingAssigned))


# --- the service as the grading authority (issue 17) ----------------------------------------


class GradedLocally(Payload):
    """What a networked PC showed as the result of a certifying attempt it could grade
    itself (it held the answers): a claim the service compares with its own grade — never
    a result (``subject_id`` the trainee)."""

    attempt_id: str
    module: str
    score: float
    max_score: float
    passed: bool


class GradingFlagged(Payload):
    """Written by the service only: a certifying attempt it did not grade as the PC has it,
    for the trainers' list (``subject_id`` the trainee). ``held``: waiting for something
    the service lacks (a content version) and graded once it has it; otherwise the attempt
    is not certified (a forged or replayed answer set, a paper the rules did not draw,
    a local result that disagrees with the service's grade). ``reason`` is a word code
    (``grading.*``); the scores are percentages where known."""

    attempt_id: str
    module: str
    reason: str
    held: bool = False
    content_hash: str = ""
    local_percent: float | None = None
    local_passed: bool | None = None
    service_percent: float | None = None
    service_passed: bool | None = None
    detail: str = ""


GRADED_LOCALLY = register(EventType("exam.graded_locally", 1, GradedLocally))
GRADING_FLAGGED = register(EventType("exam.grading_flagged", 1, GradingFlagged,
                                     from_devices=False))

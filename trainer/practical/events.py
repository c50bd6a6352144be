"""Events of practical exams (issue 14 builds the attempts, review and marking on them).

``practical.signed_off`` is a trainer's act on a PC: the service accepts it only from a
trainer whose login there it has proved (issue 16), and re-runs the command log before it
counts (issue 17). Certification rules (``trainer.certify``) read it.

May import: ``trainer.journal``.
"""

from __future__ import annotations

from trainer.journal.events import EventType, Payload, register


class SignedOff(Payload):
    """A practical attempt signed off. ``subject_id`` is the trainee, ``actor_id`` the
    trainer who signed."""

    attempt_id: str
    module: str
    scenario_id: str
    score: float  # percent, 0–100, after any override
    pass_mark: float  # percent
    passed: bool  # score >= pass_mark and no critical error (after any override)
    critical_errors: tuple[str, ...] = ()  # ids of the scenario's critical errors committed
    overridden: bool = False  # the trainer changed the automatic verdict…
    reason: str = ""  # …and wrote why (required when overridden)


SIGNED_OFF = register(EventType("practical.signed_off", 1, SignedOff, actor_role="trainer"))


# --- attempts and marking (issue 14) --------------------------------------------------------
# ``subject_id`` is the trainee on every event below; ``actor_id`` who acted. The commands of
# the attempt are ``sim.command`` events (trainer.sim.recording) whose ``subject_id`` is the
# attempt id: the replay is rebuilt from them and the pinned scenario version.


class Started(Payload):
    """A proctored practical attempt started (under an ``exam.unlocked`` unlock)."""

    attempt_id: str
    exam_id: str
    exam_version: int
    module: str
    scenario_id: str
    scenario_version: int
    scenario_hash: str  # sha256 of the scenario file the PC ran
    pass_mark: float
    time_limit_s: int
    unlock_id: str
    proctor: str | None = None  # the staff id who unlocked it


class Finished(Payload):
    """The automatic result — provisional until a trainer signs it off."""

    attempt_id: str
    score: float  # percent of the scenario's check weights
    passed: bool
    checks: dict[str, bool]  # check id → held
    critical_errors: tuple[str, ...] = ()
    time_ms: int
    commands: int
    refused: int
    detours: int
    log_digest: str = ""  # the last link of the command log's chain (trainer.sim.recording)


class Paused(Payload):
    """The trainee's practical exam stopped without being handed in (``actor_id`` the
    trainee): the screen was locked (``lock``), or the user switched or logged out
    (``session_end``). ``at_ms``: the attempt's elapsed time then; its clock carries on from
    there when it resumes, and the trainer's replay lists every pause."""

    attempt_id: str
    at_ms: int
    reason: str  # lock | session_end


class Marked(Payload):
    """A trainer's mark (``actor_id``): rubric ticks, score, comments, any override."""

    attempt_id: str
    stage: str  # first | second | adjudication
    rubric: tuple[str, ...]  # ticked rubric item ids
    score: float  # percent, after any override
    passed: bool
    critical_errors: tuple[str, ...] = ()  # those the marker upholds
    comments: str = ""
    overridden: bool = False
    reason: str = ""  # why the automatic verdict was changed (required when overridden)


class Adjudicated(Payload):
    """Two marks disagreed; a third trainer (``actor_id``) decided."""

    attempt_id: str
    score: float
    passed: bool
    first_marker: str
    second_marker: str
    reason: str


STARTED = register(EventType("practical.started", 1, Started))
FINISHED = register(EventType("practical.finished", 1, Finished))
PAUSED = register(EventType("practical.paused", 1, Paused))
MARKED = register(EventType("practical.marked", 1, Marked))
ADJUDICATED = register(EventType("practical.adjudicated", 1, Adjudicated))

TYPES = ("practical.started", "practical.finished", "practical.marked",
         "practical.adjudicated", "practical.signed_off", "practical.paused")

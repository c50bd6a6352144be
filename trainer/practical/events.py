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

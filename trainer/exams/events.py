"""Events of theory exams.

``exam.graded`` is a *result*: it is written where grading is authoritative — the central
service in networked mode (ARCHITECTURE §4), the PC itself only in standalone mode (whose
results are self-attested). A workstation in networked mode never pushes it: the service
refuses result events from devices (issue 16) and grades from the raw answers (issue 17).
Certification rules (``trainer.certify``) read it.

May import: ``trainer.journal``.
"""

from __future__ import annotations

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


GRADED = register(EventType("exam.graded", 1, Graded, from_devices=False))

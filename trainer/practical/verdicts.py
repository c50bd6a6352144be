"""What the service decides about a practical attempt (issue 17). Results: written only by
the sync service in networked mode (a workstation never pushes them) and synced out to the
workstations of the trainee's departments. ``subject_id`` is the trainee on every one;
``actor_id`` is ``None`` (the service).

- ``practical.rerun``: the service re-ran the attempt's command log against its own copy of
  the pinned scenario version. ``outcome`` is ``verified`` (its result and the log's
  integrity agree with what the workstation sent), ``flagged`` (they do not: a trainer must
  look, and the attempt is never certified on it) or ``held`` (the service cannot judge it
  yet, e.g. it lacks that scenario version). ``reasons`` says why, in words of
  :mod:`trainer.practical.messages`.
- ``practical.referred``: two trainers' marks (from any workstations) differ by more than the
  tolerance or on pass/fail: a third trainer must adjudicate.
- ``practical.sign_off_checked``: the service's verdict on a sign-off; only an accepted one
  counts towards a certificate.

May import: ``trainer.journal``.
"""

from __future__ import annotations

from trainer.journal.events import EventType, Payload, register

VERIFIED = "verified"
FLAGGED = "flagged"
HELD = "held"


class Rerun(Payload):
    attempt_id: str
    outcome: str  # verified | flagged | held
    reasons: tuple[str, ...] = ()  # log_gap, log_order, log_chain, result_differs, …
    score: float | None = None  # the service's automatic result (None when held)
    passed: bool | None = None
    checks: dict[str, bool] = {}  # noqa: RUF012
    critical_errors: tuple[str, ...] = ()
    commands: int = 0
    scenario_hash: str = ""


class Referred(Payload):
    attempt_id: str
    first_marker: str
    first_score: float
    first_passed: bool
    second_marker: str
    second_score: float
    second_passed: bool
    tolerance: float
    reason: str  # tolerance | pass_fail


class SignOffChecked(Payload):
    attempt_id: str
    sign_off_event: str  # event id of the practical.signed_off judged
    accepted: bool
    reasons: tuple[str, ...] = ()


RERUN = register(EventType("practical.rerun", 1, Rerun, from_devices=False))
REFERRED = register(EventType("practical.referred", 1, Referred, from_devices=False))
SIGN_OFF_CHECKED = register(EventType("practical.sign_off_checked", 1, SignOffChecked,
                                      from_devices=False))

TYPES = (RERUN.name, REFERRED.name, SIGN_OFF_CHECKED.name)

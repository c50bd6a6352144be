"""Where a person stands on an HIS module *today*: computed when read from the ledger.

Statuses (the filter words HR uses): ``certified`` (``expiring`` within the reminder
days), ``expired`` (past its day, or a required top-up course missed), ``revoked``,
``eligible`` (passed everything, no certificate yet), ``failed`` (the latest certifying
attempt failed: retraining, 补训, then retake), ``in_training``.

Eligible means: the module's courses read; the latest certifying theory grade ≥ its pass
mark; the latest practical sign-off ≥ its pass mark with no critical error; the two passes
no more than ``window_days`` apart (inclusive); all after the last certificate for that
module (a revoked or expired certificate's results are not used again).

May import: ``trainer.certify.ledger``.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from trainer.certify.ledger import Certificate, Ledger, Result, required_courses

CERTIFIED = "certified"
EXPIRING = "expiring"
EXPIRED = "expired"
REVOKED = "revoked"
ELIGIBLE = "eligible"
FAILED = "failed"
IN_TRAINING = "in_training"
STATUSES = (CERTIFIED, EXPIRING, EXPIRED, REVOKED, ELIGIBLE, FAILED, IN_TRAINING)


@dataclass(frozen=True)
class Courses:
    """What the catalogue says: courses per module and each course's sections per
    language (any one language read in full counts)."""

    by_module: Mapping[str, tuple[str, ...]]
    sections: Mapping[str, tuple[frozenset[str], ...]]
    #: course id → language → title, for records people read
    titles: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class TopUpDue:
    course_id: str
    due_on: date
    done_on: date | None
    missed: bool


@dataclass(frozen=True)
class Standing:
    holder: str
    module: str
    status: str
    reason: str  # why, in a word: course_unread, theory_failed, window, topup_missed …
    #: (for expired and revoked: why the certificate lapsed; renewal is then by new passes)
    certificate: Certificate | None  # the latest one for this module
    theory: Result | None  # the results eligibility rests on (or the failing ones)
    practical: Result | None
    topups: tuple[TopUpDue, ...] = ()
    renewal_eligible: bool = False  # certified but new passes allow a renewal


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def topups_for(ledger: Ledger, cert: Certificate, courses: Courses, today: date
               ) -> tuple[TopUpDue, ...]:
    due: list[TopUpDue] = []
    for topup in ledger.topups:
        if topup.module not in cert.modules or topup.order < cert.order:
            continue  # a certificate issued after the upgrade needs no top-up
        done = ledger.course_done_on(cert.holder, topup.course_id,
                                     courses.sections.get(topup.course_id, ()))
        in_time = done is not None and done <= topup.due_on
        due.append(TopUpDue(topup.course_id, topup.due_on, done,
                            missed=not in_time and today > topup.due_on))
    return tuple(due)


def standing(ledger: Ledger, holder: str, module: str, today: date,
             courses: Courses) -> Standing:
    certs = ledger.certificates_of(holder, module)
    latest = certs[-1] if certs else None
    theory, practical, reason = _eligibility(ledger, holder, module, latest, courses)
    eligible = reason == ""
    if latest is not None:
        held = _certificate_status(ledger, latest, module, today, courses)
        if held is not None:
            status, why, due = held
            return Standing(holder, module, status, why, latest, theory, practical, due,
                            renewal_eligible=eligible)
    if eligible:
        return Standing(holder, module, ELIGIBLE, "", latest, theory, practical)
    if reason.endswith("_failed"):
        return Standing(holder, module, FAILED, reason, latest, theory, practical)
    if latest is not None:
        due = topups_for(ledger, latest, courses, today)
        if latest.revoked_on is not None:
            return Standing(holder, module, REVOKED, "revoked", latest, theory, practical, due)
        why = "expired" if today >= latest.expires_on else "topup_missed"
        return Standing(holder, module, EXPIRED, why, latest, theory, practical, due)
    return Standing(holder, module, IN_TRAINING, reason, None, theory, practical)


def _certificate_status(ledger: Ledger, cert: Certificate, module: str, today: date,
                        courses: Courses) -> tuple[str, str, tuple[TopUpDue, ...]] | None:
    """The status of a held certificate, or ``None`` when it no longer counts."""
    if cert.revoked_on is not None or today >= cert.expires_on:
        return None
    due = topups_for(ledger, cert, courses, today)
    if any(t.missed for t in due):
        return None
    reminder = ledger.rules(module).reminder_days
    if today >= cert.expires_on - timedelta(days=reminder):
        return EXPIRING, "expires_soon", due
    return CERTIFIED, "", due


def _eligibility(ledger: Ledger, holder: str, module: str, latest: Certificate | None,
                 courses: Courses) -> tuple[Result | None, Result | None, str]:
    """The results eligibility rests on and ``""``, or why not yet (a reason word)."""
    after = latest.order if latest is not None else -1
    results = [r for r in ledger.results_of(holder, module) if r.order > after]
    theory = _latest(results, "theory")
    practical = _latest(results, "practical")
    if theory is not None and not theory.passed:
        return theory, practical, "theory_failed"
    if practical is not None and not practical.passed:
        return theory, practical, ("critical_error_failed" if practical.critical_errors
                                   else "practical_failed")
    if theory is None or practical is None:
        return theory, practical, "theory_missing" if theory is None else "practical_missing"
    window = ledger.rules(module).window_days
    if abs((theory.on - practical.on).days) > window:
        return theory, practical, "window"
    for course in required_courses(ledger, module, courses.by_module):
        if ledger.course_done_on(holder, course, courses.sections.get(course, ())) is None:
            return theory, practical, "course_unread"
    return theory, practical, ""


def _latest(results: list[Result], kind: str) -> Result | None:
    found = [r for r in results if r.kind == kind]
    return found[-1] if found else None


def expiry_for(issued_on: date, rules_months: int) -> date:
    return add_months(issued_on, rules_months)



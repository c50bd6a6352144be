"""The certification ledger: a deterministic fold of the journal's result, course and
certificate events into plain frozen facts per person and HIS module.

This is the eligibility *projection* of ARCHITECTURE §3: a pure function of the events in
canonical order (and of the rule settings, themselves events). It holds no dates relative
to today: :mod:`trainer.certify.standing` computes statuses when they are read, so a
certificate expires on its day with nobody running anything.

Course completion dates are folded here from ``course.section_read`` (the course-progress
projection's query gives sections read but not when each was first read, which top-up
deadlines need).

May import: ``trainer.journal``, ``trainer.exams.events``, ``trainer.practical.events``,
``trainer.certify.events``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from trainer.certify import events as ce
from trainer.exams.events import GRADED
from trainer.journal.events import Event
from trainer.journal.projections.course_progress import SECTION_READ
from trainer.practical.events import SIGNED_OFF

#: Every event type the ledger reads.
LEDGER_TYPES: tuple[str, ...] = (
    GRADED.name, SIGNED_OFF.name, SECTION_READ.name, ce.ISSUED.name, ce.REVOKED.name,
    ce.RULES_SET.name, ce.TOPUP_REQUIRED.name, ce.ISSUER_KEY.name,
)


def day_of(iso_time: str) -> date:
    return date.fromisoformat(iso_time[:10])


@dataclass(frozen=True)
class Rules:
    window_days: int = 90
    validity_months: int = 12
    reminder_days: int = 30
    auto_issue: bool = False


@dataclass(frozen=True)
class Result:
    """One certifying theory grade or practical sign-off (scores in percent)."""

    kind: str  # "theory" | "practical"
    attempt_id: str
    module: str
    on: date
    order: int  # position in canonical order
    score: float
    pass_mark: float
    passed: bool
    critical_errors: tuple[str, ...]
    marker: str | None
    overridden: bool = False
    reason: str = ""


@dataclass(frozen=True)
class Certificate:
    number: str
    holder: str
    name_digest: str
    modules: tuple[str, ...]
    scores: tuple[ce.ModuleScore, ...]
    issued_on: date
    expires_on: date
    self_attested: bool
    key_id: str
    signature: str
    issued_by: str | None
    order: int
    revoked_on: date | None = None
    revoked_reason: str = ""


@dataclass(frozen=True)
class TopUp:
    module: str
    course_id: str
    due_on: date
    required_on: date
    order: int
    reason: str


@dataclass
class Ledger:
    """Facts folded from the journal. Mutable only while :func:`fold` builds it."""

    results: dict[tuple[str, str], list[Result]] = field(default_factory=dict)
    certificates: dict[str, Certificate] = field(default_factory=dict)  # by number
    rules_by_module: dict[str, Rules] = field(default_factory=dict)  # "" = every module
    topups: list[TopUp] = field(default_factory=list)
    first_read: dict[tuple[str, str], dict[str, date]] = field(default_factory=dict)
    issuer_keys: dict[str, bytes] = field(default_factory=dict)

    def rules(self, module: str) -> Rules:
        return self.rules_by_module.get(module) or self.rules_by_module.get("") or Rules()

    def certificates_of(self, holder: str, module: str) -> list[Certificate]:
        return sorted((c for c in self.certificates.values()
                       if c.holder == holder and module in c.modules), key=lambda c: c.order)

    def results_of(self, holder: str, module: str) -> list[Result]:
        return self.results.get((holder, module), [])

    def holders(self) -> set[str]:
        return {h for h, _ in self.results} | {c.holder for c in self.certificates.values()}

    def course_done_on(self, staff: str, course: str,
                       sections: Iterable[frozenset[str]]) -> date | None:
        """The day ``staff`` had read every section of ``course`` (in some language)."""
        read = self.first_read.get((staff, course), {})
        days = [max((read[s] for s in wanted), default=None) for wanted in sections
                if wanted and wanted <= read.keys()]
        found = [d for d in days if d is not None]
        return min(found) if found else None


def fold(events: Iterable[Event]) -> Ledger:
    """The ledger of ``events`` (canonical order, any types: others are skipped)."""
    ledger = Ledger()
    for order, event in enumerate(events):
        handler = _HANDLERS.get(event.type)
        if handler is not None:
            handler(ledger, event, order)
    return ledger


def _graded(ledger: Ledger, event: Event, order: int) -> None:
    data = event.data()
    if not data.get("certifying") or not event.subject_id:
        return
    maximum = float(data["max_score"]) or 1.0
    percent = 100.0 * float(data["score"]) / maximum
    passed = bool(data["passed"]) and percent >= float(data["pass_mark"])
    ledger.results.setdefault((event.subject_id, data["module"]), []).append(Result(
        "theory", data["attempt_id"], data["module"], day_of(event.time), order, percent,
        float(data["pass_mark"]), passed, (), event.actor_id))


def _signed_off(ledger: Ledger, event: Event, order: int) -> None:
    data = event.data()
    if not event.subject_id:
        return
    critical = tuple(data.get("critical_errors") or ())
    score = float(data["score"])
    # Hospital policy: a critical error (否决项) fails the attempt whatever the score.
    passed = bool(data["passed"]) and score >= float(data["pass_mark"]) and not critical
    ledger.results.setdefault((event.subject_id, data["module"]), []).append(Result(
        "practical", data["attempt_id"], data["module"], day_of(event.time), order, score,
        float(data["pass_mark"]), passed, critical, event.actor_id,
        bool(data.get("overridden")), str(data.get("reason") or "")))


def _section_read(ledger: Ledger, event: Event, order: int) -> None:
    data = event.data()
    read = ledger.first_read.setdefault((event.actor_id or "", data["course_id"]), {})
    read.setdefault(data["section_id"], day_of(event.time))


def _issued(ledger: Ledger, event: Event, order: int) -> None:
    p = ce.Issued.model_validate(event.data())
    if p.number in ledger.certificates:
        return  # a number is issued once; a replayed copy changes nothing
    ledger.certificates[p.number] = Certificate(
        p.number, p.holder, p.name_digest, p.modules, p.scores,
        date.fromisoformat(p.issued_on), date.fromisoformat(p.expires_on), p.self_attested,
        p.key_id, p.signature, event.actor_id, order)


def _revoked(ledger: Ledger, event: Event, order: int) -> None:
    data = event.data()
    cert = ledger.certificates.get(data["number"])
    if cert is not None and cert.revoked_on is None:
        ledger.certificates[cert.number] = _replace(cert, day_of(event.time), data["reason"])


def _replace(cert: Certificate, on: date, reason: str) -> Certificate:
    from dataclasses import replace

    return replace(cert, revoked_on=on, revoked_reason=reason)


def _rules_set(ledger: Ledger, event: Event, order: int) -> None:
    p = ce.RulesSet.model_validate(event.data())
    ledger.rules_by_module[p.module] = Rules(p.window_days, p.validity_months,
                                             p.reminder_days, p.auto_issue)


def _topup(ledger: Ledger, event: Event, order: int) -> None:
    p = ce.TopUpRequired.model_validate(event.data())
    ledger.topups.append(TopUp(p.module, p.course_id, date.fromisoformat(p.due_on),
                               day_of(event.time), order, p.reason))


def _issuer_key(ledger: Ledger, event: Event, order: int) -> None:
    from trainer.certify.signing import unb64

    p = ce.IssuerKey.model_validate(event.data())
    ledger.issuer_keys.setdefault(p.key_id, unb64(p.public_key))


_HANDLERS = {
    GRADED.name: _graded, SIGNED_OFF.name: _signed_off, SECTION_READ.name: _section_read,
    ce.ISSUED.name: _issued, ce.REVOKED.name: _revoked, ce.RULES_SET.name: _rules_set,
    ce.TOPUP_REQUIRED.name: _topup, ce.ISSUER_KEY.name: _issuer_key,
}


def required_courses(ledger: Ledger, module: str,
                     catalogue: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Courses of ``module`` a trainee must read, top-up courses excluded."""
    topup_courses = {t.course_id for t in ledger.topups}
    return tuple(c for c in catalogue.get(module, ()) if c not in topup_courses)

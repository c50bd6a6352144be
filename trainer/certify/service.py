"""Certification for the GUI, the CLI and tests: standings, issuing, revoking, rules and
top-up requirements. Roles are checked here (``trainer.auth.permissions``); issuing and
revoking are journal events naming the acting person, which are the audit trail.

Standalone issuing (this module): the PC's issuer key, unlocked with HR's passphrase,
signs; the certificate says self-attested; numbers are allocated here as
``<key id prefix>-<year>-<serial>``. Networked issuing happens on the service (issue 17):
a workstation in networked mode refuses to issue.

May import: ``trainer.certify``, ``trainer.auth``, ``trainer.journal``, ``trainer.store``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from trainer.auth.permissions import allowed, require
from trainer.auth.session import Session, StaffMember
from trainer.auth.staff import load_members
from trainer.certify import events as ce
from trainer.certify.issued import certificate_payload
from trainer.certify.keys import IssuerKey, create_issuer_key, unlock_issuer_key
from trainer.certify.ledger import LEDGER_TYPES, Certificate, Ledger, fold
from trainer.certify.signing import CertificateRecord, Score, b64
from trainer.certify.standing import (
    ELIGIBLE,
    EXPIRING,
    STATUSES,
    Courses,
    Standing,
    standing,
)
from trainer.errors import PermissionDenied, TrainerError
from trainer.journal import Journal, NewEvent
from trainer.vocabulary import Module, modules_for_roles


class CertifyError(TrainerError):
    code = "cert.error"


@dataclass(frozen=True)
class Row:
    """One person on one HIS module, as HR lists them."""

    member: StaffMember
    standing: Standing

    @property
    def department(self) -> str:
        return self.member.departments[0] if self.member.departments else ""


class CertificationService:
    def __init__(self, engine: Engine, journal: Journal, keys_dir: Path,
                 courses: Callable[[], Courses], *, networked: Callable[[], bool] = lambda: False
                 ) -> None:
        self.engine = engine
        self.journal = journal
        self.keys_dir = keys_dir
        self._courses = courses
        self._networked = networked
        self._lock = threading.Lock()  # number allocation and issuing, one at a time

    # -- reading -------------------------------------------------------------------------
    def courses(self) -> Courses:
        return self._courses()

    def ledger(self) -> Ledger:
        return fold(self.journal.events(types=LEDGER_TYPES))

    def members(self, staff_ids: Iterable[str] | None = None) -> dict[str, StaffMember]:
        with self.engine.connect() as conn:
            found = load_members(conn, None if staff_ids is None else list(staff_ids))
        return {m.staff_id: m for m in found}

    def rows(self, session: Session | None, today: date, *, department: str = "",
             module: str = "", status: str = "", staff_id: str = "",
             expiring_within: int | None = None, ledger: Ledger | None = None) -> list[Row]:
        """Every trainee (or holder) per HIS module with their standing, filtered. A
        department head (``cert.view_department``) sees the staff of their own
        departments only."""
        ward = self._departments_seen(session)
        if status and status not in STATUSES:
            raise CertifyError(code="cert.bad_status", status=status, allowed=list(STATUSES))
        ledger = ledger or self.ledger()
        courses = self._courses()
        rows: list[Row] = []
        for member in self.members().values():
            if staff_id and member.staff_id != staff_id:
                continue
            if department and department not in member.departments:
                continue
            if ward is not None and not ward.intersection(member.departments):
                continue
            for mod in self._modules_of(ledger, member):
                if module and mod != module:
                    continue
                found = standing(ledger, member.staff_id, mod, today, courses)
                if status and found.status != status:
                    continue
                if expiring_within is not None and not _expires_within(found, today,
                                                                       expiring_within):
                    continue
                rows.append(Row(member, found))
        return rows

    @staticmethod
    def _departments_seen(session: Session | None) -> frozenset[str] | None:
        """``None``: every department; else the departments this person heads."""
        if allowed(session, "cert.view"):
            return None
        head = require(session, "cert.view_department")
        return frozenset(head.member.departments)

    def own(self, session: Session | None, today: date) -> list[Standing]:
        """The logged-in person's own standing per HIS module: everyone may see their
        own (expiry reminders, a top-up due, what is missing for a certificate)."""
        if session is None or not session.member.active:
            raise PermissionDenied(code="auth.denied", action="cert.own",
                                   staff_id=None if session is None else session.staff_id)
        ledger = self.ledger()
        courses = self._courses()
        return [standing(ledger, session.staff_id, module, today, courses)
                for module in self._modules_of(ledger, session.member)]

    @staticmethod
    def _modules_of(ledger: Ledger, member: StaffMember) -> list[str]:
        mods = {m.value for m in modules_for_roles(member.roles)}
        mods |= {m for h, m in ledger.results if h == member.staff_id}
        mods |= {m for c in ledger.certificates.values() if c.holder == member.staff_id
                 for m in c.modules}
        order = [m.value for m in Module]
        return sorted(mods, key=lambda m: (order.index(m) if m in order else len(order), m))

    def record_of(self, cert: Certificate, member: StaffMember | None = None
                  ) -> CertificateRecord:
        """The signed record with the holder's name as in the roster (for printing).
        A name changed since issuing no longer matches: re-issue."""
        member = member or self.members([cert.holder]).get(cert.holder)
        if member is None:
            raise CertifyError(code="cert.unknown_holder", staff_id=cert.holder)
        record = CertificateRecord(
            cert.number, cert.holder, member.name, cert.modules,
            tuple(Score(s.module, s.theory, s.practical) for s in cert.scores),
            cert.issued_on.isoformat(), cert.expires_on.isoformat(), cert.self_attested,
            cert.key_id)
        if record.name_digest != cert.name_digest:
            raise CertifyError(code="cert.name_changed", number=cert.number)
        return record

    # -- the issuer key ------------------------------------------------------------------
    def create_key(self, session: Session | None, passphrase: str) -> IssuerKey:
        actor = require(session, "cert.key")
        key = create_issuer_key(self.keys_dir, passphrase)
        self.journal.append(NewEvent(ce.ISSUER_KEY.name, {
            "key_id": key.key_id, "public_key": b64(key.public), "self_attested": True},
            actor_id=actor.staff_id))
        return key

    def unlock_key(self, session: Session | None, passphrase: str) -> IssuerKey:
        require(session, "cert.issue")
        return unlock_issuer_key(self.keys_dir, passphrase)

    # -- issuing and revoking ------------------------------------------------------------
    def issue(self, session: Session | None, key: IssuerKey, holder: str, module: str,
              today: date) -> Certificate:
        """Issue ``holder``'s certificate for ``module``; refuses unless eligible."""
        actor = require(session, "cert.issue")
        return self._issue(key, holder, module, today, actor.staff_id)

    def issue_all_eligible(self, session: Session | None, key: IssuerKey, today: date
                           ) -> list[Certificate]:
        """Everyone eligible, and renewals for those whose certificate is expiring and who
        have passed again (recertification)."""
        rows = [r for r in self.rows(session, today) if r.standing.status == ELIGIBLE
                or (r.standing.status == EXPIRING and r.standing.renewal_eligible)]
        return [self.issue(session, key, r.member.staff_id, r.standing.module, today)
                for r in rows]

    def after_sign_off(self, key: IssuerKey | None, holder: str, module: str, today: date
                       ) -> Certificate | None:
        """Call after a practical sign-off (or theory grade): issues automatically when
        the module's rules say so, the person is eligible and the key is unlocked."""
        if key is None or self._networked():
            return None
        ledger = self.ledger()
        if not ledger.rules(module).auto_issue:
            return None
        found = standing(ledger, holder, module, today, self._courses())
        if found.status != ELIGIBLE and not found.renewal_eligible:
            return None
        return self._issue(key, holder, module, today, None)

    def _issue(self, key: IssuerKey, holder: str, module: str, today: date,
               actor: str | None) -> Certificate:
        if self._networked():
            raise CertifyError(code="cert.issue_on_service")
        with self._lock:
            ledger = self.ledger()
            found = standing(ledger, holder, module, today, self._courses())
            if (found.status != ELIGIBLE and not found.renewal_eligible) or (
                    found.theory is None or found.practical is None):
                raise CertifyError(code="cert.not_eligible", staff_id=holder, module=module,
                                   status=found.status, reason=found.reason)
            member = self.members([holder]).get(holder)
            if member is None:
                raise CertifyError(code="cert.unknown_holder", staff_id=holder)
            number = _next_number(ledger, key.key_id, today)
            payload = certificate_payload(number, holder, member.name, found, today,
                                          ledger.rules(module).validity_months, key,
                                          self_attested=True)
            self.journal.append(NewEvent(ce.ISSUED.name, payload, actor_id=actor,
                                         subject_id=holder))
            return self.ledger().certificates[number]

    def revoke(self, session: Session | None, number: str, reason: str) -> None:
        actor = require(session, "cert.revoke")
        if not reason.strip():
            raise CertifyError(code="cert.reason_required", number=number)
        cert = self.ledger().certificates.get(number)
        if cert is None:
            raise CertifyError(code="cert.unknown_number", number=number)
        if cert.revoked_on is not None:
            raise CertifyError(code="cert.already_revoked", number=number)
        self.journal.append(NewEvent(ce.REVOKED.name, {"number": number,
                                                       "reason": reason.strip()},
                                     actor_id=actor.staff_id, subject_id=cert.holder))

    # -- rules and top-ups ---------------------------------------------------------------
    def set_rules(self, session: Session | None, *, module: str = "", window_days: int = 90,
                  validity_months: int = 12, reminder_days: int = 30,
                  auto_issue: bool = False) -> None:
        actor = require(session, "cert.rules")
        _check_module(module, allow_all=True)
        for name, value, low, high in (("window_days", window_days, 1, 3650),
                                       ("validity_months", validity_months, 1, 120),
                                       ("reminder_days", reminder_days, 0, 365)):
            if not low <= value <= high:
                raise CertifyError(code="cert.bad_rule", field=name, value=value,
                                   low=low, high=high)
        self.journal.append(NewEvent(ce.RULES_SET.name, {
            "module": module, "window_days": window_days, "validity_months": validity_months,
            "reminder_days": reminder_days, "auto_issue": auto_issue},
            actor_id=actor.staff_id))

    def require_topup(self, session: Session | None, module: str, course_id: str,
                      due_on: date, reason: str = "") -> None:
        actor = require(session, "cert.rules")
        _check_module(module, allow_all=False)
        if course_id not in self._courses().sections:
            raise CertifyError(code="cert.unknown_course", course_id=course_id)
        self.journal.append(NewEvent(ce.TOPUP_REQUIRED.name, {
            "module": module, "course_id": course_id, "due_on": due_on.isoformat(),
            "reason": reason}, actor_id=actor.staff_id))


def _check_module(module: str, *, allow_all: bool) -> None:
    if (module or not allow_all) and module not in {m.value for m in Module}:
        raise CertifyError(code="cert.unknown_module", module=module)


def _next_number(ledger: Ledger, key_id: str, today: date) -> str:
    prefix = f"{key_id[:4]}-{today.year}-"
    used = [int(n[len(prefix):]) for n in ledger.certificates if n.startswith(prefix)
            and n[len(prefix):].isdigit()]
    return f"{prefix}{max(used, default=0) + 1:05d}"


def _expires_within(found: Standing, today: date, days: int) -> bool:
    cert = found.certificate
    return (cert is not None and found.status in ("certified", "expiring")
            and (cert.expires_on - today).days <= days)


def courses_from_catalogue(catalogue: object) -> Courses:
    """:class:`Courses` from a :class:`trainer.content.courses.Catalogue`."""
    by_module: dict[str, list[str]] = {}
    sections: dict[str, tuple[frozenset[str], ...]] = {}
    titles: dict[str, dict[str, str]] = {}
    for course in getattr(catalogue, "courses", ()):
        if course.kind != "course":
            continue
        for module in course.modules:
            by_module.setdefault(str(module), []).append(course.id)
        sections[course.id] = tuple(frozenset(s.id for s in text.sections)
                                    for text in course.texts.values())
        titles[course.id] = {lang: text.title for lang, text in course.texts.items()}
    return Courses({m: tuple(c) for m, c in by_module.items()}, sections, titles)




def certification_for(services: Any) -> CertificationService:
    """The certification service over an opened :class:`trainer.services.Services`."""
    return CertificationService(
        services.engine, services.journal, services.profile.keys_dir,
        lambda: courses_from_catalogue(services.catalogue()), networked=services.networked)


def trusted_keys(service: CertificationService, ledger: Ledger) -> dict[str, bytes]:
    """Issuer public keys this PC trusts: published in the journal, and its own."""
    from trainer.certify.keys import local_public_key
    from trainer.certify.signing import key_id

    keys = dict(ledger.issuer_keys)
    own = local_public_key(service.keys_dir)
    if own is not None:
        keys[key_id(own)] = own
    return keys

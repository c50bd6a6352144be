"""Audit events and the audit log: ids only, never credentials or personal data
(ARCHITECTURE §3). The log is read from the journal, for administrators only; its CSV
export neutralises cells a spreadsheet would run as formulas.

May import: trainer.auth, trainer.journal, the standard library."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from trainer.auth.permissions import require
from trainer.auth.session import Session
from trainer.journal.events import EventType, Payload, register
from trainer.journal.journal import Journal
from trainer.journal.quarantine import QuarantinedEvent


class WorkstationPayload(Payload):
    workstation: str


class LoginPayload(WorkstationPayload):
    #: HMAC proving the login to the sync service (``trainer.auth.proof``); not a secret.
    proof: str = ""


class LoginFailedPayload(Payload):
    workstation: str
    reason: str  # bad_password | unknown_staff | disabled | throttled


class LockPayload(Payload):
    workstation: str
    reason: str  # idle | manual


class StaffChangePayload(Payload):
    # created | roles | departments | name | disabled | enabled | password_reset |
    # password_changed | imported
    change: str
    roles: list[str] | None = None


LOGIN = register(EventType("auth.login", 1, LoginPayload, needs_login=False))
LOGIN_FAILED = register(EventType("auth.login_failed", 1, LoginFailedPayload,
                                  needs_login=False, any_subject=True))
LOGOUT = register(EventType("auth.logout", 1, WorkstationPayload))
LOCKED = register(EventType("auth.locked", 1, LockPayload))
UNLOCKED = register(EventType("auth.unlocked", 1, WorkstationPayload))
USER_SWITCHED = register(EventType("auth.user_switched", 1, WorkstationPayload))
STAFF_CHANGED = register(EventType("auth.staff_changed", 1, StaffChangePayload))

AUDIT_TYPES: tuple[str, ...] = (LOGIN.name, LOGIN_FAILED.name, LOGOUT.name, LOCKED.name,
                                UNLOCKED.name, USER_SWITCHED.name, STAFF_CHANGED.name,
                                "cert.issued", "cert.revoked",  # trainer.certify.events
                                # grade changes of practical exams (trainer.practical.events)
                                "practical.marked", "practical.adjudicated",
                                "practical.signed_off")


@dataclass(frozen=True)
class AuditEntry:
    time: str
    type: str
    actor_id: str | None
    subject_id: str | None
    detail: str  # the payload's own words: reason, change, workstation …
    device_id: str


def audit_log(journal: Journal, session: Session | None, *, types: Iterable[str] = AUDIT_TYPES,
              staff_id: str = "", since: str = "", until: str = "") -> list[AuditEntry]:
    """Audit events, newest first, filtered by type, staff (actor or subject) and time
    (ISO text prefixes such as ``2026-11-25``; ``until`` is inclusive)."""
    require(session, "audit.view")
    entries = []
    for event in journal.events(types=types):
        if staff_id and staff_id not in (event.actor_id, event.subject_id):
            continue
        if since and event.time < since:
            continue
        if until and event.time[: len(until)] > until:
            continue
        data = event.data()
        detail = " ".join(f"{k}={v}" for k, v in sorted(data.items())
                          if v is not None and k != "proof")
        entries.append(AuditEntry(event.time, event.type, event.actor_id, event.subject_id,
                                  detail, event.device_id))
    entries.reverse()
    return entries


#: Cells starting with these are formulas to a spreadsheet (CSV/formula injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text: a leading formula character gets a ``'``."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def export_csv(session: Session | None, entries: list[AuditEntry], path: Path) -> int:
    """Write ``entries`` as UTF-8 CSV with BOM (opens correctly in Excel); returns rows."""
    require(session, "audit.export")
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["time", "event", "actor", "subject", "detail", "device"])
        for e in entries:
            writer.writerow([neutralise(cell) for cell in (
                e.time, e.type, e.actor_id or "", e.subject_id or "", e.detail, e.device_id)])
    return len(entries)


def quarantined_events(journal: Journal, session: Session | None) -> list[QuarantinedEvent]:
    """Events this workstation set aside because it cannot read them (with the reason),
    oldest first: for administrators, beside the audit log."""
    require(session, "audit.view")
    return journal.quarantined()

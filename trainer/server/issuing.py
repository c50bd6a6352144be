"""The service as certificate authority in networked mode (ARCHITECTURE §4, issue 17).

The service holds the issuer key (``his-trainer serve --issuer-key DIR``, the passphrase
from an environment variable; :func:`trainer.certify.keys.unlock_issuer_key`), publishes its
public half as a hospital-wide ``cert.issuer_key``, and is the only writer of
``cert.issued`` and ``cert.revoked``, which sync out to workstations. It issues

- automatically, on a sign-off it accepted or a theory grade it wrote (whichever completes
  the person's eligibility), when the module's rules say ``auto_issue``;
- at HR's request (``POST /v1/certs/issue`` with an HR or admin session; roles checked here).

Either way it refuses unless the person is eligible *by the service's own records*: the
certification ledger (:func:`trainer.certify.ledger.fold`) over the events it holds, where
a practical sign-off counts only if the service accepted it
(``practical.sign_off_checked``), a theory result only as an ``exam.graded`` the service
wrote (a workstation can never push one), and rule settings only from HR or an admin.

Numbers come from a PostgreSQL sequence (``<key id prefix>-<year>-<serial>``) and are
recorded in ``cert_number``: unique across workstations and service processes. One issue
per holder and module at a time (a transaction-level advisory lock), so two requests for
the same passes never give two certificates.

May import: sqlalchemy, trainer.certify, trainer.journal, trainer.server.*, the standard
library.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select, text

from trainer.certify import events as ce
from trainer.certify.issued import certificate_payload
from trainer.certify.keys import IssuerKey, unlock_issuer_key
from trainer.certify.ledger import LEDGER_TYPES, Ledger, fold
from trainer.certify.signing import b64
from trainer.certify.standing import ELIGIBLE, standing
from trainer.journal.events import NewEvent
from trainer.practical import verdicts as vd
from trainer.server.authority import SERVICE_DEVICE, Settings, events_where, write
from trainer.server.errors import ServiceError
from trainer.server.schema import staff, staff_role

ISSUE_LOCK = "cert-issue:"
RULERS = frozenset({"hr", "admin"})  # whose rule settings and top-ups the service follows


def load_key(path: str | Path, passphrase: str) -> IssuerKey:
    """The issuer key in ``path`` (its folder, or the ``issuer.key`` file itself)."""
    folder = Path(path)
    return unlock_issuer_key(folder.parent if folder.is_file() else folder, passphrase)


def publish_key(engine: Engine, key: IssuerKey) -> None:
    """Write the key's ``cert.issuer_key`` once (every workstation receives it)."""
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('cert-issuer-key'))"))
        known = events_where(conn, "type = 'cert.issuer_key' AND device_id = :d",
                             d=SERVICE_DEVICE)
        if any(e.data()["key_id"] == key.key_id for e in known):
            return
        write(conn, NewEvent(ce.ISSUER_KEY.name, {
            "key_id": key.key_id, "public_key": b64(key.public), "self_attested": False}))


def ledger_of(conn: Connection, holder: str) -> Ledger:
    """The certification ledger of ``holder`` from what the service holds and trusts."""
    found = events_where(
        conn, "type = ANY(CAST(:types AS text[])) AND (subject_id = :h OR actor_id = :h "
        "OR subject_id IS NULL)", types=list(LEDGER_TYPES), h=holder)
    accepted = {e.data()["sign_off_event"] for e in events_where(
        conn, "type = :t AND subject_id = :h", t=vd.SIGN_OFF_CHECKED.name, h=holder)
        if e.data()["accepted"]}
    rulers = set(conn.scalars(select(staff_role.c.staff_id)
                              .where(staff_role.c.role.in_(RULERS))))
    trusted = []
    for event in found:
        kind = event.type
        if kind == "practical.signed_off" and event.event_id not in accepted:
            continue
        if kind in (ce.RULES_SET.name, ce.TOPUP_REQUIRED.name) and \
                event.actor_id not in rulers:
            continue
        if kind in (*ce.RESULT_TYPES, ce.ISSUER_KEY.name, "exam.graded") \
                and event.device_id != SERVICE_DEVICE:
            continue  # results only as the service wrote them (not a merged PC's history)
        if kind == "course.section_read" and event.actor_id != holder:
            continue
        if kind in ("exam.graded", "practical.signed_off") and event.subject_id != holder:
            continue
        trusted.append(event)
    return fold(trusted)


def today_utc() -> date:
    return datetime.now(UTC).date()


def issue(conn: Connection, settings: Settings, holder: str, module: str,
          actor: str | None, today: date | None = None) -> dict[str, Any]:
    """Issue ``holder``'s certificate for ``module`` (in the caller's transaction);
    returns the ``cert.issued`` payload. 409 unless eligible, 503 without a key."""
    key = settings.key
    if key is None:
        raise ServiceError("cert.no_issuer_key", 503)
    today = today or today_utc()
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"),
                 {"k": f"{ISSUE_LOCK}{holder}\x1f{module}"})
    name = conn.scalar(select(staff.c.name).where(staff.c.staff_id == holder))
    if name is None:
        raise ServiceError("cert.unknown_holder", 404, staff_id=holder)
    ledger = ledger_of(conn, holder)
    found = standing(ledger, holder, module, today, settings.courses)
    if (found.status != ELIGIBLE and not found.renewal_eligible) or \
            found.theory is None or found.practical is None:
        raise ServiceError("cert.service_not_eligible", 409, staff_id=holder, module=module,
                           standing=found.status, reason=found.reason)
    serial = int(conn.scalar(text("SELECT nextval('cert_number_seq')")) or 0)
    number = f"{key.key_id[:4]}-{today.year}-{serial:06d}"
    payload = certificate_payload(number, holder, str(name), found, today,
                                  ledger.rules(module).validity_months, key,
                                  self_attested=False)
    event = NewEvent(ce.ISSUED.name, payload, actor_id=actor, subject_id=holder)
    conn.execute(text("INSERT INTO cert_number (number, holder, module, event_id, issued_at) "
                      "VALUES (:n, :h, :m, :e, :at)"),
                 {"n": number, "h": holder, "m": module, "e": event.event_id,
                  "at": datetime.now(UTC).isoformat()})
    write(conn, event)
    return payload


def after_result(conn: Connection, settings: Settings, holder: str, module: str) -> None:
    """A result the service holds now (a passed sign-off it accepted, a theory grade it
    wrote): issue at once when the rules say ``auto_issue`` and the person is eligible
    (otherwise HR issues later)."""
    if settings.key is None:
        return
    ledger = ledger_of(conn, holder)
    if not ledger.rules(module).auto_issue:
        return
    found = standing(ledger, holder, module, today_utc(), settings.courses)
    if found.status == ELIGIBLE or found.renewal_eligible:
        issue(conn, settings, holder, module, None)


def issue_for_hr(engine: Engine, settings: Settings, staff_id: str, holder: str,
                 module: str) -> dict[str, Any]:
    with engine.begin() as conn:
        return issue(conn, settings, holder, module, staff_id)


def revoke(engine: Engine, staff_id: str, number: str, reason: str) -> dict[str, Any]:
    """Revoke certificate ``number`` (a reason required); the revocation syncs out."""
    if not reason.strip():
        raise ServiceError("cert.reason_required", 422, number=number)
    with engine.begin() as conn:
        holder = conn.scalar(text("SELECT holder FROM cert_number WHERE number = :n "
                                  "FOR UPDATE"), {"n": number})
        if holder is None:
            raise ServiceError("cert.unknown_number", 404, number=number)
        if ledger_of(conn, holder).certificates[number].revoked_on is not None:
            raise ServiceError("cert.already_revoked", 409, number=number)
        payload = {"number": number, "reason": reason.strip()}
        write(conn, NewEvent(ce.REVOKED.name, payload, actor_id=staff_id, subject_id=holder))
    return payload

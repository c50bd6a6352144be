"""Enrolment codes, device tokens, re-enrolment and the device list for administrators.

A code is shown once to the administrator and stored only as a SHA-256 hash; it expires
and can be used once. A device token is 256 random bits, returned once to the
workstation and stored only as its hash. Neither is ever logged.

A device can be revoked (its token and those of devices re-enrolled from it are refused
from then on); re-enrolment spends the old token and allows exactly one replacement.

May import: sqlalchemy, trainer.server.schema, trainer.server.errors,
trainer.journal.events.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, text, update

from trainer.journal.events import now_iso
from trainer.server.errors import ServiceError
from trainer.server.schema import device, enrol_code, event

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def iso_after(hours: float) -> str:
    at = datetime.now(UTC) + timedelta(hours=hours)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


@dataclass(frozen=True)
class EnrolCode:
    code: str
    expires_at: str
    departments: tuple[str, ...]


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    token: str
    departments: tuple[str, ...]


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    name: str | None
    app_version: str | None
    departments: list[str]
    status: str
    enrolled_at: str
    last_seen: str | None
    acked_seq: int
    events_stored: int
    events_waiting: int
    clock_skew_s: float | None
    clock_flagged: bool
    replaces: str | None
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def issue_code(engine: Engine, departments: list[str], hours: float = 24.0) -> EnrolCode:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    code = "-".join(raw[i : i + 4] for i in range(0, 12, 4))
    expires = iso_after(hours)
    with engine.begin() as conn:
        conn.execute(
            insert(enrol_code).values(
                code_hash=digest(normalise_code(code)), departments=list(departments),
                created_at=now_iso(), expires_at=expires,
            )
        )
    return EnrolCode(code, expires, tuple(departments))


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def enrol(engine: Engine, code: str, device_id: str, name: str, version: str) -> Enrolled:
    """Use ``code`` once to register ``device_id``; returns its token (shown once)."""
    check_device_id(device_id)
    token = secrets.token_urlsafe(32)
    now = now_iso()
    with engine.begin() as conn:
        row = conn.execute(
            update(enrol_code)
            .where(enrol_code.c.code_hash == digest(normalise_code(code)),
                   enrol_code.c.used_at.is_(None), enrol_code.c.expires_at > now)
            .values(used_at=now, used_by=device_id)
            .returning(enrol_code.c.departments)
        ).first()
        if row is None:
            raise ServiceError("enrol.bad_code", 403)
        if conn.scalar(select(device.c.device_id).where(device.c.device_id == device_id)):
            raise ServiceError("enrol.device_known", 409)  # a copied profile: pick a new id
        _insert_device(conn, device_id, token, list(row.departments), name, version, None,
                       "enrolled")
    return Enrolled(device_id, token, tuple(row.departments))


def reenrol(engine: Engine, old_id: str, new_id: str, reason: str, version: str) -> Enrolled:
    """A restored or copied profile continues as ``new_id`` (same departments). The old
    token is spent by this: it allows exactly one replacement (asking again for the same
    new id hands out a fresh token, for an answer that was lost) and nothing else."""
    check_device_id(new_id)
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        old = conn.execute(select(device).where(device.c.device_id == old_id)
                           .with_for_update()).first()
        if old is None or old.revoked_at is not None:
            raise ServiceError("auth.revoked", 401)
        if new_id == old_id or old.replaced_by not in (None, new_id):
            raise ServiceError("enrol.replaced", 409)
        existing = conn.execute(select(device).where(device.c.device_id == new_id)).first()
        if existing is not None:
            if existing.replaces != old_id:
                raise ServiceError("enrol.device_known", 409)
            # a retry after a lost answer: hand out a fresh token for the same new id
            conn.execute(update(device).where(device.c.device_id == new_id)
                         .values(token_hash=digest(token)))
        else:
            _insert_device(conn, new_id, token, list(old.departments), old.name, version,
                           old_id, reason if reason in ("restored", "copied") else "restored")
            conn.execute(update(device).where(device.c.device_id == new_id)
                         .values(open_login=old.open_login))
            conn.execute(update(device).where(device.c.device_id == old_id)
                         .values(replaced_by=new_id))
    return Enrolled(new_id, token, tuple(old.departments))


DESCENDANTS = text("""
WITH RECURSIVE line(device_id) AS (
    SELECT CAST(:d AS text)
    UNION SELECT d.device_id FROM device d JOIN line ON d.replaces = line.device_id
)
SELECT device_id FROM line
""")

ANCESTORS = text("""
WITH RECURSIVE line(device_id, replaces) AS (
    SELECT device_id, replaces FROM device WHERE device_id = :d
    UNION SELECT d.device_id, d.replaces FROM device d JOIN line ON d.device_id = line.replaces
)
SELECT device_id FROM line
""")


def revoke(engine: Engine, device_id: str) -> list[str]:
    """Refuse the device's token from now on, and those of every device enrolled from it
    (re-enrolments). Returns the ids revoked; unknown ids are a refusal."""
    with engine.begin() as conn:
        if conn.scalar(select(device.c.device_id).where(device.c.device_id == device_id)) \
                is None:
            raise ServiceError("device.unknown", 404)
        ids = list(conn.scalars(DESCENDANTS, {"d": device_id}))
        conn.execute(update(device).where(device.c.device_id.in_(ids),
                                          device.c.revoked_at.is_(None))
                     .values(revoked_at=now_iso()))
    return ids


def lineage(conn: Connection, device_id: str) -> list[str]:
    """The device and those it replaced (their events were re-stamped with its id)."""
    return list(conn.scalars(ANCESTORS, {"d": device_id}))


def hello(engine: Engine, device_id: str, skew: float | None, flagged: bool
          ) -> dict[str, object]:
    """The device's mark and departments; its clock's skew is noted."""
    with engine.begin() as conn:
        row = conn.execute(select(device.c.acked_seq, device.c.departments)
                           .where(device.c.device_id == device_id)).one()
        conn.execute(update(device).where(device.c.device_id == device_id).values(
            last_seen=now_iso(), clock_skew_s=skew, clock_flagged=flagged))
    return {"acked_seq": row.acked_seq, "departments": list(row.departments)}


def _insert_device(conn: Connection, device_id: str, token: str, departments: list[str],
                   name: str | None, version: str, replaces: str | None, reason: str) -> None:
    conn.execute(
        insert(device).values(
            device_id=device_id, token_hash=digest(token), name=(name or "")[:200],
            app_version=version[:40], departments=departments, acked_seq=0,
            enrolled_at=now_iso(), last_seen=None, events_waiting=0, clock_skew_s=None,
            clock_flagged=False, replaces=replaces, reason=reason,
        )
    )


def check_device_id(device_id: str) -> None:
    if not (8 <= len(device_id) <= 36) or not all(c.isalnum() or c == "-" for c in device_id):
        raise ServiceError("enrol.bad_device_id", 400)


def device_for_token(conn: Connection, token: str, *, replaced_ok: bool = False) -> str:
    """The device behind a bearer token; 401 for an unknown, revoked or spent token (a
    spent one still serves ``/v1/reenrol`` when ``replaced_ok``)."""
    row = conn.execute(select(device.c.device_id, device.c.revoked_at, device.c.replaced_by)
                       .where(device.c.token_hash == digest(token))).first()
    if row is None:
        raise ServiceError("auth.unknown_device", 401)
    if row.revoked_at is not None:
        raise ServiceError("auth.revoked", 401)
    if row.replaced_by is not None and not replaced_ok:
        raise ServiceError("auth.replaced", 401)
    return str(row.device_id)


def list_devices(engine: Engine) -> list[DeviceInfo]:
    stored = (
        select(event.c.device_id, func.count().label("n")).group_by(event.c.device_id).subquery()
    )
    query = (
        select(device, func.coalesce(stored.c.n, 0).label("stored"))
        .outerjoin(stored, stored.c.device_id == device.c.device_id)
        .order_by(device.c.enrolled_at)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
    return [
        DeviceInfo(
            device_id=r["device_id"], name=r["name"], app_version=r["app_version"],
            departments=list(r["departments"]),
            status="revoked" if r["revoked_at"] else "replaced" if r["replaced_by"]
            else "active",
            enrolled_at=r["enrolled_at"], last_seen=r["last_seen"], acked_seq=r["acked_seq"],
            events_stored=int(r["stored"]), events_waiting=r["events_waiting"],
            clock_skew_s=r["clock_skew_s"], clock_flagged=r["clock_flagged"],
            replaces=r["replaces"], reason=r["reason"],
        )
        for r in rows
    ]

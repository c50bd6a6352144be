"""Administrators' sessions on the service: ``/v1/admin/login`` (the password checked under
the back-off of :mod:`trainer.server.guard`) gives a token for an hour, stored only as a
hash; every admin call looks up the roles behind it (a disabled person has none).

May import: sqlalchemy, trainer.server.*, trainer.auth.proof, trainer.journal.events.
"""

from __future__ import annotations

import secrets

from sqlalchemy import Engine, delete, insert, select, update

from trainer.journal.events import now_iso
from trainer.server.enrolment import digest, iso_after
from trainer.server.errors import ServiceError
from trainer.server.guard import checked, keys_for
from trainer.server.schema import admin_session, staff, staff_role


def log_in(engine: Engine, staff_id: str, password: str, address: str | None
           ) -> tuple[str, str]:
    """``(token, expires_at)`` for a right password of an active person."""
    with engine.connect() as conn:
        row = conn.execute(select(staff).where(staff.c.staff_id == staff_id)).first()
    stored = row.password_hash if row is not None and row.active else None
    if not checked(engine, keys_for(staff_id, None, address), stored, password) or row is None:
        raise ServiceError("auth.bad_credentials", 403)
    token, expires = secrets.token_urlsafe(32), iso_after(1.0)
    with engine.begin() as conn:
        if row.proof_key is None:
            from trainer.auth.proof import proof_key

            conn.execute(update(staff).where(staff.c.staff_id == staff_id)
                         .values(proof_key=proof_key(staff_id, password)))
        conn.execute(delete(admin_session).where(admin_session.c.expires_at < now_iso()))
        conn.execute(insert(admin_session).values(
            token_hash=digest(token), staff_id=staff_id, expires_at=expires))
    return token, expires


def roles_for(engine: Engine, token: str) -> set[str]:
    """The roles of the person behind an admin token (401 when none is valid)."""
    return person_for(engine, token)[1]


def person_for(engine: Engine, token: str) -> tuple[str, set[str]]:
    """The staff id and roles behind an admin token (401 when none is valid)."""
    with engine.connect() as conn:
        staff_id = conn.scalar(select(admin_session.c.staff_id).where(
            admin_session.c.token_hash == digest(token),
            admin_session.c.expires_at > now_iso()))
        if staff_id is None:
            raise ServiceError("auth.no_session", 401)
        active = conn.scalar(select(staff.c.active).where(staff.c.staff_id == staff_id))
        roles = set(conn.scalars(select(staff_role.c.role)
                                 .where(staff_role.c.staff_id == staff_id)))
    return staff_id, (roles if active else set())


def ping(engine: Engine) -> None:
    """``/health``: the database answers."""
    with engine.connect() as conn:
        conn.scalar(select(1))

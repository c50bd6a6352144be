"""Log in by staff number and password, with a growing delay after failures.

The delay grows per account *and* per workstation (after 3 failures: 2 s, 4 s, 8 s … up
to 15 minutes) and resets on success, so a stranger can slow an account down but never
lock its owner out for good. Every attempt is audited.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.dialects.sqlite import insert

from trainer.auth.audit import LOGIN, LOGIN_FAILED, LOGOUT, STAFF_CHANGED
from trainer.auth.passwords import hash_password, needs_rehash, verify_password
from trainer.auth.session import Session
from trainer.auth.staff import create_staff, load_member, roster_is_empty
from trainer.errors import LoginFailed, TrainerError
from trainer.journal import Journal, NewEvent
from trainer.store.models import LoginThrottle, ProfileMeta, Staff
from trainer.vocabulary import Role

FREE_FAILURES = 3
MAX_DELAY = 15 * 60.0


def delay_after(failures: int) -> float:
    if failures < FREE_FAILURES:
        return 0.0
    return float(min(MAX_DELAY, 2.0 ** (failures - FREE_FAILURES + 1)))


class LoginService:
    def __init__(
        self,
        engine: Engine,
        journal: Journal,
        workstation: str,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.engine = engine
        self.journal = journal
        self.workstation = workstation
        self.clock = clock

    def needs_first_admin(self) -> bool:
        return roster_is_empty(self.engine)

    def create_first_admin(self, staff_id: str, name: str, password: str) -> Session:
        """First run only: the roster is empty, so the first person becomes admin."""
        with self.engine.begin() as conn:
            if conn.scalar(select(Staff.staff_id).limit(1)) is not None:
                raise TrainerError(code="auth.not_first_run")
            member = create_staff(
                conn, staff_id, name, {Role.ADMIN}, [], password, must_change_password=False
            )
        self.journal.append(
            NewEvent(
                STAFF_CHANGED.name,
                {"change": "created", "roles": ["admin"]},
                actor_id=staff_id,
                subject_id=staff_id,
            )
        )
        return Session(member, self.workstation)

    def login(self, staff_id: str, password: str) -> Session:
        staff_id = staff_id.strip()
        keys = (f"staff:{staff_id}", f"ws:{self.workstation}")
        now = self.clock()
        reason = None
        with self.engine.begin() as conn:
            wait = max(self._blocked_for(conn, key, now) for key in keys)
            row = conn.execute(select(Staff).where(Staff.staff_id == staff_id)).mappings().first()
            if wait > 0:
                reason = "throttled"
            elif row is None:
                verify_password(_dummy_hash(), password)  # same cost: no staff-number oracle
                reason = "unknown_staff"
            elif not row["password_hash"] or not verify_password(row["password_hash"], password):
                reason = "bad_password"
            elif not row["active"]:
                reason = "disabled"
            if reason not in (None, "throttled"):
                for key in keys:
                    self._record_failure(conn, key, now)
        if reason == "throttled":
            self._audit_failure(staff_id, reason)
            raise LoginFailed(code="auth.throttled", retry_after=round(wait, 1))
        if reason is not None:
            self._audit_failure(staff_id, reason)
            code = "auth.disabled" if reason == "disabled" else "auth.bad_credentials"
            raise LoginFailed(code=code)
        with self.engine.begin() as conn:
            self._reset(conn, keys)
            assert row is not None
            if needs_rehash(row["password_hash"]):
                conn.execute(
                    update(Staff)
                    .where(Staff.staff_id == staff_id)
                    .values(password_hash=hash_password(password))
                )
            member = load_member(conn, staff_id)
        assert member is not None
        self.journal.append(
            NewEvent(
                LOGIN.name,
                {"workstation": self.workstation},
                actor_id=staff_id,
                subject_id=staff_id,
            )
        )
        return Session(member, self.workstation)

    def logout(self, session: Session) -> None:
        self.journal.append(_logout_event(session))

    def demo_session(self, staff_id: str) -> Session:
        """A session without a password — only in a profile marked as demo (screenshots)."""
        with self.engine.connect() as conn:
            demo = conn.scalar(select(ProfileMeta.value).where(ProfileMeta.key == "demo"))
            member = load_member(conn, staff_id)
        if demo != "1":
            raise TrainerError(code="auth.not_demo")
        if member is None:
            raise LoginFailed(code="auth.bad_credentials")
        return Session(member, self.workstation)

    def _blocked_for(self, conn: Connection, key: str, now: float) -> float:
        until = conn.scalar(select(LoginThrottle.blocked_until).where(LoginThrottle.key == key))
        return 0.0 if until is None else max(0.0, until - now)

    def _record_failure(self, conn: Connection, key: str, now: float) -> None:
        failures = (
            conn.scalar(select(LoginThrottle.failures).where(LoginThrottle.key == key)) or 0
        ) + 1
        stmt = insert(LoginThrottle).values(
            key=key, failures=failures, blocked_until=now + delay_after(failures)
        )
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["key"],
                set_={"failures": failures, "blocked_until": now + delay_after(failures)},
            )
        )

    def _reset(self, conn: Connection, keys: tuple[str, ...]) -> None:
        for key in keys:
            conn.execute(
                update(LoginThrottle)
                .where(LoginThrottle.key == key)
                .values(failures=0, blocked_until=0.0)
            )

    def _audit_failure(self, staff_id: str, reason: str) -> None:
        self.journal.append(
            NewEvent(
                LOGIN_FAILED.name,
                {"workstation": self.workstation, "reason": reason},
                subject_id=staff_id[:64] or None,
            )
        )


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against for unknown staff numbers (made once, when first needed)."""
    return hash_password("not-a-real-password-used-for-timing")


def _logout_event(session: Session) -> NewEvent:
    return NewEvent(
        LOGOUT.name,
        {"workstation": session.workstation},
        actor_id=session.staff_id,
        subject_id=session.staff_id,
    )

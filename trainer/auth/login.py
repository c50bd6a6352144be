"""Log in by staff number and password, with a growing delay after failures; lock,
unlock, switch user and change one's own password.

The delay grows per account *and* per workstation (after 3 failures: 2 s, 4 s, 8 s … up
to 15 minutes) and resets on success, so a stranger can slow an account down but never
lock its owner out for good. Every attempt, lock, unlock and switch is audited.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, RowMapping, select, update
from sqlalchemy.dialects.sqlite import insert

from trainer.auth.audit import (
    LOCKED,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    STAFF_CHANGED,
    UNLOCKED,
    USER_SWITCHED,
)
from trainer.auth.passwords import check_policy, hash_password, needs_rehash, verify_password
from trainer.auth.session import Session
from trainer.auth.staff import create_staff, load_member, roster_is_empty
from trainer.errors import LoginFailed, TrainerError
from trainer.journal import Journal, NewEvent
from trainer.journal.events import now_iso
from trainer.store.models import LoginThrottle, ProfileMeta, Staff
from trainer.vocabulary import Role

FREE_FAILURES = 3
MAX_DELAY = 15 * 60.0


def delay_after(failures: int) -> float:
    if failures < FREE_FAILURES:
        return 0.0
    return float(min(MAX_DELAY, 2.0 ** (failures - FREE_FAILURES + 1)))


class LoginService:
    def __init__(self, engine: Engine, journal: Journal, workstation: str,
                 clock: Callable[[], float] = time.time,
                 password_max_age_days: Callable[[], int] = lambda: 0) -> None:
        self.engine = engine
        self.journal = journal
        self.workstation = workstation
        self.clock = clock
        self.password_max_age_days = password_max_age_days

    def knows(self, staff_id: str) -> bool:
        """Whether this profile's roster has ``staff_id`` (for the online lookup of
        people from other wards; never shown to the person logging in)."""
        with self.engine.connect() as conn:
            return conn.scalar(select(Staff.staff_id).where(Staff.staff_id == staff_id)) \
                is not None

    def needs_first_admin(self) -> bool:
        return roster_is_empty(self.engine)

    def create_first_admin(self, staff_id: str, name: str, password: str) -> Session:
        """First run only: the roster is empty, so the first person becomes admin."""
        with self.engine.begin() as conn:
            if conn.scalar(select(Staff.staff_id).limit(1)) is not None:
                raise TrainerError(code="auth.not_first_run")
            member = create_staff(conn, staff_id, name, {Role.ADMIN}, [], password,
                                  must_change_password=False)
        self._audit(STAFF_CHANGED.name, staff_id, {"change": "created", "roles": ["admin"]})
        return Session(member, self.workstation)

    def login(self, staff_id: str, password: str) -> Session:
        """Raises :class:`~trainer.errors.LoginFailed` (bad_credentials, disabled,
        throttled). ``member.must_change_password`` is set when the password was reset by
        an admin or is older than the configured maximum age."""
        staff_id = staff_id.strip()
        row = self._verify(staff_id, password)
        with self.engine.begin() as conn:
            if row["password_hash"] and needs_rehash(row["password_hash"]):
                conn.execute(update(Staff).where(Staff.staff_id == staff_id)
                             .values(password_hash=hash_password(password)))
            member = load_member(conn, staff_id)
        assert member is not None
        if not member.must_change_password and self._expired(row["password_changed_at"]):
            member = dataclasses.replace(member, must_change_password=True)
        self._audit_login(staff_id, password)
        return Session(member, self.workstation)

    def note_online_check(self, staff_id: str, password: str) -> None:
        """The sync service has just checked this password (someone whose hash is not on
        this PC: administrators, HR, trainers): the next login with it is let in once."""
        _ONLINE[staff_id] = (time.monotonic(), _fingerprint(staff_id, password))

    def _audit_login(self, staff_id: str, password: str) -> None:
        """``auth.login`` with its proof for the sync service (``trainer.auth.proof``)."""
        from trainer.auth.proof import login_proof, proof_key

        event = NewEvent(LOGIN.name, {}, actor_id=staff_id, subject_id=staff_id)
        proof = login_proof(proof_key(staff_id, password), event.event_id, staff_id,
                            event.device_time)
        self.journal.append(dataclasses.replace(
            event, payload={"workstation": self.workstation, "proof": proof}))

    def unlock(self, session: Session, password: str) -> Session:
        """The same person returns to a locked screen; the same back-off applies."""
        self._verify(session.staff_id, password)
        self._audit(UNLOCKED.name, session.staff_id, {"workstation": self.workstation})
        return session

    def lock(self, session: Session, reason: str) -> None:
        """``reason``: idle or manual. The work under the lock screen is kept."""
        self._audit(LOCKED.name, session.staff_id, {"workstation": self.workstation,
                                                    "reason": reason})

    def switch_user(self, session: Session) -> None:
        """End a locked session so someone else can log in (work already journalled)."""
        self._audit(USER_SWITCHED.name, session.staff_id, {"workstation": self.workstation})
        self.logout(session)

    def logout(self, session: Session) -> None:
        self._audit(LOGOUT.name, session.staff_id, {"workstation": self.workstation})

    def change_password(self, session: Session, old: str, new: str) -> Session:
        """Change one's own password; clears a forced change. Old password required."""
        self._verify(session.staff_id, old)
        if verify_password(self._hash_of(session.staff_id), new):
            raise TrainerError(code="auth.password_unchanged")
        check_policy(new, staff_id=session.staff_id)
        with self.engine.begin() as conn:
            conn.execute(update(Staff).where(Staff.staff_id == session.staff_id).values(
                password_hash=hash_password(new), must_change_password=False,
                password_changed_at=now_iso()))
            member = load_member(conn, session.staff_id)
        assert member is not None
        self._audit(STAFF_CHANGED.name, session.staff_id, {"change": "password_changed"})
        return Session(member, session.workstation)

    def password_changed_on_service(self, session: Session) -> Session:
        """The service changed the password (networked mode) and its roster row is stored:
        audit it here and return the session with the forced change cleared."""
        with self.engine.connect() as conn:
            member = load_member(conn, session.staff_id)
        assert member is not None
        self._audit(STAFF_CHANGED.name, session.staff_id, {"change": "password_changed"})
        return Session(member, session.workstation)

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

    # internals
    def _verify(self, staff_id: str, password: str) -> RowMapping:
        """The staff row if the password is right; else record the failure and raise."""
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
            elif not row["password_hash"]:
                reason = None if _online_ok(staff_id, password) else "online_only"
            elif not verify_password(row["password_hash"], password):
                reason = "bad_password"
            elif not row["active"]:
                reason = "disabled"
            if reason == "online_only":
                raise LoginFailed(code="auth.online_only")  # the service checks it
            if reason not in (None, "throttled"):
                for key in keys:
                    self._record_failure(conn, key, now)
            elif reason is None:
                self._reset(conn, keys)
        if reason is not None:
            self._audit(LOGIN_FAILED.name, staff_id[:64] or None,
                        {"workstation": self.workstation, "reason": reason}, by_subject=False)
            if reason == "throttled":
                # ``seconds``: what the words say (whole seconds, rounded up)
                raise LoginFailed(code="auth.throttled", retry_after=round(wait, 1),
                                  seconds=math.ceil(wait))
            raise LoginFailed(code="auth.disabled" if reason == "disabled"
                              else "auth.bad_credentials")
        assert row is not None
        return row

    def _hash_of(self, staff_id: str) -> str:
        with self.engine.connect() as conn:
            return str(conn.scalar(select(Staff.password_hash)
                                   .where(Staff.staff_id == staff_id)) or "")

    def _expired(self, changed_at: str | None) -> bool:
        days = self.password_max_age_days()
        if days <= 0 or not changed_at:
            return False
        changed = datetime.strptime(changed_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
        return datetime.fromtimestamp(self.clock(), UTC) - changed > timedelta(days=days)

    def _blocked_for(self, conn: Connection, key: str, now: float) -> float:
        until = conn.scalar(select(LoginThrottle.blocked_until).where(LoginThrottle.key == key))
        return 0.0 if until is None else max(0.0, until - now)

    def _record_failure(self, conn: Connection, key: str, now: float) -> None:
        failures = (conn.scalar(select(LoginThrottle.failures)
                                .where(LoginThrottle.key == key)) or 0) + 1
        values = {"failures": failures, "blocked_until": now + delay_after(failures)}
        stmt = insert(LoginThrottle).values(key=key, **values)
        conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_=values))

    def _reset(self, conn: Connection, keys: tuple[str, ...]) -> None:
        for key in keys:
            conn.execute(update(LoginThrottle).where(LoginThrottle.key == key)
                         .values(failures=0, blocked_until=0.0))

    def _audit(self, event_type: str, subject: str | None, payload: dict[str, object],
               *, by_subject: bool = True) -> None:
        """Journal an audit event; the actor is the subject unless the login failed."""
        actor_id = subject if by_subject else None
        self.journal.append(NewEvent(event_type, payload, actor_id=actor_id, subject_id=subject))


#: Passwords the sync service checked moments ago: staff id → (when, fingerprint).
_ONLINE: dict[str, tuple[float, str]] = {}
ONLINE_CHECK_S = 120.0


def _fingerprint(staff_id: str, password: str) -> str:
    import hashlib

    return hashlib.sha256(f"{staff_id}\x1f{password}".encode()).hexdigest()


def _online_ok(staff_id: str, password: str) -> bool:
    import hmac

    noted = _ONLINE.pop(staff_id, None)
    return noted is not None and time.monotonic() - noted[0] < ONLINE_CHECK_S and \
        hmac.compare_digest(noted[1], _fingerprint(staff_id, password))


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against for unknown staff numbers (made once, when first needed)."""
    return hash_password("not-a-real-password-used-for-timing")
